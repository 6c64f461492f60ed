import { graphql } from '../../api/client.js';
import { EVIDENCE } from '../../api/queries.js';
import type { Statement } from '../../api/types.js';
import { AgreementBar } from '../../components/agreement-bar.js';
import { SourceRef } from '../../components/source-ref.js';
import { ErrorState, Loading } from '../../components/status.js';
import { useAsync } from '../../components/use-async.js';
import { STANCE_LABEL } from '../../model/profession.js';

/** The kinds of node the questionnaire's statements bear on. */
export const HAS_EVIDENCE = new Set(['Role', 'Skill', 'Activity']);

function Group({ title, statements }: { title: string; statements: readonly Statement[] }) {
  if (statements.length === 0) return null;
  return (
    <details class="evidence-group" open={statements.length <= 5}>
      <summary>
        {title} ({statements.length})
      </summary>
      <ul class="statements">
        {statements.map((s) => (
          <li key={s.id} class="statement">
            <p class="statement-text">
              <span class="statement-number">Q{s.number}.</span> {s.text}
            </p>
            <AgreementBar shares={s} /> <SourceRef source={s.source} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What the questionnaire says of a role, skill or activity: agreed, rejected, divided. */
export function EvidencePanel({ id }: { id: string }) {
  const { state, retry } = useAsync({ id }, (r, signal) =>
    graphql(EVIDENCE, { id: r.id }, signal).then((d) => d.evidence),
  );
  if (state.status === 'error') return <ErrorState error={state.error} retry={retry} />;
  if (state.status !== 'ready')
    return <Loading label="Chargement des réponses au questionnaire…" />;
  const { agree, disagree, divided } = state.data;
  const total = agree.length + disagree.length + divided.length;
  return (
    <section class="evidence" aria-labelledby="evidence-title">
      <h4 id="evidence-title">Ce qu’en disent les professionnels</h4>
      {total === 0 ? (
        <p>Aucune affirmation du questionnaire ne porte sur cet élément.</p>
      ) : (
        <>
          <Group title={`Pour — ${STANCE_LABEL.AGREE}`} statements={agree} />
          <Group title={`Contre — ${STANCE_LABEL.DISAGREE}`} statements={disagree} />
          <Group title={STANCE_LABEL.DIVIDED} statements={divided} />
        </>
      )}
    </section>
  );
}
