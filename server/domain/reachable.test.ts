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
});
