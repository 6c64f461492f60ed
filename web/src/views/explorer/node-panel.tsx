import { graphql } from '../../api/client.js';
import { NEIGHBOURHOOD } from '../../api/queries.js';
import type { ExplorerNode } from '../../api/types.js';
import { SourceRef } from '../../components/source-ref.js';
import { ErrorState, Loading } from '../../components/status.js';
import { useAsync } from '../../components/use-async.js';
import { linksOf, type Fetched } from '../../model/explorer-graph.js';
import { EvidencePanel, HAS_EVIDENCE } from './evidence-panel.js';
import {
  edgeLabel,
  NODE_KIND_LABEL,
  PROPERTY_LABEL,
  valueLabel,
} from '../../model/graph-labels.js';

/** The most links the panel lists for one node (the API's own maximum). */
const PANEL_LIMIT = 200;

interface Props {
  node: ExplorerNode;
  shown: ReadonlySet<string>;
  isCenter: boolean;
  pinned: boolean;
  onAdd: (fetched: Fetched) => void;
  onCollapse: () => void;
  onRemove: () => void;
  onPin: () => void;
  onCenter: () => void;
  onSelect: (key: string) => void;
}

/**
 * A node's details, with sources, and all its links grouped by relationship type: each group can
 * be added to the picture (expand by type), as can all of them.
 */
export function NodePanel(props: Props) {
  const { node } = props;
  const around = useAsync({ key: node.key }, (r, signal) =>
    graphql(NEIGHBOURHOOD, { key: r.key, depth: 1, limit: PANEL_LIMIT }, signal).then(
      (d) => d.neighbourhood,
    ),
  );
  return (
    <aside class="panel node-panel" aria-labelledby="node-title">
      <p class="kind">{NODE_KIND_LABEL[node.kind] ?? node.kind}</p>
      <h3 id="node-title">{node.label}</h3>
      <p>
        <SourceRef source={node.source} />
      </p>
      <p class="node-actions">
        {!props.isCenter && (
          <button type="button" onClick={props.onCenter}>
            Centrer ici
          </button>
        )}
        <button type="button" onClick={props.onCollapse}>
          Réduire
        </button>
        <button type="button" onClick={props.onPin} aria-pressed={props.pinned}>
          {props.pinned ? 'Désépingler' : 'Épingler'}
        </button>
        {!props.isCenter && (
          <button type="button" onClick={props.onRemove}>
            Retirer du graphe
          </button>
        )}
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
      {HAS_EVIDENCE.has(node.kind) && <EvidencePanel id={node.id} />}
      {around.state.status === 'error' && (
        <ErrorState error={around.state.error} retry={around.retry} />
      )}
      {around.state.status === 'loading' && <Loading label="Chargement des liens…" />}
      {around.state.status === 'ready' && (
        <Links {...props} fetched={around.state.data} total={around.state.data.total} />
      )}
    </aside>
  );
}

function Links({
  node,
  fetched,
  total,
  shown,
  onAdd,
  onSelect,
}: Props & { fetched: Fetched; total: number }) {
  const nodes = new Map(fetched.nodes.map((n) => [n.key, n]));
  const links = linksOf(nodes, fetched.edges, node.key);
  const groups = new Map<string, typeof links>();
  for (const link of links) {
    const label = `${link.outgoing ? '' : '← '}${edgeLabel(link.edge.type)}${link.outgoing ? ' →' : ''}`;
    groups.set(label, [...(groups.get(label) ?? []), link]);
  }
  const add = (group: typeof links) => {
    onAdd({
      nodes: [node, ...group.map((l) => l.other)],
      edges: group.map((l) => l.edge),
    });
  };
  const hidden = links.filter((l) => !shown.has(l.other.key)).length;
  return (
    <>
      <h4>
        Liens ({node.degree}
        {total > links.length ? `, ${links.length} listés` : ''})
      </h4>
      {hidden > 0 && (
        <button
          type="button"
          class="primary"
          onClick={() => {
            add(links);
          }}
        >
          Afficher ses {hidden} voisins absents du graphe
        </button>
      )}
      {[...groups].map(([label, group]) => (
        <details key={label} class="link-group" open={group.length <= 6}>
          <summary>
            <span class="edge-type">{label}</span> ({group.length}){' '}
          </summary>
          {group.some((l) => !shown.has(l.other.key)) && (
            <button
              type="button"
              class="link"
              onClick={() => {
                add(group);
              }}
            >
              {group.length === 1
                ? 'Ajouter ce lien au graphe'
                : `Ajouter ces ${group.length} liens au graphe`}
            </button>
          )}
          <ul class="links">
            {group.map(({ edge, other }) => (
              <li key={edge.key}>
                <button
                  type="button"
                  class="link"
                  onClick={() => {
                    add([{ edge, other, outgoing: edge.from === node.key }]);
                    onSelect(other.key);
                  }}
                >
                  {other.label}
                </button>{' '}
                <small>{NODE_KIND_LABEL[other.kind] ?? other.kind}</small>
                {edge.properties
                  .filter((p) => p.key === 'level' || p.key === 'position')
                  .map((p) => ` (${valueLabel(p.value)})`)
                  .join('')}
                <br />
                <SourceRef source={edge.source} />
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}
