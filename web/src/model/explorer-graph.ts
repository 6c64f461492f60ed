import type { ExplorerEdge, ExplorerNode } from '../api/types.js';

/**
 * What the explorer shows: a working set of nodes and links that grows as a person expands
 * nodes and shrinks as they collapse or remove them (the way Neo4j Bloom works), never the whole
 * graph. Pure data; every change returns a new set.
 */
export interface WorkingGraph {
  center: string;
  nodes: ReadonlyMap<string, ExplorerNode>;
  edges: ReadonlyMap<string, ExplorerEdge>;
  /** Who brought each node in (the node expanded), to collapse it again. */
  broughtBy: ReadonlyMap<string, string>;
  pinned: ReadonlySet<string>;
}

export interface Fetched {
  nodes: readonly ExplorerNode[];
  edges: readonly ExplorerEdge[];
}

export function startAt(center: string, fetched: Fetched): WorkingGraph {
  return merge(
    { center, nodes: new Map(), edges: new Map(), broughtBy: new Map(), pinned: new Set() },
    fetched,
    center,
  );
}

/** Adds what a neighbourhood or a path brought; nodes already shown keep who brought them. */
export function merge(graph: WorkingGraph, fetched: Fetched, by: string): WorkingGraph {
  const nodes = new Map(graph.nodes);
  const broughtBy = new Map(graph.broughtBy);
  for (const node of fetched.nodes) {
    if (!nodes.has(node.key) && node.key !== graph.center) broughtBy.set(node.key, by);
    nodes.set(node.key, node);
  }
  const edges = new Map(graph.edges);
  for (const edge of fetched.edges) edges.set(edge.key, edge);
  return { ...graph, nodes, edges, broughtBy };
}

function without(graph: WorkingGraph, drop: ReadonlySet<string>): WorkingGraph {
  const nodes = new Map([...graph.nodes].filter(([key]) => !drop.has(key)));
  const edges = new Map([...graph.edges].filter(([, e]) => nodes.has(e.from) && nodes.has(e.to)));
  const broughtBy = new Map([...graph.broughtBy].filter(([key]) => nodes.has(key)));
  const pinned = new Set([...graph.pinned].filter((key) => nodes.has(key)));
  return { ...graph, nodes, edges, broughtBy, pinned };
}

/**
 * Collapses a node: what it brought in goes (and what those brought, in turn), except pinned
 * nodes and the center.
 */
export function collapse(graph: WorkingGraph, key: string): WorkingGraph {
  const drop = new Set<string>();
  const visit = (by: string) => {
    for (const [node, bringer] of graph.broughtBy) {
      if (bringer === by && !drop.has(node) && !graph.pinned.has(node) && node !== graph.center) {
        drop.add(node);
        visit(node);
      }
    }
  };
  visit(key);
  return without(graph, drop);
}

/** Takes one node off the picture (never the center). */
export const removeNode = (graph: WorkingGraph, key: string): WorkingGraph =>
  key === graph.center ? graph : without(collapse(graph, key), new Set([key]));

export function togglePin(graph: WorkingGraph, key: string): WorkingGraph {
  const pinned = new Set(graph.pinned);
  if (pinned.has(key)) pinned.delete(key);
  else pinned.add(key);
  return { ...graph, pinned };
}

/** The links of one node among these: direction, type and the node at the other end. */
export function linksOf(
  nodes: ReadonlyMap<string, ExplorerNode>,
  edges: Iterable<ExplorerEdge>,
  key: string,
) {
  return [...edges]
    .filter((e) => e.from === key || e.to === key)
    .flatMap((edge) => {
      const other = nodes.get(edge.from === key ? edge.to : edge.from);
      return other ? [{ edge, other, outgoing: edge.from === key }] : [];
    });
}

/** How far each node is from the center over the links shown (for rings around it). */
export function distances(graph: WorkingGraph): Map<string, number> {
  const near = new Map<string, string[]>();
  for (const e of graph.edges.values()) {
    near.set(e.from, [...(near.get(e.from) ?? []), e.to]);
    near.set(e.to, [...(near.get(e.to) ?? []), e.from]);
  }
  const distance = new Map([[graph.center, 0]]);
  let frontier = [graph.center];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const key of frontier)
      for (const other of near.get(key) ?? [])
        if (!distance.has(other)) {
          distance.set(other, (distance.get(key) ?? 0) + 1);
          next.push(other);
        }
    frontier = next;
  }
  return distance;
}
