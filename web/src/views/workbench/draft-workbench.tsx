import { compareFrench } from '../../model/french.js';
import { useEffect, useReducer, useState } from 'preact/hooks';
import { ApiError, graphql, setCsrfToken } from '../../api/client.js';
import {
  ALL_SKILLS,
  DELETE_DRAFT,
  DRAFT,
  RESTORE_DRAFT_VERSION,
  SAVE_DRAFT,
} from '../../api/queries.js';
import type { DraftChange, DraftVersion, RoleSummary, Viewer } from '../../api/types.js';
import { focusSoon } from '../../components/focus-soon.js';
import { ErrorState, Loading } from '../../components/status.js';
import { useAsync } from '../../components/use-async.js';
import { isDirty, localProblems, toInput } from '../../model/draft-editor.js';
import { newSession, workbenchSession, type WriteFailure } from '../../model/workbench-session.js';
import { describeChange, hoursText } from '../../model/draft-text.js';
import type { ViewState } from '../../state/url-state.js';
import { BlockEditor } from './block-editor.js';
import { CoveragePanel } from './coverage-panel.js';
import { HistoryPanel } from './history-panel.js';
import { PublishPanel } from './publish-panel.js';
import { MergePanel } from './merge-panel.js';
import { SignInForm } from './sign-in-form.js';

interface Props {
  draftId: string;
  /** The version in the URL (null: the latest). */
  version: number | null;
  roles: readonly RoleSummary[];
  viewer: Viewer;
  navigate: (patch: Partial<ViewState>) => void;
}

/** What a failed write was, as the session tells it apart. */
function failureOf(err: unknown): WriteFailure {
  if (err instanceof ApiError && err.kind === 'unauthenticated') return { kind: 'unauthenticated' };
  if (err instanceof ApiError && err.kind === 'conflict') {
    return {
      kind: 'conflict',
      latest: Number(err.details.latestVersion),
      changes: (err.details.changes ?? []) as DraftChange[],
    };
  }
  return { kind: 'other', message: err instanceof Error ? err.message : String(err) };
}

const EXPORTS = [
  { format: 'xlsx', label: 'Excel (.xlsx)' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON (blocs RNCP)' },
] as const;

/** One draft: the block editor, its live coverage, saving, history and exports. */
export function DraftWorkbench({ draftId, version, roles, viewer, navigate }: Props) {
  const [reload, setReload] = useState(0);
  const loaded = useAsync({ draftId, version, reload }, (r, signal) =>
    graphql(DRAFT, { id: r.draftId, version: r.version }, signal).then((d) => d.draft),
  );
  const skills = useAsync('all-skills', (_, signal) =>
    graphql(ALL_SKILLS, {}, signal).then((d) =>
      [...d.skills].sort((a, b) => compareFrench(a.label, b.label)),
    ),
  );
  const [session, dispatch] = useReducer(workbenchSession, undefined, newSession);
  const { saved, blocks, comment, message, error, conflict, merging, latest, sessionLost } =
    session;
  const [opened, setOpened] = useState<string | null>(null);

  useEffect(() => {
    if (loaded.state.status === 'ready') dispatch({ type: 'loaded', version: loaded.state.data });
  }, [loaded.state]);

  if (loaded.state.status === 'error')
    return <ErrorState error={loaded.state.error} retry={loaded.retry} />;
  if (!saved || skills.state.status !== 'ready')
    return <Loading label="Chargement de la maquette…" />;

  const dirty = isDirty(blocks, saved);
  const problems = localProblems(blocks);
  const newest = latest ?? saved.number;
  const onError = (err: unknown) => {
    dispatch({ type: 'failed', failure: failureOf(err) });
  };
  const afterWrite = (version: DraftVersion, what: string) => {
    dispatch({ type: 'written', version, what });
    navigate({ version: null });
  };

  return (
    <div class="draft-workbench">
      <p>
        <a
          href="?view=atelier"
          onClick={(e) => {
            e.preventDefault();
            navigate({ draft: null, version: null });
          }}
        >
          ← Toutes les maquettes
        </a>
      </p>
      <h3>
        {saved.title} — version {saved.number}
        {saved.number !== newest && ` (la dernière est la version ${newest})`}
      </h3>
      <p class="hint">
        Enregistrée le {new Date(saved.createdAt).toLocaleString('fr-FR')} par {saved.author}
        {saved.comment && ` : « ${saved.comment} »`}. Volume total : {hoursText(saved.hours)}.
        {dirty && <strong> Modifications non enregistrées.</strong>}
      </p>
      <div class="workbench-layout">
        <div class="workbench-editor">
          <BlockEditor
            blocks={blocks}
            skills={skills.state.data}
            onChange={(next) => {
              dispatch({ type: 'edited', blocks: next });
            }}
            opened={opened}
            onOpen={setOpened}
          />
          <form
            class="panel save-form"
            onSubmit={(e) => {
              e.preventDefault();
              dispatch({ type: 'writing' });
              graphql(SAVE_DRAFT, {
                id: draftId,
                baseVersion: saved.number,
                comment,
                blocks: toInput(blocks),
              })
                .then((d) => {
                  afterWrite(d.saveDraft, 'Maquette enregistrée');
                })
                .catch(onError);
            }}
          >
            <label for="save-comment">Commentaire de la version</label>
            <input
              id="save-comment"
              maxLength={500}
              placeholder="ex. ajout d’un module PMSI au bloc 2"
              value={comment}
              onInput={(e) => {
                dispatch({ type: 'commented', comment: e.currentTarget.value });
              }}
            />
            {problems.length > 0 && (
              <ul class="problems" role="alert">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            <button type="submit" class="primary" disabled={!dirty || problems.length > 0}>
              Enregistrer une nouvelle version
            </button>
            <p role="status" aria-live="polite">
              {message}
            </p>
            {error && (
              <p class="status status-error" role="alert">
                {error}
              </p>
            )}
            {conflict && (
              <div class="status status-error" role="alert">
                <p>
                  La version {conflict.latest} a été enregistrée depuis la version {saved.number}{' '}
                  que vous modifiez ; votre enregistrement a été refusé. Modifications apportées
                  entre-temps :
                </p>
                <ul>
                  {conflict.changes.map((c, i) => (
                    <li key={i}>{describeChange(c)}</li>
                  ))}
                </ul>
                <button
                  type="button"
                  class="primary"
                  onClick={() => {
                    graphql(DRAFT, { id: draftId, version: conflict.latest })
                      .then((d) => {
                        dispatch({ type: 'mergeOpened', theirs: d.draft });
                        focusSoon('merge-title');
                      })
                      .catch(onError);
                  }}
                >
                  Fusionner mes modifications avec la version {conflict.latest}
                </button>{' '}
                <button
                  type="button"
                  onClick={() => {
                    navigate({ version: null });
                    setReload((n) => n + 1);
                  }}
                >
                  Charger la version {conflict.latest} (vos modifications non enregistrées seront
                  perdues)
                </button>
              </div>
            )}
          </form>
          {merging && (
            <MergePanel
              base={saved}
              mine={blocks}
              theirs={merging}
              onApply={(merged) => {
                dispatch({ type: 'mergeApplied', blocks: merged });
                focusSoon('save-comment');
              }}
              onCancel={() => {
                dispatch({ type: 'mergeCancelled' });
              }}
            />
          )}
          {sessionLost && (
            <SignInForm
              again
              onSignedIn={(v) => {
                setCsrfToken(v.csrfToken);
                dispatch({ type: 'signedInAgain' });
              }}
            />
          )}
        </div>
        <aside class="workbench-side">
          <CoveragePanel draftId={draftId} blocks={blocks} roles={roles} />
        </aside>
      </div>
      <section class="exports" aria-labelledby="exports-title">
        <h3 id="exports-title">Exporter la version {saved.number}</h3>
        <p class="links">
          {EXPORTS.map(({ format, label }) => (
            <a key={format} href={`/exports/drafts/${draftId}/${saved.number}.${format}`} download>
              {label}
            </a>
          ))}
          <a href={`?view=referentiel&draft=${draftId}&version=${saved.number}`}>
            Référentiel de compétences (à imprimer)
          </a>
        </p>
        {dirty && (
          <p class="hint">
            Les exports portent sur la version enregistrée, sans les modifications en cours.
          </p>
        )}
      </section>
      <PublishPanel saved={saved} dirty={dirty} roles={roles} onError={onError} />
      <HistoryPanel
        draftId={draftId}
        latest={newest}
        onOpen={(number) => {
          navigate({ version: number === newest ? null : number });
        }}
        onRestore={(number) => {
          graphql(RESTORE_DRAFT_VERSION, { id: draftId, version: number })
            .then((d) => {
              afterWrite(d.restoreDraftVersion, `Version ${number} restaurée`);
            })
            .catch(onError);
        }}
      />
      {(viewer.role === 'ADMIN' || viewer.email === saved.createdBy) && (
        <p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              if (!confirm(`Supprimer la maquette « ${saved.title} » et tout son historique ?`))
                return;
              graphql(DELETE_DRAFT, { id: draftId })
                .then(() => {
                  navigate({ draft: null, version: null });
                })
                .catch(onError);
            }}
          >
            Supprimer la maquette
          </button>
        </p>
      )}
    </div>
  );
}
