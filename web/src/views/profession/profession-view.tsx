import { Sigles } from '../../components/acronyms.js';
import { graphql } from '../../api/client.js';
import { PROFESSION } from '../../api/queries.js';
import { ErrorState, Loading } from '../../components/status.js';
import { useAsync } from '../../components/use-async.js';
import type { ViewState } from '../../state/url-state.js';
import { JobSheetSection } from './job-sheet-section.js';
import { QuestionnaireSection } from './questionnaire-section.js';
import { ScenariosSection } from './scenarios-section.js';
import { TrainingIdeasSection } from './training-ideas-section.js';
import { WorkforceSection } from './workforce-section.js';

const CONTENTS = [
  ['metier-fiche', 'La fiche métier'],
  ['metier-effectifs', 'Qui exerce le métier'],
  ['metier-questionnaire', 'Ce qu’ont répondu les professionnels'],
  ['metier-scenarios', 'Quatre scénarios pour demain'],
  ['metier-pistes', 'Pistes de formation'],
] as const;

/** « Le métier »: what the sources say of the job, for a secretary to read, every fact sourced. */
export function ProfessionView({ state }: { state: ViewState }) {
  const { state: data, retry } = useAsync('profession', (_, signal) =>
    graphql(PROFESSION, {}, signal),
  );
  if (data.status === 'loading' || data.status === 'idle')
    return <Loading label="Chargement de la fiche métier et de l’étude…" />;
  if (data.status === 'error') return <ErrorState error={data.error} retry={retry} />;
  const profession = data.data;
  return (
    <article class="profession" aria-labelledby="metier-title">
      <h2 id="metier-title">Le métier de secrétaire médicale</h2>
      <p>
        <Sigles
          text={
            'Ce que disent du métier la fiche officielle, l’étude prospective de l’ANFH Normandie ' +
            '(2024) et les professionnels qu’elle a interrogés. Chaque fait renvoie à sa source.'
          }
        />
      </p>
      <nav aria-label="Sommaire de la page" class="contents">
        <ul>
          {CONTENTS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {profession.jobSheet && <JobSheetSection sheet={profession.jobSheet} state={state} />}
      <WorkforceSection figures={profession.workforce} />
      <QuestionnaireSection data={profession} state={state} />
      <ScenariosSection scenarios={profession.scenarios} />
      <TrainingIdeasSection ideas={profession.trainingIdeas} />
    </article>
  );
}
