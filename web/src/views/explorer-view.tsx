import type { Core } from 'cytoscape';
import { useMemo, useState } from 'preact/hooks';
import { graphql } from '../api/client.js';
import { EXPLORER_GRAPH, SEARCH } from '../api/queries.js';
import type { ExplorerGraph, ExplorerNode } from '../api/types.js';
import { CyCanvas } from '../components/cy-canvas.js';
import { ExportPng } from '../components/export-png.js';
import { SourceRef } from '../components/source-ref.js';
import { Empty, ErrorState, Loading } from '../components/status.js';
import { useAsync } from '../components/use-async.js';
import { familyColor, KIND_COLOR } from '../model/colors.js';
import { DEFAULT_KINDS, linksOf, toExplorerElements } from '../model/explorer-elements.js';
import { explorerLayout } from '../model/explorer-layout.js';
import {
  EDGE_LABEL,
  FAMILIES,
  FAMILY_LABEL,
  NODE_KIND_LABEL,
  PROPERTY_LABEL,
  valueLabel,
} from '../model/labels.js';
import type { ViewState } from '../state/url-state.js';

interface Props {
  state: ViewState;
  navigate: (patch: Partial<ViewState>) => void;
}

function NodePanel({
  graph,
  node,
  select,
}: {
  graph: ExplorerGraph;
  node: ExplorerNode;
  select: (key: string) => void;
}) {
  const links = linksOf(graph, node.key);
  return (
    <aside class="panel node-panel" aria-labelledby="node-title">
      <p class="kind">{NODE_KIND_LABEL[node.kind] ?? node.kind}</p>
      <h3 id="node-title">{node.label}</h3>
      <p>
        <SourceRef source={node.source} />
      </p>
      <dl class="properties">
        {node.properties
          .filter((p) => !['title', 'label'].includes(p.key))
          .map((p) => (
            <div key={p.key}>
              <dt>{PROPERTY_LABEL[p.key] ?? p.key}</dt>
              <dd>{valueLabel(p.value)}</dd>
            </div>
          ))}
      </dl>
      <h4>Liens ({links.length})</h4>
      <ul class="links">
        {links.map(({ edge, other, outgoing }) => (
          <li key={edge.key}>
            <span class="edge-type">
              {outgoing ? '' : '← '}
              {EDGE_LABEL[edge.type] ?? edge.type}
              {outgoing ? ' →' : ''}
              {edge.properties
                .filter((p) => p.key === 'level' || p.key === 'position')
                .map((p) => ` (${valueLabel(p.value)})`)
                .join('')}
            </span>{' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                select(other.key);
              }}
            >
              {other.label}
            </button>
            <br />
            <SourceRef source={edge.source} />
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The explorer: the whole graph or one node's neighbourhood, filters, search, details with sources. */
export function ExplorerView({ state, navigate }: Props) {
  const { state: loaded, retry } = useAsync('graph', (_, signal) =>
    graphql(EXPLORER_GRAPH, {}, signal).then((d) => d.explorerGraph),
  );
  const [families, setFamilies] = useState<Set<(typeof FAMILIES)[number]>>(new Set());
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const kinds = useMemo(() => new Set(state.kinds ?? DEFAULT_KINDS), [state.kinds]);
  const search = useAsync(submitted, (text, signal) =>
    graphql(SEARCH, { text }, signal).then((d) => d.search.map((h) => h.key)),
  );
  const graph = loaded.status === 'ready' ? loaded.data : null;
  const elements = useMemo(
    () => (graph ? toExplorerElements(graph, { kinds, families, focus: state.focus }) : []),
    [graph, kinds, families, state.focus],
  );
  if (loaded.status === 'loading' || loaded.status === 'idle')
    return <Loading label="Chargement du graphe…" />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} retry={retry} />;
  const data = loaded.data;
  const byKey = new Map(data.nodes.map((n) => [n.key, n]));
  const selected = state.focus ? byKey.get(state.focus) : undefined;
  const allKinds = [...new Set(data.nodes.map((n) => n.kind))];
  const toggleKind = (kind: string) => {
    const next = new Set(kinds);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    navigate({ kinds: [...next] });
  };
  const select = (key: string) => {
    navigate({ focus: key });
  };

  return (
    <section class="explorer" aria-labelledby="explorer-title">
      <h2 id="explorer-title">Explorer le graphe</h2>
      <div class="explorer-layout">
        <div class="panel">
          <form
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              setSubmitted(query.trim() || null);
            }}
          >
            <label for="explorer-search">Recherche plein texte</label>
            <input
              id="explorer-search"
              type="search"
              value={query}
              onInput={(e) => {
                setQuery((e.target as HTMLInputElement).value);
              }}
              placeholder="ex. vocabulaire, urgence, parcours"
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
                {search.state.data.flatMap((key) => {
                  const node = byKey.get(key);
                  return node
                    ? [
                        <li key={key}>
                          <button
                            type="button"
                            class="link"
                            onClick={() => {
                              select(key);
                            }}
                          >
                            {node.label}
                          </button>{' '}
                          <small>{NODE_KIND_LABEL[node.kind] ?? node.kind}</small>
                        </li>,
                      ]
                    : [];
                })}
              </ul>
            ))}
          <fieldset>
            <legend>Types de nœuds</legend>
            {allKinds.map((kind) => (
              <label key={kind}>
                <input
                  type="checkbox"
                  checked={kinds.has(kind)}
                  onChange={() => {
                    toggleKind(kind);
                  }}
                />{' '}
                <span class="swatch" style={{ background: KIND_COLOR[kind] }} />{' '}
                {NODE_KIND_LABEL[kind] ?? kind}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Pistes (métiers)</legend>
            {FAMILIES.map((family) => (
              <label key={family}>
                <input
                  type="checkbox"
                  checked={families.has(family)}
                  onChange={() => {
                    const next = new Set(families);
                    if (next.has(family)) next.delete(family);
                    else next.add(family);
                    setFamilies(next);
                  }}
                />{' '}
                <span class="swatch" style={{ background: familyColor(family) }} />{' '}
                {FAMILY_LABEL[family]}
              </label>
            ))}
          </fieldset>
        </div>
        <div class="results">
          <div class="toolbar">
            <button
              type="button"
              disabled={!state.focus}
              onClick={() => {
                navigate({ focus: null });
              }}
            >
              Voir tout le graphe
            </button>
            <ExportPng cy={cy} name="passerelles-graphe" />
            <span>
              {elements.filter((e) => e.group === 'nodes').length} nœuds,{' '}
              {elements.filter((e) => e.group === 'edges').length} liens
              {selected ? ` — voisinage de « ${selected.label} »` : ''}
            </span>
          </div>
          {elements.length === 0 ? (
            <Empty>Aucun nœud avec ces filtres.</Empty>
          ) : (
            <CyCanvas
              elements={elements}
              layout={explorerLayout(elements.length, state.focus !== null)}
              label="Graphe des métiers, compétences et formations ; les détails du nœud choisi sont dans le panneau."
              onSelect={select}
              onReady={setCy}
              height={560}
            />
          )}
          <details class="node-list">
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
                        select(String(e.data.id));
                      }}
                    >
                      {String(e.data.label)}
                    </button>
                  </li>
                ))}
            </ul>
          </details>
        </div>
        {selected && <NodePanel graph={data} node={selected} select={select} />}
      </div>
    </section>
  );
}
