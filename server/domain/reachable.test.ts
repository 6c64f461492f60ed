import { describe, expect, it } from 'vitest';
import { planningGraph } from '../../tests/support/planning-fixtures.js';
import { reachableRoles } from './reachable.js';
import type { ConditionRecord } from './records.js';

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
  // a → b asks for a concours.
  const concours: ConditionRecord = {
    id: 'concours-b',
    kind: 'CONCOURS',
    alsoKinds: null,
    label: 'Concours',
    source: 'derived: test',
  };
  ctx.role('a')?.moves[0]?.conditions.push(concours);

  it('ranks every role within reach by match, then distance, then id, with the way and its conditions', () => {
    const found = reachableRoles(ctx, 'a', profile, 2);
    expect(
      found.map(({ roleId, steps, matchPercent, viaRoleIds }) => ({
        roleId,
        steps,
        matchPercent,
        viaRoleIds,
      })),
    ).toEqual([
      { roleId: 'c', steps: 2, matchPercent: 100, viaRoleIds: ['b'] },
      { roleId: 'b', steps: 1, matchPercent: 33, viaRoleIds: [] },
      { roleId: 'd', steps: 1, matchPercent: 0, viaRoleIds: [] },
    ]);
    // The conditions of every move on the way: reaching c goes through a → b.
    expect(found[0]?.conditions).toEqual([concours]);
    expect(found[2]?.conditions).toEqual([]);
    // b needs DEEP where the profile holds GENERAL: the learning time of the missing level.
    expect(found[1]?.estimatedMonths).toBeGreaterThan(0);
  });

  it('respects maxSteps', () => {
    expect(reachableRoles(ctx, 'a', profile, 1).map((r) => r.roleId)).toEqual(['b', 'd']);
    expect(reachableRoles(ctx, 'a', profile, 3).map((r) => r.roleId)).toEqual([
      'c',
      'far',
      'b',
      'd',
    ]);
  });

  it('avoids moves that carry a condition kind (« sans concours »)', () => {
    expect(
      reachableRoles(ctx, 'a', profile, 3, null, new Set(['CONCOURS'])).map((r) => r.roleId),
    ).toEqual(['d']);
    expect(
      reachableRoles(ctx, 'a', profile, 3, null, new Set(['DIPLOMA'])).map((r) => r.roleId),
    ).toHaveLength(4);
  });

  it('keeps to the chosen path families, always allowing moves without one', () => {
    const families = planningGraph({ e: {}, a: {}, m: {}, p: {}, x: {} }, [
      ['e', 'a'],
      ['a', 'm', 'MANAGEMENT'],
      ['a', 'p', 'PRIVATE_SECTOR'],
      ['p', 'x', 'PRIVATE_SECTOR'],
    ]);
    const ids = (chosen: ReadonlySet<'MANAGEMENT' | 'PRIVATE_SECTOR'> | null) =>
      reachableRoles(families, 'e', new Map(), 3, chosen)
        .map((r) => r.roleId)
        .sort();
    expect(ids(null)).toEqual(['a', 'm', 'p', 'x']);
    expect(ids(new Set(['PRIVATE_SECTOR']))).toEqual(['a', 'p', 'x']);
    expect(ids(new Set(['MANAGEMENT']))).toEqual(['a', 'm']);
  });
});
