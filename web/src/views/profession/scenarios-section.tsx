import { Sigles } from '../../components/acronyms.js';
import type { Profession } from '../../api/types.js';
import { SourceRef } from '../../components/source-ref.js';

/** The study's four scenarios for the job (3.2), with their strengths and points of vigilance. */
export function ScenariosSection({ scenarios }: { scenarios: Profession['scenarios'] }) {
  return (
    <section class="panel scenarios" aria-labelledby="metier-scenarios">
      <h3 id="metier-scenarios">Quatre scénarios pour demain</h3>
      <p>
        L’étude imagine quatre avenirs du métier selon la place que prendront la spécialisation, la
        relation au médecin ou à l’équipe, le travail administratif et les outils numériques. Le «
        Diagnostic (établissement) » situe un service parmi eux.
      </p>
      <div class="scenario-grid">
        {[...scenarios]
          .sort((a, b) => a.order - b.order)
          .map((s) => (
            <article key={s.id} class="scenario">
              <h4>
                <Sigles text={s.title} /> <small>— {s.nickname}</small>
              </h4>
              <p>
                <Sigles text={s.description} />
              </p>
              <p>
                <SourceRef source={s.source} />
              </p>
              <h5>Points forts</h5>
              <p>
                <Sigles text={s.strengths} />
              </p>
              <h5>Points de vigilance</h5>
              <p>
                <Sigles text={s.vigilance} />
              </p>
              <p>
                <SourceRef source={s.detailsSource} />
              </p>
            </article>
          ))}
      </div>
    </section>
  );
}
