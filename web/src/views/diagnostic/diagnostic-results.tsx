import { decimal } from '../../model/french.js';
import type { DiagnosticResult, TensionAxis } from '../../api/types.js';
import { download } from '../../components/download.js';
import { RadarChart, RadarLegend } from '../../components/radar-chart.js';
import { SourceRef } from '../../components/source-ref.js';
import { isDerivedSource, levelText } from '../../model/labels.js';
import type { Scores } from '../../model/diagnostic-scores.js';

const fr = (v: number | null | undefined, digits = 1) => (v == null ? '—' : decimal(v, digits));

type Distance = DiagnosticResult['today'][number];

/** Where a score stands between an axis's two poles, in words. */
function leaning(axis: TensionAxis, value: number | null): string {
  if (value === null) return 'pas de réponse';
  if (value < 1.75) return `du côté « ${axis.lowPole} »`;
  if (value > 3.25) return `du côté « ${axis.highPole} »`;
  return 'entre les deux pôles';
}

function Scenario({ distance, when }: { distance: Distance; when: string }) {
  const { scenario } = distance;
  return (
    <article class="panel scenario-card">
      <h4>
        {when} : {scenario.title}
      </h4>
      <p>
        <em>{scenario.nickname}</em> — {scenario.description} <SourceRef source={scenario.source} />
      </p>
      <p>
        <strong>Points forts :</strong> {scenario.strengths}
      </p>
      <p>
        <strong>Points de vigilance :</strong> {scenario.vigilance}{' '}
        <SourceRef source={scenario.detailsSource} />
      </p>
      <p class="hint">
        Distance {fr(distance.distance, 2)} (sur 0 à 5 par axe) :{' '}
        {distance.axes
          .map(
            (a) =>
              `${a.axis.title} ${a.difference >= 0 ? '+' : '−'}${fr(Math.abs(a.difference))} par rapport au scénario (${fr(a.scenarioValue)})`,
          )
          .join(' ; ')}
        .
      </p>
    </article>
  );
}

function Distances({ list, caption }: { list: readonly Distance[]; caption: string }) {
  if (list.length === 0) return null;
  return (
    <table class="scenario-distances">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Scénario</th>
          <th scope="col">Distance</th>
        </tr>
      </thead>
      <tbody>
        {list.map((d) => (
          <tr key={d.scenario.id}>
            <th scope="row">{d.scenario.title}</th>
            <td>{fr(d.distance, 2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The diagnostic's result: a radar per axis and a summary radar (today and tomorrow), where each
 * axis leans, the nearest scenario and every distance, the items to work on, and advice.
 */
export function DiagnosticResults({
  axes,
  scores,
  result,
  service,
  navigate,
}: {
  axes: readonly TensionAxis[];
  scores: Scores;
  result: DiagnosticResult;
  service: string | null;
  navigate: (search: string) => void;
}) {
  let offset = 0;
  const perAxis = axes.map((axis) => {
    const start = offset;
    offset += axis.items.length;
    return { axis, start };
  });
  const axisScore = new Map(result.axes.map((a) => [a.axis.id, a]));
  const nearestToday = result.today[0];
  const nearestTomorrow = result.tomorrow[0];
  const advice = result.advice;
  return (
    <section class="diagnostic-results" aria-labelledby="diagnostic-results-title">
      <h3 id="diagnostic-results-title">Résultat{service ? ` — ${service}` : ''}</h3>
      <RadarLegend />
      <div class="radar-grid">
        <RadarChart
          title="Synthèse : les quatre axes (0 = premier pôle, 5 = second pôle)"
          labels={axes.map((a) => `${a.lowPole} → ${a.highPole}`)}
          today={axes.map((a) => axisScore.get(a.id)?.today ?? null)}
          tomorrow={axes.map((a) => axisScore.get(a.id)?.tomorrow ?? null)}
        />
        {perAxis.map(({ axis, start }) => (
          <RadarChart
            key={axis.id}
            title={`Axe ${axis.order} : ${axis.title}`}
            labels={axis.items.map((i) => i.label)}
            today={scores.today.slice(start, start + axis.items.length)}
            tomorrow={scores.tomorrow.slice(start, start + axis.items.length)}
          />
        ))}
      </div>
      <h4>Position sur chaque axe</h4>
      <ul class="axis-positions">
        {axes.map((axis) => {
          const score = axisScore.get(axis.id);
          return (
            <li key={axis.id}>
              <strong>{axis.title}</strong> ({axis.lowPole} 0 — 5 {axis.highPole}) : aujourd’hui{' '}
              {fr(score?.today)}, {leaning(axis, score?.today ?? null)} ; demain{' '}
              {fr(score?.tomorrow)}, {leaning(axis, score?.tomorrow ?? null)}.
            </li>
          );
        })}
      </ul>
      <p class="hint">
        Chaque axe est la moyenne des items répondus, lus vers le second pôle : un item qui penche
        vers le premier (« Spécialisation par service », « Proportion de tâches administratives »)
        compte 5 − sa note ; ce sens est déduit, l’étude ne le donne pas. Le scénario le plus proche
        est celui dont les positions (bas 0, milieu 2,5, haut 5) sont les plus proches des moyennes,
        en distance euclidienne sur les axes répondus.
      </p>
      <div class="scenario-grid">
        {nearestToday && <Scenario distance={nearestToday} when="Aujourd’hui, le plus proche" />}
        {nearestTomorrow && <Scenario distance={nearestTomorrow} when="Demain, le plus proche" />}
      </div>
      <div class="scenario-grid">
        <Distances list={result.today} caption="Distances aux quatre scénarios, aujourd’hui" />
        <Distances list={result.tomorrow} caption="Distances aux quatre scénarios, demain" />
      </div>
      {result.toWork.length > 0 && (
        <>
          <h4>À travailler</h4>
          <ol class="to-work">
            {result.toWork.map((w) => (
              <li key={w.item.id}>
                {w.item.label} : +{fr(w.gap)} entre aujourd’hui et demain
              </li>
            ))}
          </ol>
        </>
      )}
      {advice && (
        <section class="advice" aria-labelledby="advice-title">
          <h4 id="advice-title">
            Pistes d’après le scénario « {advice.scenario.title} » (
            {advice.basis === 'TOMORROW'
              ? 'votre cible de demain'
              : 'votre situation d’aujourd’hui'}
            )
          </h4>
          {advice.profiles.length === 0 ? (
            <p>
              Ce scénario ne dessine aucun des profils d’avenir de l’étude : il en reste au métier
              d’aujourd’hui, ou le voit disparaître.
            </p>
          ) : (
            advice.profiles.map((p) => (
              <article key={p.profile.id} class="profile-advice">
                <h5>{p.profile.title}</h5>
                <p>
                  <SourceRef source={p.source} />
                </p>
                <ul>
                  {p.skills.map((s) => (
                    <li key={s.skill.id}>
                      {s.skill.label} —{' '}
                      {s.training.length === 0
                        ? 'aucun bloc de l’étude ne la développe'
                        : s.training
                            .map(
                              (t) =>
                                `${t.block.title} › ${t.item.label} (${levelText(t.level, isDerivedSource(t.levelSource))})`,
                            )
                            .join(' ; ')}
                    </li>
                  ))}
                </ul>
                <p>
                  <a
                    href={`?view=equipe&to=profil:${p.profile.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(`?view=equipe&to=profil:${p.profile.id}`);
                    }}
                  >
                    Carte d’équipe avec ce profil pour cible
                  </a>
                </p>
              </article>
            ))
          )}
          {advice.scenario.outlook.length > 0 && (
            <>
              <h5>Ce que ce scénario signifie pour les métiers</h5>
              <ul>
                {advice.scenario.outlook.map((o) => (
                  <li key={o.role.id}>
                    {o.role.title} : {o.effect === 'FAVOURED' ? 'favorisé' : 'menacé'}{' '}
                    <SourceRef source={o.source} />
                  </li>
                ))}
              </ul>
              <p>
                <a
                  href={`?view=parcours&from=secretaire-medicale&reachable=1&scenario=${advice.scenario.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(
                      `?view=parcours&from=secretaire-medicale&reachable=1&scenario=${advice.scenario.id}`,
                    );
                  }}
                >
                  « Où puis-je aller ? » depuis le métier de secrétaire médicale, selon ce scénario
                </a>
              </p>
            </>
          )}
        </section>
      )}
      <p class="no-print">
        <button
          type="button"
          onClick={() => {
            print();
          }}
        >
          Imprimer
        </button>{' '}
        <button
          type="button"
          onClick={() => {
            const json = JSON.stringify(
              {
                diagnostic: 'Passerelles — diagnostic de maturité du métier (étude ANFH, 4.1)',
                service,
                date: new Date().toISOString(),
                scores: axes.flatMap((axis) =>
                  axis.items.map((item) => {
                    const i = axes.flatMap((a) => a.items).findIndex((x) => x.id === item.id);
                    return {
                      item: item.id,
                      label: item.label,
                      today: scores.today[i] ?? null,
                      tomorrow: scores.tomorrow[i] ?? null,
                    };
                  }),
                ),
                result,
              },
              null,
              2,
            );
            download(
              'diagnostic-maturite.json',
              new Blob([json], { type: 'application/json;charset=utf-8' }),
            );
          }}
        >
          Exporter (JSON)
        </button>
      </p>
    </section>
  );
}
