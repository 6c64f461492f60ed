import type { StylesheetJson } from 'cytoscape';

/** Cytoscape style shared by the route lanes, the explorer and the render benchmark. */
export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      label: 'data(label)',
      color: '#ffffff',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      'text-valign': 'center',
      'text-halign': 'center',
      shape: 'round-rectangle',
      width: 170,
      height: 56,
      'border-width': 0,
      // Labels too small to read are not drawn: a large graph renders faster when zoomed out.
      'min-zoomed-font-size': 7,
    },
  },
  // The explorer: roles filled, other kinds outlined in their colour, each kind its shape, and
  // smaller boxes with larger text than the route lanes, so that a ring of 16 stays legible.
  {
    selector: 'node[shape]',
    style: {
      shape: 'data(shape)' as never,
      width: 132,
      height: 62,
      'font-size': 12,
      'text-max-width': '122px',
    },
  },
  {
    selector: 'node[filled = 0]',
    style: {
      'background-color': '#ffffff',
      'border-width': 3,
      'border-color': 'data(color)',
      color: '#1f2937',
    },
  },
  // A label with its wrapping points (explorer-elements.ts drawnLabel), where one is given.
  { selector: 'node[drawn]', style: { label: 'data(drawn)' } },
  { selector: 'node[pinned = 1]', style: { 'border-style': 'double', 'border-width': 6 } },
  {
    selector: 'node[focused = 1], node:selected',
    style: { 'border-width': 4, 'border-color': '#f5b800' },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#1f2937',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-background-padding': '2px',
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'edge[!color]', style: { 'line-color': '#6b7280', 'target-arrow-color': '#6b7280' } },
];
