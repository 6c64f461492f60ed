import { useEffect, useState } from 'preact/hooks';
import { graphql, setCsrfToken } from '../../api/client.js';
import { CREATE_DRAFT, DRAFTS, ME, SIGN_OUT } from '../../api/queries.js';
import type { RoleSummary, Viewer } from '../../api/types.js';
import { ErrorState, Loading } from '../../components/status.js';
import { useAsync } from '../../components/use-async.js';
import type { ViewState } from '../../state/url-state.js';
import { dateTime } from '../../model/draft-text.js';
import { DraftWorkbench } from './draft-workbench.js';
import { SignInForm } from './sign-in-form.js';

interface Props {
  roles: readonly RoleSummary[];
  state: ViewState;
  navigate: (patch: Partial<ViewState>) => void;
}

/**
 * « Atelier de blocs »: the training designers' workbench. Reading the study needs no account;
 * building a block set does, so this page opens on a sign-in form.
 */
export function WorkbenchView({ roles, state, navigate }: Props) {
  const [attempt, setAttempt] = useState(0);
  const me = useAsync(attempt, (_, signal) => graphql(ME, {}, signal).then((d) => d.me));
  const [viewer, setViewer] = useState<Viewer | null>(null);
  useEffect(() => {
    if (me.state.status === 'ready') setViewer(me.state.data);
  }, [me.state]);
  useEffect(() => {
    setCsrfToken(viewer?.csrfToken ?? null);
  }, [viewer]);

  if (me.state.status === 'error') return <ErrorState error={me.state.error} retry={me.retry} />;
  if (me.state.status !== 'ready') return <Loading label="Vérification de la session…" />;
  return (
    <section class="workbench" aria-labelledby="workbench-title">
      <h2 id="workbench-title">Atelier de blocs</h2>
      {viewer ? (
        <>
          <p class="session">
            Connecté·e : <strong>{viewer.email}</strong> (
            {viewer.role === 'ADMIN' ? 'administrateur·rice' : 'conceptrice ou concepteur'}){' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                void graphql(SIGN_OUT, {}).finally(() => {
                  setViewer(null);
                  navigate({ draft: null, version: null });
                  setAttempt((n) => n + 1);
                });
              }}
            >
              Se déconnecter
            </button>
          </p>
          {state.draft ? (
            <DraftWorkbench
              key={state.draft}
              draftId={state.draft}
              version={state.version}
              roles={roles}
              viewer={viewer}
              navigate={navigate}
            />
          ) : (
            <DraftList navigate={navigate} />
          )}
        </>
      ) : (
        <SignInForm onSignedIn={setViewer} />
      )}
    </section>
  );
}

function DraftList({ navigate }: { navigate: Props['navigate'] }) {
  const list = useAsync('drafts', (_, signal) => graphql(DRAFTS, {}, signal));
  const [title, setTitle] = useState('');
  const [fromStudy, setFromStudy] = useState(true);
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="draft-list">
      <form
        class="panel"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          graphql(CREATE_DRAFT, { title, fromStudy })
            .then((d) => {
              navigate({ draft: d.createDraft.draftId, version: null });
            })
            .catch((err: unknown) => {
              setError(err instanceof Error ? err.message : String(err));
            });
        }}
      >
        <h3>Nouvelle maquette</h3>
        <label for="draft-title">Titre</label>
        <input
          id="draft-title"
          required
          maxLength={200}
          value={title}
          onInput={(e) => {
            setTitle(e.currentTarget.value);
          }}
        />
        <label class="check">
          <input
            type="checkbox"
            checked={fromStudy}
            onChange={(e) => {
              setFromStudy(e.currentTarget.checked);
            }}
          />{' '}
          Partir d’une copie des blocs et spécialisations de l’étude ANFH
        </label>
        {error && (
          <p class="status status-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary">
          Créer la maquette
        </button>
      </form>
      <h3>Maquettes</h3>
      {list.state.status === 'error' && <ErrorState error={list.state.error} retry={list.retry} />}
      {list.state.status === 'loading' && <Loading label="Chargement des maquettes…" />}
      {list.state.status === 'ready' &&
        (list.state.data.drafts.length === 0 ? (
          <p class="status status-empty">Aucune maquette pour l’instant.</p>
        ) : (
          <ul class="drafts">
            {list.state.data.drafts.map((draft) => (
              <li key={draft.id}>
                <a
                  href={`?view=atelier&draft=${draft.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate({ draft: draft.id, version: null });
                  }}
                >
                  {draft.title}
                </a>{' '}
                — version {draft.latestVersion}, enregistrée le {dateTime(draft.updatedAt)} par{' '}
                {draft.updatedBy}
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
