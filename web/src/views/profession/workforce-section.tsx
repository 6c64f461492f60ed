import { Sigles } from '../../components/acronyms.js';
import type { WorkforceFigure } from '../../api/types.js';
import { SourceRef } from '../../components/source-ref.js';
import { figuresByTopic, figureText } from '../../model/profession.js';

/** Who does the job today (1.1.2): one small table per topic, shares drawn as bars. */
export function WorkforceSection({ figures }: { figures: readonly WorkforceFigure[] }) {
  return (
    <section class="panel workforce" aria-labelledby="metier-effectifs">
      <h3 id="metier-effectifs">Qui exerce le métier aujourd’hui</h3>
      <p>
        <Sigles
          text={
            'Chiffres de la consolidation nationale des 16 cartographies régionales des métiers ' +
            'de l’ANFH, repris par l’étude (section 1.1.2).'
          }
        />
      </p>
      <div class="figure-grid">
        {figuresByTopic(figures).map((group) => (
          <table key={group.topic} class="figures">
            <caption>
              <Sigles text={group.topic} />
            </caption>
            <tbody>
              {group.figures.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <Sigles text={f.label} />
                  </th>
                  <td class="figure-value">
                    {figureText(f)}
                    {f.unit === 'PERCENT' && (
                      <span class="figure-bar" aria-hidden="true">
                        <span style={{ width: `${f.value}%` }} />
                      </span>
                    )}
                  </td>
                  <td class="figure-source">
                    <SourceRef source={f.source} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}
