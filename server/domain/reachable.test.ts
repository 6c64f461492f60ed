import { describe, expect, it } from 'vitest';
import { planningGraph } from '../../tests/support/planning-fixtures.js';
import { reachableRoles } from './reachable.js';

describe('reachableRoles', () => {
  const ctx = planningGraph(
    { a: { s: 'GENERAL' }, b: { s: 'DEEP' }, c: { s: 'GENERAL' }, d: { t: 'GENERAL' }, far: {} },
    [
      ['a', 'b'],
      ['a', 'd'],
      ['b', 'c'],
      ['c', 'far'],
      ['b', 'a'],
    ],
  );
  const profile = new Map([['s', 'GENERAL' as const]]);

  it('ranks roles within reach by match, then distance, then id', () => {
    expect(reachableRoles(ctx, 'a', profile, 2, 10)).toEqual([
      { roleId: 'c', steps: 2, matchPercent: 100 },
      { roleId: 'b', steps: 1, matchPercent: 33 },
      { roleId: 'd', steps: 1, matchPercent: 0 },
    ]);
  });

  it('respects maxSteps and limit', () => {
    expect(reachableRoles(ctx, 'a', profile, 1, 10).map((r) => r.roleId)).toEqual(['b', 'd']);
    expect(reachableRoles(ctx, 'a', profile, 3, 2).map((r) => r.roleId)).toEqual(['c', 'far']);
  });

  it('keeps to the chosen path families, always allowing moves without one', () => {
    const families = planningGraph({ e: {}, a: {}, m: {}, p: {}, x: {} }, [
      ['e', 'a'],
      ['a', 'm', 'MANAGEMENT'],
      ['a', 'p', 'PRIVATE_SECTOR'],
      ['p', 'x', 'PRIVATE_SECTOR'],
    ]);
    const ids = (chosen: ReadonlySet<'MANAGEMENT' | 'PRIVATE_SECTOR'> | null) =>
      reachableRoles(families, 'e', new Map(), 3, 10, chosen)
        .map((r) => r.roleId)
        .sort();
    expect(ids(null)).toEqual(['a', 'm', 'p', 'x']);
    expect(ids(new Set(['PRIVATE_SECTOR']))).toEqual(['a', 'p', 'x']);
    expect(ids(new Set(['MANAGEMENT']))).toEqual(['a', 'm']);
  });
});
