import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../../api/client.js';
import { DIAGNOSTIC, DIAGNOSTIC_MODEL } from '../../api/queries.js';
import type { DiagnosticResult, TensionAxis } from '../../api/types.js';
import { SourceRef } from '../../components/source-ref.js';
import { ErrorState, Loading } from '../../components/status.js';
import { useAsync } from '../../components/use-async.js';
import {
  answered,
  decodeScores,
  encodeScores,
  type Scores,
} from '../../model/diagnostic-scores.js';
import type { ViewState } from '../../state/url-state.js';
import { DiagnosticResults } from './diagnostic-results.js';

interface Props {
  state: ViewState;
  navigate: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
  /** Opens another view at this address (the advice's links). */
  go: (search: string) => void;
}

const CHOICES = [0, 1, 2, 3, 4, 5];

/**
 * The establishment's maturity diagnostic (study §4.1): the 20 items scored 0–5 today and, if
 * one wishes, tomorrow. The scores live in the URL (to share or reload) and in the request that
 * computes the result: nothing is stored on the server.
 */
export function DiagnosticView({ state, navigate, go }: Props) {
  const model = useAsync('diagnostic-model', (_, signal) => graphql(DIAGNOSTIC_MODEL, {}, signal));
  if (model.state.status === 'error')
    return <ErrorState error={model.state.error} retry={model.retry} />;
  if (model.state.status !== 'ready') return <Loading label="Chargement du diagnostic…" />;
  return (
    <DiagnosticForm axes={model.state.data.tensionAxes} state={state} navigate={navigate} go={go} />
  );
}

function DiagnosticForm({ axes, state, navigate, go }: Props & { axes: readonly TensionAxis[] }) {
  const items = axes.flatMap((a) => a.items);
  const scores: Scores = decodeScores(state.scores, items.length);
  const set = (when: 'today' | 'tomorrow', index: number, value: number | null) => {
    const next = { ...scores, [when]: scores[when].map((v, i) => (i === index ? value : v)) };
    navigate({ scores: answered(next) ? encodeScores(next) : null }, { replace: true });
  };
  const request = answered(scores)
    ? items.map((item, i) => ({
        itemId: item.id,
        today: scores.today[i] ?? null,
        tomorrow: scores.tomorrow[i] ?? null,
      }))
    : null;
  const result = useAsync(request, (r, signal) =>
    graphql(DIAGNOSTIC, { scores: r }, signal).then((d) => d.diagnostic),
  );
  // Keep the last result on screen while the next one is computed.
  const [last, setLast] = useState<DiagnosticResult | null>(null);
  useEffect(() => {
    if (result.state.status === 'ready') setLast(result.state.data);
    if (result.state.status === 'idle') setLast(null);
  }, [result.state]);
  let index = 0;
  return (
    <section class="diagnostic" aria-labelledby="diagnostic-title">
      <h2 id="diagnostic-title">Diagnostic de maturité du métier</h2>
      <p>
        L’outil proposé par l’étude (section 4.1) pour « situer les secrétaires médicales dans un
        service ou un établissement aujourd’hui et demain » : notez chaque item de 0 à 5 pour
        aujourd’hui et, si vous le souhaitez, pour demain (votre cible). Vos réponses restent dans
        ce navigateur et dans l’adresse de la page (pour la partager) : rien n’est enregistré sur le
        serveur.
      </p>
      <div class="diagnostic-layout">
        <form
          class="diagnostic-form"
          onSubmit={(e) => {
            e.preventDefault();
          }}
        >
          <label for="diagnostic-service">Service ou établissement (facultatif)</label>
          <input
            id="diagnostic-service"
            maxLength={120}
            value={state.service ?? ''}
            onChange={(e) => {
              navigate({ service: e.currentTarget.value.trim() || null }, { replace: true });
            }}
          />
          {axes.map((axis) => (
            <fieldset key={axis.id} class="diagnostic-axis">
              <legend>
                Axe {axis.order} : {axis.title}
              </legend>
              <p class="hint">
                De « {axis.lowPole} » à « {axis.highPole} ». <SourceRef source={axis.source} />
              </p>
              {axis.items.map((item) => {
                const i = index++;
                return (
                  <div key={item.id} class="diagnostic-item">
                    <p class="diagnostic-item-label">
                      <strong>{item.label}</strong>
                      <br />
                      <small>{item.example}</small>
                      {item.polarity === 'REVERSED' && (
                        <small class="reversed">
                          {' '}
                          (une note haute penche vers « {axis.lowPole} »)
                        </small>
                      )}
                    </p>
                    {(['today', 'tomorrow'] as const).map((when) => (
                      <span key={when}>
                        <label for={`${item.id}-${when}`}>
                          {when === 'today' ? 'Aujourd’hui' : 'Demain'}
                          <span class="visually-hidden"> : {item.label}</span>
                        </label>
                        <select
                          id={`${item.id}-${when}`}
                          value={scores[when][i] === null ? '' : String(scores[when][i])}
                          onChange={(e) => {
                            const v = e.currentTarget.value;
                            set(when, i, v === '' ? null : Number(v));
                          }}
                        >
                          <option value="">—</option>
                          {CHOICES.map((c) => (
                            <option key={c} value={c}>
                              {c}
                            </option>
                          ))}
                        </select>
                      </span>
                    ))}
                  </div>
                );
              })}
            </fieldset>
          ))}
          <p>
            <button
              type="button"
              disabled={!answered(scores)}
              onClick={() => {
                navigate({ scores: null });
              }}
            >
              Effacer les réponses
            </button>
          </p>
        </form>
        <div class="diagnostic-output" aria-live="polite">
          {!answered(scores) && (
            <p class="status status-empty">Répondez à un item au moins pour voir le résultat.</p>
          )}
          {result.state.status === 'error' && (
            <ErrorState error={result.state.error} retry={result.retry} />
          )}
          {result.state.status === 'loading' && !last && <Loading label="Calcul du diagnostic…" />}
          {last && answered(scores) && (
            <DiagnosticResults
              axes={axes}
              scores={scores}
              result={last}
              service={state.service}
              navigate={go}
            />
          )}
        </div>
      </div>
    </section>
  );
}
