import cytoscape, { type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { explorerLayout } from '../src/model/explorer-layout.js';
import { graphStyle } from '../src/model/graph-style.js';

cytoscape.use(dagre);

/** A graph of `count` elements (40 % nodes, 60 % edges), deterministic, shaped like the explorer's. */
function syntheticElements(count: number): ElementDefinition[] {
  const nodes = Math.round(count * 0.4);
  const edges = count - nodes;
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < nodes; i++)
    elements.push({ group: 'nodes', data: { id: `n${i}`, label: `Nœud ${i}`, color: '#1f5fa8' } });
  for (let i = 0; i < edges; i++) {
    const source = Math.floor(random() * nodes);
    const target = Math.floor(random() * nodes);
    elements.push({
      group: 'edges',
      data: {
        id: `e${i}`,
        source: `n${source}`,
        target: `n${target === source ? (target + 1) % nodes : target}`,
        label: 'REQUIRES',
      },
    });
  }
  return elements;
}

/** Milliseconds from creating the graph to its laid-out first frame, with the explorer's layout. */
function renderBench(count: number): Promise<number> {
  const container = document.getElementById('cy');
  if (!container) throw new Error('no container');
  const started = performance.now();
  const cy = cytoscape({
    container,
    elements: syntheticElements(count),
    style: graphStyle,
    layout: { name: 'preset' },
  });
  const layout = cy.layout(explorerLayout(count, false));
  return new Promise((resolve) => {
    layout.one('layoutstop', () => {
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const elapsed = performance.now() - started;
          cy.destroy();
          resolve(elapsed);
        }),
      );
    });
    layout.run();
  });
}

(window as unknown as { renderBench: typeof renderBench }).renderBench = renderBench;
