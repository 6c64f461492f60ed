import { describe, expect, it } from 'vitest';
import { ALONG_RING, BETWEEN_RINGS, explorerLayout, ringPositions } from './explorer-layout.js';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('ringPositions', () => {
  // Given out of ring order, as a working graph may list them.
  const nodes = [
    ...Array.from({ length: 16 }, (_, i) => ({ id: `far-${i}`, ring: 2 })),
    { id: 'center', ring: 0 },
    ...Array.from({ length: 3 }, (_, i) => ({ id: `near-${i}`, ring: 1 })),
  ];
  const at = ringPositions(nodes);
  const radius = (id: string) => distance(at.get(id) ?? { x: NaN, y: NaN }, { x: 0, y: 0 });

  it('puts the center in the middle and each further ring outside the previous one', () => {
    expect(radius('center')).toBe(0);
    expect(radius('near-0')).toBeCloseTo(BETWEEN_RINGS);
    expect(radius('far-0')).toBeGreaterThanOrEqual(radius('near-0') + BETWEEN_RINGS);
    // A ring's nodes are all on it.
    for (let i = 1; i < 16; i++) expect(radius(`far-${i}`)).toBeCloseTo(radius('far-0'));
  });

  it('leaves room for a label between neighbours on a ring, the first at the top', () => {
    for (let i = 0; i < 16; i++) {
      const here = at.get(`far-${i}`) ?? { x: 0, y: 0 };
      const next = at.get(`far-${(i + 1) % 16}`) ?? { x: 0, y: 0 };
      expect(distance(here, next)).toBeGreaterThanOrEqual(ALONG_RING * 0.95);
    }
    expect(at.get('near-0')?.x).toBeCloseTo(0);
    expect(at.get('near-0')?.y).toBeLessThan(0);
  });
});

describe('explorerLayout', () => {
  it('places a neighbourhood by its rings, and lays a path out in order', () => {
    const layout = explorerLayout('neighbourhood', [
      { group: 'nodes', data: { id: 'a', ring: 0 } },
      { group: 'nodes', data: { id: 'b', ring: 1 } },
      { group: 'edges', data: { id: 'e', source: 'a', target: 'b' } },
    ]) as unknown as { name: string; positions: (n: { id: () => string }) => { x: number } };
    expect(layout.name).toBe('preset');
    expect(
      distance(layout.positions({ id: () => 'a' }) as { x: number; y: number }, { x: 0, y: 0 }),
    ).toBe(0);
    expect(explorerLayout('path', []).name).toBe('breadthfirst');
  });
});
