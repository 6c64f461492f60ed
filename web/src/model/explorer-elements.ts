import type { ElementDefinition } from 'cytoscape';
import type { ExplorerGraph, ExplorerNode, PathFamily } from '../api/types.js';
import { familyColor, KIND_COLOR, NO_FAMILY_COLOR } from './colors.js';

export interface ExplorerFilters {
  /** Node kinds shown (Role, Skill, …). */
  kinds: ReadonlySet<string>;
  /** Path families of the roles shown; empty: every role. */
  families: ReadonlySet<PathFamily>;
  /** Show only this node and its direct neighbours. */
  focus: string | null;
}

export const DEFAULT_KINDS = [
  'Role',
  'Activity',
  'Skill',
  'TrainingBlock',
  'TrainingItem',
  'Scenario',
];

const shortLabel = (node: ExplorerNode) =>
  node.label.length > 48 ? `${node.label.slice(0, 46)}…` : node.label;

function visibleNodes(graph: ExplorerGraph, filters: ExplorerFilters): Set<string> {
  const keep = (node: ExplorerNode) =>
    filters.kinds.has(node.kind) &&
    (node.kind !== 'Role' ||
      filters.families.size === 0 ||
      (node.family !== null && filters.families.has(node.family)));
  const visible = new Set(graph.nodes.filter(keep).map((n) => n.key));
  if (!filters.focus) return visible;
  const around = new Set([filters.focus]);
  for (const edge of graph.edges) {
    if (edge.from === filters.focus && visible.has(edge.to)) around.add(edge.to);
    if (edge.to === filters.focus && visible.has(edge.from)) around.add(edge.from);
  }
  return around;
}

/** The explorer graph as Cytoscape elements, after the kind, family and neighbourhood filters. */
export function toExplorerElements(
  graph: ExplorerGraph,
  filters: ExplorerFilters,
): ElementDefinition[] {
  const visible = visibleNodes(graph, filters);
  const nodes: ElementDefinition[] = graph.nodes
    .filter((n) => visible.has(n.key))
    .map((n) => ({
      group: 'nodes',
      data: {
        id: n.key,
        label: shortLabel(n),
        kind: n.kind,
        color: n.kind === 'Role' ? familyColor(n.family) : (KIND_COLOR[n.kind] ?? NO_FAMILY_COLOR),
        focused: n.key === filters.focus ? 1 : 0,
      },
    }));
  const edges: ElementDefinition[] = graph.edges
    .filter((e) => visible.has(e.from) && visible.has(e.to))
    .map((e) => ({
      group: 'edges',
      data: { id: e.key, source: e.from, target: e.to, label: e.type },
    }));
  return [...nodes, ...edges];
}

/** The links of one node, for the side panel: direction, type and the node at the other end. */
export function linksOf(graph: ExplorerGraph, key: string) {
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  return graph.edges
    .filter((e) => e.from === key || e.to === key)
    .flatMap((edge) => {
      const other = byKey.get(edge.from === key ? edge.to : edge.from);
      return other ? [{ edge, other, outgoing: edge.from === key }] : [];
    });
}
