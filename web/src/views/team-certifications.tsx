import { graphql } from '../api/client.js';
import { TEAM_CERTIFICATIONS } from '../api/queries.js';
import type { TeamCertificationsQueryVariables } from '../api/operations.generated.js';
import type { TeamGap } from '../api/types.js';
import { Sigles } from '../components/acronyms.js';
import { ErrorState } from '../components/status.js';
import { useAsync } from '../components/use-async.js';
import { certificationTargets } from './route-request.js';
import { VAE_NOTE } from '../model/certification-text.js';
import { decimal } from '../model/french.js';

const hoursText = (h: number | null) => (h === null ? 'inconnues' : `${decimal(h)} h`);
const people = (ids: readonly string[]) => (ids.length === 0 ? '—' : ids.join(', '));

type TeamBloc = TeamGap['diplomas'][number]['blocs'][number] & {
  hours?: number | null;
  hoursToFund?: number | null;
};

/** Per bloc, who holds it (`acquired`), who holds part, who is to train, and the hours to fund. */
function TeamBlocTable({
  blocs,
  acquired,
  withHours,
}: {
  blocs: readonly TeamBloc[];
  acquired: string;
  withHours: boolean;
}) {
  return (
    <table class="bloc-credit team-bloc-plan">
      <thead>
        <tr>
          <th scope="col">Bloc</th>
          <th scope="col">{acquired}</th>
          <th scope="col">En partie</th>
          <th scope="col">À former</th>
          {withHours && <th scope="col">Heures à financer</th>}
        </tr>
      </thead>
      <tbody>
        {blocs.map((b) => (
          <tr key={b.code}>
            <th scope="row">
              {b.code} <Sigles text={b.title} />
              {withHours && ` (${hoursText(b.hours ?? null)})`}
            </th>
            <td data-label={acquired}>{people(b.recognise)}</td>
            <td data-label="En partie">{people(b.partial)}</td>
            <td data-label="À former">{people(b.train)}</td>
            {withHours && (
              <td data-label="Heures à financer">{hoursText(b.hoursToFund ?? null)}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

async function loadPlans(
  request: { variables: TeamCertificationsQueryVariables; roleIds: readonly string[] },
  signal: AbortSignal,
) {
  if (!(await certificationTargets(request.roleIds, signal))) return [];
  const { teamGap } = await graphql(TEAM_CERTIFICATIONS, request.variables, signal);
  return teamGap.certifications ?? [];
}

/**
 * HR's plan for the certifications published for the team's target: per bloc, who already holds
 * it (to have it recognised, not trained), who holds part, who lacks it, and the hours to fund.
 * Asked after the map, apart from it.
 */
export function TeamCertifications({
  variables,
  roleIds,
}: {
  variables: TeamCertificationsQueryVariables;
  roleIds: readonly string[];
}) {
  const plans = useAsync({ variables, roleIds }, loadPlans);
  if (plans.state.status === 'error')
    return <ErrorState error={plans.state.error} retry={plans.retry} />;
  if (plans.state.status !== 'ready' || plans.state.data.length === 0) return null;
  return (
    <section class="team-certifications" aria-labelledby="team-certifications-title">
      <h3 id="team-certifications-title">Certifications publiées : reconnaître ou former</h3>
      {plans.state.data.map((plan) => (
        <div key={plan.certification.draftId}>
          <p>
            <strong>« {plan.certification.title} »</strong>, version {plan.certification.version},
            pour {plan.people} personne{plan.people > 1 ? 's' : ''} de l’équipe : heures de
            formation à financer {hoursText(plan.hoursToFund)}.
          </p>
          <TeamBlocTable blocs={plan.blocs} acquired="Acquis : à faire reconnaître" withHours />
        </div>
      ))}
      <p class="hint">
        Une personne « acquis » n’a pas à suivre ce bloc : ses compétences sont à faire reconnaître
        par l’établissement qui délivre la maquette. {VAE_NOTE} Les niveaux comptés sont ceux que
        retient « Niveaux pris en compte ».
      </p>
    </section>
  );
}

/**
 * HR's plan for a regulated diploma made of blocs by its text (the DARM for the ARM): per bloc,
 * who already holds it — a VAE of the bloc is worth asking —, who holds part, who lacks it.
 * Which skills fall in each bloc is the project's reading; the text gives no hours per bloc.
 */
export function TeamDiplomas({ plans }: { plans: TeamGap['diplomas'] }) {
  const concerned = plans.filter((p) => p.people > 0);
  if (concerned.length === 0) return null;
  return (
    <section class="team-certifications" aria-labelledby="team-diplomas-title">
      <h3 id="team-diplomas-title">Diplômes par blocs : VAE ou formation</h3>
      {concerned.map((plan) => (
        <div key={plan.id}>
          <p>
            <strong>
              <Sigles text={plan.diploma} />
            </strong>
            , pour {plan.people} personne{plan.people > 1 ? 's' : ''} de l’équipe
            {plan.vaeOpen ? ' : ce diplôme s’obtient aussi par la VAE, bloc par bloc' : ''}.
          </p>
          <TeamBlocTable
            blocs={plan.blocs}
            acquired={plan.vaeOpen ? 'Acquis : VAE à demander' : 'Acquis'}
            withHours={false}
          />
          <p class="hint">
            Les blocs sont ceux du texte ({plan.source}) ; les compétences de chaque bloc sont une
            lecture du projet, déduite de son intitulé, et les heures par bloc ne sont pas connues :
            seul le jury de VAE dit ce qui est acquis.
          </p>
        </div>
      ))}
    </section>
  );
}
