import type { Core } from 'cytoscape';
import { useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import { graphql } from '../../api/client.js';
import { NEIGHBOURHOOD, PATH_BETWEEN, SEARCH } from '../../api/queries.js';
import { CyCanvas } from '../../components/cy-canvas.js';
import { ExportPng } from '../../components/export-png.js';
import { Empty, ErrorState, Loading } from '../../components/status.js';
import { useAsync } from '../../components/use-async.js';
import { DEFAULT_CENTER, legendOf, toExplorerElements } from '../../model/explorer-elements.js';
import { explorerSession, newExplorerSession } from '../../model/explorer-session.js';
import { explorerLayout } from '../../model/explorer-layout.js';
import { NODE_KIND_LABEL } from '../../model/graph-labels.js';
import type { ViewState } from '../../state/url-state.js';
import { ExplorerLegend } from './explorer-legend.js';
import { GraphOverview } from './graph-overview.js';
import { NodePanel } from './node-panel.js';

interface Props {
  state: ViewState;
  navigate: (patch: Partial<ViewState>) => void;
}

/** Neighbours drawn when the explorer opens on a node (more are one click away). */
const OPENING_LIMIT = 16;
/** Labels are never drawn smaller than this on screen: a larger graph is panned, not shrunk. */
const MIN_LABEL_PX = 11;

/**
 * The explorer, search-first and by neighbourhood (as Neo4j Bloom or Linkurious): it opens on
 * the secretary's job (or the node in the URL) with its nearest neighbours, and a person expands,
 * collapses, pins, hides kinds, or asks for the path between two nodes. The whole graph is never
 * drawn: the « vue d'ensemble » sums it up instead.
 */
export function ExplorerView({ state, navigate }: Props) {
  const center = state.focus ?? DEFAULT_CENTER;
  const opening = useAsync({ center }, (r, signal) =>
    graphql(NEIGHBOURHOOD, { key: r.center, depth: 1, limit: OPENING_LIMIT }, signal).then(
      (d) => d.neighbourhood,
    ),
  );
  const [session, dispatch] = useReducer(explorerSession, center, newExplorerSession);
  const { working, mode, selected, pathNote } = session;
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [overview, setOverview] = useState(false);
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  // On a phone the drawing is too small to read: the list of nodes opens by default.
  const [narrow] = useState(() => matchMedia('(max-width: 600px)').matches);
  useEffect(() => {
    if (opening.state.status !== 'ready') return;
    dispatch({ type: 'opened', center, fetched: opening.state.data });
  }, [opening.state, center]);
  const search = useAsync(submitted, (text, signal) =>
    graphql(SEARCH, { text }, signal).then((d) => d.search),
  );
  const elements = useMemo(
    () => (working ? toExplorerElements(working, hidden) : []),
    [working, hidden],
  );

  if (opening.state.status === 'error')
    return <ErrorState error={opening.state.error} retry={opening.retry} />;
  if (!working) return <Loading label="Chargement du voisinage…" />;
  const centerNode = working.nodes.get(working.center);
  const selectedNode = working.nodes.get(selected) ?? centerNode;
  const kinds = [...new Set([...working.nodes.values()].map((n) => n.kind))].sort();
  const nodeCount = elements.filter((e) => e.group === 'nodes').length;
  const total = opening.state.status === 'ready' ? opening.state.data.total : 0;

  const showPath = (toKey: string, toLabel: string) => {
    const fromLabel = centerNode?.label ?? '';
    graphql(PATH_BETWEEN, { fromKey: working.center, toKey })
      .then(({ pathBetween }) => {
        dispatch(
          pathBetween.nodes.length === 0
            ? { type: 'pathMissing', fromLabel, toLabel }
            : { type: 'pathFound', path: pathBetween, fromLabel, toLabel },
        );
      })
      .catch((error: unknown) => {
        dispatch({
          type: 'pathFailed',
          message: error instanceof Error ? error.message : String(error),
        });
      });
  };

  return (
    <section class="explorer" aria-labelledby="explorer-title">
      <h2 id="explorer-title">Explorer le graphe</h2>
      <div class="explorer-layout">
        <div class="panel explorer-tools">
          <form
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              setSubmitted(query.trim() || null);
            }}
          >
            <label for="explorer-search">Chercher un nœud</label>
            <input
              id="explorer-search"
              type="search"
              value={query}
              onInput={(e) => {
                setQuery(e.currentTarget.value);
              }}
              placeholder="ex. PMSI, coordination, accueil"
            />
            <button type="submit">Chercher</button>
          </form>
          {search.state.status === 'loading' && <Loading label="Recherche…" />}
          {search.state.status === 'error' && (
            <ErrorState error={search.state.error} retry={search.retry} />
          )}
          {search.state.status === 'ready' &&
            (search.state.data.length === 0 ? (
              <Empty>Aucun résultat.</Empty>
            ) : (
              <ul class="search-results">
                {search.state.data.map((hit) => (
                  <li key={hit.key}>
                    <button
                      type="button"
                      class="link"
                      onClick={() => {
                        navigate({ focus: hit.key });
                      }}
                    >
                      {hit.label}
                    </button>{' '}
                    <small>{NODE_KIND_LABEL[hit.kind] ?? hit.kind}</small>
                    {hit.key !== working.center && (
                      <>
                        {' · '}
                        <button
                          type="button"
                          class="link"
                          onClick={() => {
                            showPath(hit.key, hit.label);
                          }}
                        >
                          chemin depuis le centre
                        </button>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            ))}
          <fieldset>
            <legend>Types de nœuds affichés</legend>
            {kinds.map((kind) => (
              <label key={kind} class="check">
                <input
                  type="checkbox"
                  checked={!hidden.has(kind)}
                  onChange={() => {
                    const next = new Set(hidden);
                    if (next.has(kind)) next.delete(kind);
                    else next.add(kind);
                    setHidden(next);
                  }}
                />{' '}
                {NODE_KIND_LABEL[kind] ?? kind}
              </label>
            ))}
          </fieldset>
          <ExplorerLegend kinds={kinds} />
        </div>
        <div class="results">
          <div class="toolbar">
            <span>
              Centre : <strong>{centerNode?.label}</strong>
            </span>
            {mode === 'path' && (
              <button type="button" onClick={opening.retry}>
                Revenir au voisinage
              </button>
            )}
            <button
              type="button"
              aria-pressed={overview}
              onClick={() => {
                setOverview(!overview);
              }}
            >
              Vue d’ensemble
            </button>
            <ExportPng
              cy={cy}
              name="passerelles-graphe"
              title={
                mode === 'path'
                  ? (pathNote ?? '')
                  : `Voisinage de « ${centerNode?.label ?? ''} » (graphe Passerelles)`
              }
              legend={legendOf([...working.nodes.values()].filter((n) => !hidden.has(n.kind)))}
            />
          </div>
          <p role="status" class="hint">
            {nodeCount} nœuds affichés
            {mode === 'neighbourhood' && total > nodeCount - 1
              ? ` (le centre a ${total} voisins : choisissez un nœud pour en afficher d’autres)`
              : ''}
            {pathNote && ` — ${pathNote}`}. Faites glisser le dessin pour voir les nœuds hors du
            cadre ; la liste ci-dessous les donne tous.
          </p>
          {overview && <GraphOverview />}
          <CyCanvas
            elements={elements}
            layout={explorerLayout(mode)}
            label={`Graphe : ${centerNode?.label ?? ''} et ses voisins ; les détails du nœud choisi sont dans le panneau, et la liste ci-dessous les donne en texte.`}
            onSelect={(key) => {
              dispatch({ type: 'selected', key });
            }}
            onReady={setCy}
            height={640}
            minLabelPx={MIN_LABEL_PX}
          />
          <details class="node-list" open={narrow}>
            <summary>Liste des nœuds affichés (accès au clavier)</summary>
            <ul>
              {elements
                .filter((e) => e.group === 'nodes')
                .map((e) => (
                  <li key={String(e.data.id)}>
                    <button
                      type="button"
                      class="link"
                      onClick={() => {
                        dispatch({ type: 'selected', key: String(e.data.id) });
                      }}
                    >
                      {String(e.data.label)}
                    </button>{' '}
                    <small>{NODE_KIND_LABEL[String(e.data.kind)] ?? String(e.data.kind)}</small>
                  </li>
                ))}
            </ul>
          </details>
        </div>
        {selectedNode && (
          <NodePanel
            key={selectedNode.key}
            node={selectedNode}
            shown={new Set(working.nodes.keys())}
            isCenter={selectedNode.key === working.center}
            pinned={working.pinned.has(selectedNode.key)}
            onAdd={(fetched) => {
              dispatch({ type: 'expanded', fetched });
            }}
            onCollapse={() => {
              dispatch({ type: 'collapsed' });
            }}
            onRemove={() => {
              dispatch({ type: 'removed' });
            }}
            onPin={() => {
              dispatch({ type: 'pinned' });
            }}
            onCenter={() => {
              navigate({ focus: selectedNode.key });
            }}
            onSelect={(key) => {
              dispatch({ type: 'selected', key });
            }}
          />
        )}
      </div>
    </section>
  );
}
