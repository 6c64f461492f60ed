import type { StepCertification } from '../api/types.js';
import { Sigles } from '../components/acronyms.js';
import { BLOC_STATUS_LABEL, creditSummary, VAE_NOTE } from '../model/certification-text.js';
import { decimal, frenchDay } from '../model/french.js';
import { LEVEL_LABEL } from '../model/labels.js';

const hoursText = (h: number | null) => (h === null ? 'non renseigné' : `${decimal(h)} h`);

/**
 * The block sets the establishment's designers published for the step's role, each bloc
 * « acquis », « en partie » or « à suivre » against her levels before the step.
 */
export function StepCertifications({
  credits,
}: {
  credits: readonly StepCertification[] | null | undefined;
}) {
  if (!credits || credits.length === 0) return null;
  return (
    <section class="step-certifications">
      <h5>Certifications publiées pour ce métier</h5>
      {credits.map((c) => (
        <div key={c.certification.draftId} class="certification-credit">
          <p>
            <strong>« {c.certification.title} »</strong>, version {c.certification.version} publiée
            le {frenchDay(c.certification.publishedAt)} par l’atelier de blocs : {creditSummary(c)}.
          </p>
          <table class="bloc-credit">
            <thead>
              <tr>
                <th scope="col">Bloc</th>
                <th scope="col">Pour vous</th>
                <th scope="col">Heures restantes</th>
                <th scope="col">Ce qui manque</th>
              </tr>
            </thead>
            <tbody>
              {c.blocs.map((b) => (
                <tr key={b.code} class={`bloc-${b.status.toLowerCase()}`}>
                  <th scope="row">
                    {b.code} <Sigles text={b.title} />
                  </th>
                  <td data-label="Pour vous">{BLOC_STATUS_LABEL[b.status]}</td>
                  <td data-label="Heures restantes">
                    {hoursText(b.remainingHours)} sur {hoursText(b.hours)}
                  </td>
                  <td data-label="Ce qui manque">
                    {b.skills
                      .filter((s) => !s.held)
                      .map(
                        (s) =>
                          `${s.skill?.label ?? s.skillId} (${s.currentLevel ? LEVEL_LABEL[s.currentLevel] : 'aucune'} → ${LEVEL_LABEL[s.level]})`,
                      )
                      .join(' ; ') || 'rien'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <p class="hint">
        Une maquette publiée ici est une proposition de l’établissement, pas une certification
        enregistrée au RNCP : un bloc « acquis » se fait reconnaître auprès de l’établissement qui
        la délivre. {VAE_NOTE}
      </p>
    </section>
  );
}
