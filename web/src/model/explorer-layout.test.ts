import { describe, expect, it } from 'vitest';
import { DAGRE_MAX_ELEMENTS, explorerLayout } from './explorer-layout.js';

describe('explorerLayout', () => {
  it('rings a focused node, lays a small graph out with dagre and a large one breadth-first', () => {
    expect(explorerLayout(10, true).name).toBe('concentric');
    expect(explorerLayout(DAGRE_MAX_ELEMENTS, false).name).toBe('dagre');
    expect(explorerLayout(DAGRE_MAX_ELEMENTS + 1, false).name).toBe('breadthfirst');
  });
});
