import { compareFrench } from './french.js';
import type { ElementDefinition } from 'cytoscape';
import type { ExplorerNode } from '../api/types.js';
import { familyColor, kindStyle, ROLE_SHAPE } from './colors.js';
import { distances, type WorkingGraph } from './explorer-graph.js';
import { FAMILY_LABEL } from './labels.js';
import { edgeLabel, NODE_KIND_LABEL } from './graph-labels.js';

export const DEFAULT_CENTER = 'Role:secretaire-medicale';

const shortLabel = (node: ExplorerNode) =>
  node.label.length > 60 ? `${node.label.slice(0, 58)}…` : node.label;

/**
 * The label as drawn: Cytoscape wraps only at spaces, so a long compound word
 * (« médico-administratif(ve) ») would overflow its shape; a zero-width space after each hyphen,
 * slash or en dash and before each parenthesis lets it wrap there too.
 */
export const drawnLabel = (label: string) =>
  label.replace(/([-/–])(?=\S)/g, '$1\u200b').replace(/(?<=\S)\(/g, '\u200b(');

/** A node's look: roles filled with their family's colour, other kinds outlined, each its shape. */
export function nodeLook(node: Pick<ExplorerNode, 'kind' | 'family'>) {
  if (node.kind === 'Role') {
    return { color: familyColor(node.family), shape: ROLE_SHAPE, filled: 1 };
  }
  const { color, shape } = kindStyle(node.kind);
  return { color, shape, filled: 0 };
}

/** Nodes per ring around the center: more, and the labels get too small to read. */
export const RING_SIZE = 16;

/**
 * Each node's ring: nearer nodes on inner rings, and no ring holds more than RING_SIZE nodes
 * (a distance with more spreads over several rings), grouped by kind then label.
 */
function rings(nodes: readonly ExplorerNode[], distance: ReadonlyMap<string, number>) {
  const byDistance = new Map<number, ExplorerNode[]>();
  for (const n of nodes) {
    const d = distance.get(n.key) ?? 9;
    byDistance.set(d, [...(byDistance.get(d) ?? []), n]);
  }
  const ring = new Map<string, number>();
  let next = 0;
  for (const d of [...byDistance.keys()].sort((a, b) => a - b)) {
    const group = (byDistance.get(d) ?? []).sort(
      (a, b) => a.kind.localeCompare(b.kind) || compareFrench(a.label, b.label),
    );
    group.forEach((n, i) => ring.set(n.key, next + Math.floor(i / RING_SIZE)));
    next += Math.ceil(group.length / RING_SIZE);
  }
  return ring;
}

/**
 * The working graph as Cytoscape elements: kinds a person hid are left out (the center never
 * is); every label in French (« requiert », « mène à »…), every node's distance to the center
 * kept for the rings of the layout.
 */
export function toExplorerElements(
  graph: WorkingGraph,
  hiddenKinds: ReadonlySet<string>,
): ElementDefinition[] {
  const distance = distances(graph);
  const shown = [...graph.nodes.values()].filter(
    (n) => n.key === graph.center || !hiddenKinds.has(n.kind),
  );
  const visible = new Set(shown.map((n) => n.key));
  const ring = rings(shown, distance);
  const nodes: ElementDefinition[] = shown.map((n) => ({
    group: 'nodes',
    data: {
      id: n.key,
      label: shortLabel(n),
      drawn: drawnLabel(shortLabel(n)),
      kind: n.kind,
      ...nodeLook(n),
      focused: n.key === graph.center ? 1 : 0,
      pinned: graph.pinned.has(n.key) ? 1 : 0,
      distance: distance.get(n.key) ?? 9,
      ring: ring.get(n.key) ?? 0,
    },
  }));
  const edges: ElementDefinition[] = [...graph.edges.values()]
    .filter((e) => visible.has(e.from) && visible.has(e.to))
    .map((e) => ({
      group: 'edges',
      data: { id: e.key, source: e.from, target: e.to, label: edgeLabel(e.type) },
    }));
  return [...nodes, ...edges];
}

/** The legend of what is drawn: each path family of the roles shown, then each other kind. */
export function legendOf(nodes: Iterable<Pick<ExplorerNode, 'kind' | 'family'>>) {
  const entries = new Map<string, { label: string; color: string; filled: boolean }>();
  for (const node of nodes) {
    const look = nodeLook(node);
    const label =
      node.kind === 'Role'
        ? `Métier — ${node.family ? FAMILY_LABEL[node.family] : 'actuel ou d’entrée'}`
        : (NODE_KIND_LABEL[node.kind] ?? node.kind);
    entries.set(label, { label, color: look.color, filled: look.filled === 1 });
  }
  return [...entries.values()].sort((a, b) => compareFrench(a.label, b.label));
}
