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
