import type { LayoutOptions } from 'cytoscape';

/**
 * The explorer's layouts, chosen for legibility and for speed (no long task: both are linear in
 * the number of nodes, measured at 2,000 elements by npm run bench): a neighbourhood in rings
 * around its center, nearest first; a path from left to right, in its order.
 */
export function explorerLayout(mode: 'neighbourhood' | 'path'): LayoutOptions {
  if (mode === 'path') {
    return { name: 'breadthfirst', directed: false, spacingFactor: 1.1, animate: false };
  }
  return {
    name: 'concentric',
    concentric: (node: { data: (key: string) => unknown }) => 100 - Number(node.data('ring')),
    levelWidth: () => 1,
    minNodeSpacing: 18,
    spacingFactor: 1,
    avoidOverlap: true,
    animate: false,
  };
}
