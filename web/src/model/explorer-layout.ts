import type { LayoutOptions } from 'cytoscape';

/** Above this many elements dagre takes seconds (measured by npm run bench); breadthfirst stays under one. */
export const DAGRE_MAX_ELEMENTS = 600;

/**
 * The explorer's layout: a node's neighbourhood in rings around it; a small graph hierarchical
 * left to right (dagre); a large one in breadth-first levels, which is also hierarchical but linear.
 */
export function explorerLayout(elementCount: number, focused: boolean): LayoutOptions {
  if (focused) {
    return {
      name: 'concentric',
      concentric: (node: { data: (key: string) => unknown }) => (node.data('focused') ? 2 : 1),
      levelWidth: () => 1,
      minNodeSpacing: 12,
      animate: false,
    };
  }
  if (elementCount <= DAGRE_MAX_ELEMENTS) {
    return {
      name: 'dagre',
      rankDir: 'LR',
      nodeSep: 12,
      rankSep: 90,
      animate: false,
    } as LayoutOptions;
  }
  return { name: 'breadthfirst', directed: true, spacingFactor: 0.9, animate: false };
}
