import { useState } from 'preact/hooks';
import { graphql } from '../../api/client.js';
import { CERTIFICATIONS, PUBLISH_DRAFT } from '../../api/queries.js';
import type { DraftVersion, RoleSummary } from '../../api/types.js';
import { ErrorState } from '../../components/status.js';
import { useAsync } from '../../components/use-async.js';
import { publicationProblemText } from '../../model/certification-text.js';
import { dateTime } from '../../model/draft-text.js';
import { compareFrench } from '../../model/french.js';

/**
 * « Publier la maquette »: the saved version becomes a certification the planner offers on the
 * routes to one role, once every content says what it certifies and how it is evaluated.
 */
export function PublishPanel({
  saved,
  dirty,
  roles,
  onError,
}: {
  saved: DraftVersion;
  /** Unsaved changes: the publication is of the saved version. */
  dirty: boolean;
  roles: readonly RoleSummary[];
  onError: (err: unknown) => void;
}) {
  const [targetRoleId, setTargetRoleId] = useState('');
  const [published, setPublished] = useState(0);
  const list = useAsync({ draftId: saved.draftId, published }, (_, signal) =>
    graphql(CERTIFICATIONS, {}, signal).then((d) =>
      d.certifications.filter((c) => c.draftId === saved.draftId),
    ),
  );
  const problems = saved.publicationProblems;
  const targets = roles
    .filter((r) => r.kind !== 'CURRENT_JOB')
    .sort((a, b) => compareFrench(a.title, b.title));

  return (
    <section class="publish" aria-labelledby="publish-title">
      <h3 id="publish-title">Publier la version {saved.number} comme certification</h3>
      <p class="hint">
        Publiée pour un métier, la maquette est proposée dans « Mon parcours » sur les parcours vers
        ce métier, bloc par bloc : « acquis », « en partie » ou « à suivre » selon les niveaux de
        chacun. C’est une proposition de l’établissement, pas une certification enregistrée au RNCP.
      </p>
      {problems.length > 0 ? (
        <div role="note">
          <p>Pour la publier, il reste à compléter :</p>
          <ul class="publication-problems">
            {problems.map((p) => (
              <li key={`${p.kind}-${String(p.block)}-${String(p.item)}`}>
                {publicationProblemText(p)}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <form
          class="publish-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!targetRoleId) return;
            graphql(PUBLISH_DRAFT, {
              id: saved.draftId,
              version: saved.number,
              targetRoleId,
            })
              .then(() => {
                setPublished((n) => n + 1);
              })
              .catch(onError);
          }}
        >
          <label for="publish-role">Métier auquel elle prépare</label>
          <select
            id="publish-role"
            value={targetRoleId}
            onChange={(e) => {
              setTargetRoleId(e.currentTarget.value);
            }}
          >
            <option value="">Choisir un métier…</option>
            {targets.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!targetRoleId}>
            Publier la version {saved.number} pour ce métier
          </button>
          {dirty && (
            <p class="hint">
              La publication porte sur la version enregistrée, sans vos modifications en cours.
            </p>
          )}
        </form>
      )}
      {list.state.status === 'error' && <ErrorState error={list.state.error} retry={list.retry} />}
      {list.state.status === 'ready' && list.state.data.length > 0 && (
        <ul class="publications" aria-label="Publications de cette maquette">
          {list.state.data.map((c) => (
            <li key={c.targetRole.id}>
              Publiée pour « {c.targetRole.title} » : version {c.version}, le{' '}
              {dateTime(c.publishedAt)}
              {c.publishedBy && <> par {c.publishedBy}</>}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
