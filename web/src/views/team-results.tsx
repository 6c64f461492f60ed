import { decimal } from '../model/french.js';
import { Sigles } from '../components/acronyms.js';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Skill, SkillKind, TeamGap } from '../api/types.js';
import { download } from '../components/download.js';
import { LevelTag } from '../components/level-tag.js';
import { SourceRef } from '../components/source-ref.js';
import { useProgressiveCount } from '../components/use-progressive.js';
import {
  DERIVED_LEVEL,
  DERIVED_LEVEL_HINT,
  evidenceText,
  isDerivedSource,
  LEVEL_LABEL,
  SKILL_KIND_LABEL,
} from '../model/labels.js';
import {
  afterPlan,
  heatmapColumns,
  missingSteps,
  needsByBlock,
  READINESS_LABEL,
  sortMembers,
  teamMapCsv,
  type ColumnOrder,
  type HeatmapView,
  type RowOrder,
} from '../model/team-map.js';
import { teamMapSheets, toXlsx } from '../model/team-xlsx.js';

const SKILL_KINDS = Object.keys(SKILL_KIND_LABEL) as SkillKind[];

/** A heatmap cell's mark for how the person's current level is known (spelt out for readers). */
const EVIDENCE_LETTER = { DECLARED: 'D', VALIDATED: 'V', CERTIFIED: 'C' } as const;

/** Heatmap cells rendered per slice (about 0.1 s of work on these machines). */
const CELLS_PER_SLICE = 1_500;

const months = (value: number) => (value === 0 ? '—' : `${decimal(value, 1)} mois`);

const memberRouteLink = (from: string, to: string, row: number | null) =>
  `?view=parcours&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}` +
  (row === null ? '' : `&membre=${row}`);

interface ResultsProps {
  gap: TeamGap;
  version: string | null;
  target: string;
  /** Each person's row in the team (1-based), for « Voir le parcours » with her levels. */
  rowOf: (id: string) => number | null;
}

export function TeamResults({ gap, version, target, rowOf }: ResultsProps) {
  const [rowOrder, setRowOrder] = useState<RowOrder>('given');
  const [columnOrder, setColumnOrder] = useState<ColumnOrder>('most-lacked');
  const [kind, setKind] = useState<SkillKind | null>(null);
  const [shown, setShown] = useState<Skill | null>(null);
  const [view, setView] = useState<HeatmapView>('today');
  const mapped = useMemo(() => (view === 'after-plan' ? afterPlan(gap) : gap), [gap, view]);
  const columns = heatmapColumns(mapped, columnOrder, kind);
  const rows = sortMembers(mapped.members, rowOrder);
  // A team of 500 × 70 skills is 35,000 cells: the first rows come at once, the others by slices.
  const heatmap = useProgressiveCount(
    rows.length,
    Math.max(10, Math.floor(CELLS_PER_SLICE / Math.max(1, columns.length))),
  );
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing || !heatmap.done) return;
    setPrinting(false);
    window.print();
  }, [printing, heatmap.done]);
  const blocks = needsByBlock(gap);
  const maxBlockMonths = Math.max(1, ...blocks.map((b) => b.months));
  const { summary } = gap;
  return (
    <>
      <div class="toolbar">
        <button
          type="button"
          onClick={() => {
            void toXlsx(teamMapSheets(gap, target, new Date(), version)).then((blob) => {
              download('passerelles-carte-equipe.xlsx', blob);
            });
          }}
        >
          Exporter (Excel)
        </button>
        <button
          type="button"
          onClick={() => {
            download('passerelles-carte-equipe.csv', teamMapCsv(gap, target, new Date(), version));
          }}
        >
          Exporter (CSV)
        </button>
        <button
          type="button"
          onClick={() => {
            heatmap.showAll();
            setPrinting(true);
          }}
        >
          Imprimer
        </button>
      </div>
      <h3>Synthèse — {target}</h3>
      <p class="print-only">
        Passerelles, carte des écarts de l'équipe · cible : {target} · le{' '}
        {new Date().toLocaleDateString('fr-FR')} · version des données {version ?? 'inconnue'} ·
        sources : fiche métier 40L20 (FPH), étude prospective ANFH Normandie (2024)
      </p>
      <ul class="team-summary">
        <li>
          <strong>{summary.headcount}</strong> personnes
        </li>
        <li>
          adéquation moyenne <strong>{Math.round(summary.averageMatch)} %</strong>
        </li>
        <li>
          <strong>{summary.readyWithin12Months}</strong> prêtes en moins de 12 mois
        </li>
        <li>
          compétences les plus manquantes :{' '}
          {summary.topMissingSkills.map((s) => `${s.skill.label} (${s.people})`).join(', ') || '—'}
        </li>
      </ul>

      <h3>La formation à financer</h3>
      <figure class="block-chart">
        <figcaption>Besoins par bloc (mois de formation cumulés)</figcaption>
        <ul>
          {blocks.map((b) => (
            <li key={b.blockId}>
              <span class="block-chart-label">
                <Sigles text={b.title} />
              </span>
              <span class="block-chart-bar">
                <span style={{ width: `${(100 * b.months) / maxBlockMonths}%` }} />
              </span>
              <span class="block-chart-value">
                {months(b.months)} · jusqu'à {b.people} personne{b.people > 1 ? 's' : ''}
              </span>
            </li>
          ))}
        </ul>
      </figure>
      <table class="team-plan">
        <thead>
          <tr>
            <th scope="col">Bloc</th>
            <th scope="col">Contenu</th>
            <th scope="col">Personnes</th>
            <th scope="col">Jusqu'au niveau</th>
            <th scope="col">Mois cumulés</th>
            <th scope="col">Au plus</th>
          </tr>
        </thead>
        <tbody>
          {gap.needs.map((n) => (
            <tr key={n.item.id}>
              <td>
                <Sigles text={n.block.title} />
              </td>
              <td>
                <Sigles text={n.item.label} />
              </td>
              <td>{n.people}</td>
              <td>
                <LevelTag level={n.level} derived={n.levelDerived} />
              </td>
              <td>{months(n.totalMonths)}</td>
              <td>{months(n.maxMonths)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {gap.uncoveredSkills.length > 0 && (
        <>
          <h4>Compétences qu'aucun bloc de l'étude ne couvre (formation à trouver ailleurs)</h4>
          <ul class="team-uncovered">
            {gap.uncoveredSkills.map((u) => (
              <li key={u.skill.id}>
                <Sigles text={u.skill.label} /> — {u.people} personne{u.people > 1 ? 's' : ''},
                niveau <LevelTag level={u.requiredLevel} derived={u.levelDerived} />{' '}
                <SourceRef source={u.skill.source} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Par personne</h3>
      <table class="team-people">
        <thead>
          <tr>
            <th scope="col">Identifiant</th>
            <th scope="col">Métier visé</th>
            <th scope="col">Adéquation</th>
            <th scope="col">Durée estimée</th>
            <th scope="col">Préparation</th>
            <th scope="col">Parcours</th>
          </tr>
        </thead>
        <tbody>
          {gap.members.map((m) => (
            <tr key={m.id}>
              <td>{m.id}</td>
              <td>
                <Sigles text={m.role.title} />
              </td>
              <td>{m.matchPercent} %</td>
              <td>{months(m.estimatedMonths)}</td>
              <td>{READINESS_LABEL[m.readiness]}</td>
              <td>
                {m.currentRole.id === m.role.id ? (
                  '—'
                ) : (
                  <a
                    href={memberRouteLink(m.currentRole.id, m.role.id, rowOf(m.id))}
                    title="Le parcours le moins coûteux, avec ses conditions, depuis les niveaux de cette personne"
                  >
                    Voir le parcours
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Carte des écarts (personne × compétence)</h3>
      <p class="hint">
        Chaque case indique le niveau requis qui manque ; plus elle est foncée, plus l'écart est
        grand. Choisissez une compétence pour voir sa source.
      </p>
      <div class="heatmap-controls">
        <label>
          Vue{' '}
          <select
            id="heatmap-view"
            value={view}
            onChange={(e) => {
              setView(e.currentTarget.value as HeatmapView);
            }}
          >
            <option value="today">aujourd'hui</option>
            <option value="after-plan">après le plan de formation</option>
          </select>
        </label>
        <label>
          Personnes{' '}
          <select
            id="heatmap-rows"
            value={rowOrder}
            onChange={(e) => {
              setRowOrder(e.currentTarget.value as RowOrder);
            }}
          >
            <option value="given">dans l'ordre du fichier</option>
            <option value="readiness">les plus prêtes d'abord</option>
          </select>
        </label>
        <label>
          Compétences{' '}
          <select
            id="heatmap-columns"
            value={columnOrder}
            onChange={(e) => {
              setColumnOrder(e.currentTarget.value as ColumnOrder);
            }}
          >
            <option value="most-lacked">les plus manquantes d'abord</option>
            <option value="label">par ordre alphabétique</option>
          </select>
        </label>
        <label>
          Type{' '}
          <select
            id="heatmap-kind"
            value={kind ?? ''}
            onChange={(e) => {
              setKind((e.currentTarget.value || null) as SkillKind | null);
            }}
          >
            <option value="">tous</option>
            {SKILL_KINDS.map((k) => (
              <option key={k} value={k}>
                {SKILL_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {view === 'after-plan' && (
        <p class="hint after-plan-note">
          Après le plan de formation : les écarts que les contenus des blocs de l’étude comblent
          jusqu’au niveau requis disparaissent ; restent ceux qu’ils ne comblent qu’en partie
          (marqués « en partie ») et ceux qu’aucun bloc ne couvre : la formation à trouver ailleurs.
        </p>
      )}
      {shown && (
        <p class="heatmap-source">
          <Sigles text={shown.label} /> <SourceRef source={shown.source} />
        </p>
      )}
      {!heatmap.done && (
        <p class="hint">
          Affichage de la carte : {heatmap.count} personnes sur {rows.length}…
        </p>
      )}
      <div class="heatmap-scroll">
        <table class="heatmap" aria-busy={!heatmap.done}>
          <thead>
            <tr>
              <th scope="col">Personne</th>
              {columns.map((c) => (
                <th scope="col" key={c.skill.id}>
                  <button
                    type="button"
                    class="link"
                    aria-pressed={shown?.id === c.skill.id}
                    onClick={() => {
                      setShown(c.skill);
                    }}
                  >
                    <Sigles text={c.skill.label} /> ({c.people})
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, heatmap.count).map((m) => {
              const byId = new Map(m.gap.missing.map((s) => [s.skill.id, s]));
              return (
                <tr key={m.id}>
                  <th scope="row">{m.id}</th>
                  {columns.map((c) => {
                    const missing = byId.get(c.skill.id);
                    return missing ? (
                      <td
                        key={c.skill.id}
                        class={`gap-${missingSteps(missing.currentLevel, missing.requiredLevel)}`}
                      >
                        {LEVEL_LABEL[missing.requiredLevel]}
                        {view === 'after-plan' && missing.coverage === 'PARTIAL' && (
                          <span class="partial-mark"> (en partie)</span>
                        )}
                        {isDerivedSource(missing.levelSource) && (
                          <span class="derived-mark">
                            *<span class="visually-hidden"> {DERIVED_LEVEL}</span>
                          </span>
                        )}
                        {missing.currentEvidence && missing.currentLevel && (
                          <span class="evidence-mark">
                            {' '}
                            {EVIDENCE_LETTER[missing.currentEvidence]}
                            <span class="visually-hidden">
                              {' '}
                              (actuel : {LEVEL_LABEL[missing.currentLevel]},{' '}
                              {evidenceText(missing.currentEvidence, missing.currentEvidenceDate)})
                            </span>
                          </span>
                        )}
                      </td>
                    ) : (
                      <td key={c.skill.id} class="gap-0">
                        <span class="visually-hidden">acquise</span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="derived-legend">
        * {DERIVED_LEVEL} : {DERIVED_LEVEL_HINT}
      </p>
      <p class="derived-legend">
        D, V, C : le niveau actuel que la personne a donné est déclaré, validé ou certifié ; un
        niveau du métier, non évalué, n’a pas de lettre.
      </p>
    </>
  );
}
