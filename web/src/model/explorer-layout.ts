import type { ElementDefinition, LayoutOptions, Position } from 'cytoscape';

/**
 * Room along a ring for one node (a node is at most about 125 px wide, and a gap) and between two
 * rings (a node with a three-line label, and a gap), in model pixels.
 */
export const ALONG_RING = 150;
export const BETWEEN_RINGS = 100;

/**
 * Each node's place: the center (ring 0, alone) in the middle, every further ring around the
 * previous one, its nodes evenly spread from the top, clockwise, in the given order. Computed
 * here, in one pass, rather than by Cytoscape's concentric layout, which measures every label
 * and was the explorer's longest task (≈ 0.3 s at 2,000 elements).
 */
export function ringPositions(
  nodes: readonly { id: string; ring: number }[],
): Map<string, Position> {
  const byRing = new Map<number, string[]>();
  for (const { id, ring } of nodes) byRing.set(ring, [...(byRing.get(ring) ?? []), id]);
  const positions = new Map<string, Position>();
  let radius = -BETWEEN_RINGS;
  for (const ring of [...byRing.keys()].sort((a, b) => a - b)) {
    const ids = byRing.get(ring) ?? [];
    radius =
      radius < 0 && ids.length === 1
        ? 0
        : Math.max(radius + BETWEEN_RINGS, (ids.length * ALONG_RING) / (2 * Math.PI));
    ids.forEach((id, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ids.length;
      positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return positions;
}

/**
 * The explorer's layouts, chosen for legibility and for speed (no long task, measured at 2,000
 * elements by npm run bench): a neighbourhood in rings around its center, nearest first (the
 * `ring` of each node, explorer-elements.ts); a path from left to right, in its order.
 */
export function explorerLayout(
  mode: 'neighbourhood' | 'path',
  elements: readonly ElementDefinition[],
): LayoutOptions {
  if (mode === 'path') {
    return { name: 'breadthfirst', directed: false, spacingFactor: 1.1, animate: false };
  }
  const nodes = elements.flatMap((e) =>
    e.group === 'nodes' && e.data.id ? [{ id: e.data.id, ring: Number(e.data.ring ?? 0) }] : [],
  );
  const positions = ringPositions(nodes);
  return {
    name: 'preset',
    positions: (node: { id: () => string }) => positions.get(node.id()) ?? { x: 0, y: 0 },
    fit: true,
    padding: 30,
    animate: false,
  } as LayoutOptions;
}
