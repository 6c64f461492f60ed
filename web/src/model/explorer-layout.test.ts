import { describe, expect, it } from 'vitest';
import { explorerLayout } from './explorer-layout.js';

describe('explorerLayout', () => {
  it('rings a neighbourhood by distance, and lays a path out in order', () => {
    const rings = explorerLayout('neighbourhood') as {
      name: string;
      concentric: (n: unknown) => number;
    };
    expect(rings.name).toBe('concentric');
    const at = (ring: number) => rings.concentric({ data: () => ring });
    expect(at(0)).toBeGreaterThan(at(1));
    expect(at(1)).toBeGreaterThan(at(2));
    expect(explorerLayout('path').name).toBe('breadthfirst');
  });
});
