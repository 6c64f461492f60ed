import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../../api/client.js';
import { DRAFT_DIFF, DRAFT_HISTORY } from '../../api/queries.js';
import { ErrorState, Loading } from '../../components/status.js';
import { useAsync } from '../../components/use-async.js';
import { dateTime, describeChange, hoursText } from '../../model/draft-text.js';

/** The versions of a draft, what changed between two of them, and restoring an old one. */
export function HistoryPanel({
  draftId,
  latest,
  onOpen,
  onRestore,
}: {
  draftId: string;
  /** The latest version number: the history reloads when it changes. */
  latest: number;
  onOpen: (version: number) => void;
  onRestore: (version: number) => void;
}) {
  const history = useAsync({ draftId, latest }, (r, signal) =>
    graphql(DRAFT_HISTORY, { id: r.draftId }, signal).then((d) => d.draftHistory),
  );
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  useEffect(() => {
    setFrom(Math.max(1, latest - 1));
    setTo(latest);
  }, [latest]);
  const diff = useAsync(from !== to ? { draftId, from, to } : null, (r, signal) =>
    graphql(DRAFT_DIFF, { id: r.draftId, from: r.from, to: r.to }, signal).then((d) => d.draftDiff),
  );
  if (history.state.status === 'error')
    return <ErrorState error={history.state.error} retry={history.retry} />;
  if (history.state.status !== 'ready') return <Loading label="Chargement de l’historique…" />;
  const versions = history.state.data;
  const numbers = versions.map((v) => v.number);
  return (
    <section class="history" aria-labelledby="history-title">
      <h3 id="history-title">Historique</h3>
      <ol class="versions" reversed>
        {versions.map((v) => (
          <li key={v.number}>
            <strong>Version {v.number}</strong> — {dateTime(v.createdAt)}, {v.author} :{' '}
            {v.comment || <em>sans commentaire</em>} ({hoursText(v.hours)}){' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                onOpen(v.number);
              }}
            >
              Ouvrir<span class="visually-hidden"> la version {v.number}</span>
            </button>
            {v.number !== latest && (
              <>
                {' · '}
                <button
                  type="button"
                  class="link"
                  onClick={() => {
                    if (confirm(`Enregistrer la version ${v.number} comme nouvelle version ?`))
                      onRestore(v.number);
                  }}
                >
                  Restaurer<span class="visually-hidden"> la version {v.number}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      {versions.length > 1 && (
        <fieldset class="diff-choice">
          <legend>Comparer deux versions</legend>
          <label for="diff-from">de la version</label>
          <select
            id="diff-from"
            value={from}
            onChange={(e) => {
              setFrom(Number(e.currentTarget.value));
            }}
          >
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <label for="diff-to">à la version</label>
          <select
            id="diff-to"
            value={to}
            onChange={(e) => {
              setTo(Number(e.currentTarget.value));
            }}
          >
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </fieldset>
      )}
      {diff.state.status === 'error' && <ErrorState error={diff.state.error} retry={diff.retry} />}
      {diff.state.status === 'ready' &&
        (diff.state.data.length === 0 ? (
          <p class="hint">Aucune différence entre ces deux versions.</p>
        ) : (
          <ul class="diff" aria-label={`Modifications de la version ${from} à la version ${to}`}>
            {diff.state.data.map((change, i) => (
              <li key={i} class={`change-${change.kind.toLowerCase()}`}>
                {describeChange(change)}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
