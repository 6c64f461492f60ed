import type { BlocCreditFieldsFragment } from '../api/operations.generated.js';
import type { RouteStep, StepCertification } from '../api/types.js';
import { Sigles } from '../components/acronyms.js';
import { DerivedNote } from '../components/level-tag.js';
import { describeSource } from '../components/source-ref.js';
import {
  BLOC_STATUS_LABEL,
  creditSummary,
  diplomaSummary,
  VAE_NOTE,
} from '../model/certification-text.js';
import { decimal, frenchDayOfInstant } from '../model/french.js';
import { LEVEL_LABEL } from '../model/labels.js';

const hoursText = (h: number | null) => (h === null ? 'non renseigné' : `${decimal(h)} h`);

/**
 * Each bloc « acquis », « en partie » or « à suivre » for her, its hours (where the blocs have
 * any) and what she lacks; a bloc whose skills are the project's reading says so, with why.
 */
function BlocCreditTable({
  blocs,
  withHours = true,
}: {
  blocs: readonly BlocCreditFieldsFragment[];
  withHours?: boolean;
}) {
  return (
    <table class="bloc-credit">
      <thead>
        <tr>
          <th scope="col">Bloc</th>
          <th scope="col">Pour vous</th>
          {withHours && <th scope="col">Heures restantes</th>}
          <th scope="col">Ce qui manque</th>
        </tr>
      </thead>
      <tbody>
        {blocs.map((b) => (
          <tr key={b.code} class={`bloc-${b.status.toLowerCase()}`}>
            <th scope="row">
              {b.code} <Sigles text={b.title} />
              {b.source && (
                <DerivedNote label="compétences déduites" why={describeSource(b.source).text} />
              )}
            </th>
            <td data-label="Pour vous">{BLOC_STATUS_LABEL[b.status]}</td>
            {withHours && (
              <td data-label="Heures restantes">
                {hoursText(b.remainingHours)} sur {hoursText(b.hours)}
              </td>
            )}
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
  );
}

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
            le {frenchDayOfInstant(c.certification.publishedAt)} par l’atelier de blocs :{' '}
            {creditSummary(c)}.
          </p>
          <BlocCreditTable blocs={c.blocs} />
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

/**
 * The regulated diplomas the step asks for that their texts make of blocs (the DARM's four), each
 * bloc against her levels before the step; which skills fall in a bloc is the project's reading.
 */
export function StepDiplomas({ diplomas }: { diplomas: RouteStep['diplomas'] }) {
  if (diplomas.length === 0) return null;
  return (
    <section class="step-certifications">
      {diplomas.map((d) => (
        <div key={d.id} class="certification-credit">
          <h5>
            <Sigles text={d.diploma} /> : bloc par bloc
          </h5>
          <p>{diplomaSummary(d)}</p>
          <BlocCreditTable blocs={d.blocs} withHours={false} />
          <p class="hint">
            Les blocs sont ceux du texte ({d.source}) ; les compétences de chaque bloc sont une
            lecture du projet, déduite de son intitulé : seul le jury de VAE ou de certification dit
            ce qui est acquis.
          </p>
        </div>
      ))}
    </section>
  );
}
