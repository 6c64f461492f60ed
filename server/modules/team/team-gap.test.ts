import { describe, expect, it } from 'vitest';
import { block, planningGraph } from '../../../tests/support/planning-fixtures.js';
import type { Profile } from '../../domain/profile.js';
import { readinessOf, teamGap, type TeamMember } from './team-gap.js';

const member = (id: string, levels: Record<string, 'GENERAL' | 'OPERATIONAL' | 'DEEP'> = {}) =>
  ({
    id,
    currentRoleId: 'start',
    profile: new Map(Object.entries(levels)) as Profile,
  }) satisfies TeamMember;

describe('readinessOf', () => {
  it('bands the estimated months: none, under a year, up to three years, more', () => {
    expect([0, 0.625, 11.9, 12, 36, 36.5].map(readinessOf)).toEqual([
      'READY',
      'UNDER_12_MONTHS',
      'UNDER_12_MONTHS',
      'ONE_TO_THREE_YEARS',
      'ONE_TO_THREE_YEARS',
      'LONGER',
    ]);
  });
});

describe('teamGap', () => {
  // x needs a (OPERATIONAL) and b (GENERAL); y needs c (DEEP). Block 1 teaches a up to GENERAL
  // (partly) and b; block 2 teaches a up to OPERATIONAL. Nothing teaches c.
  const ctx = planningGraph(
    { start: {}, x: { a: 'OPERATIONAL', b: 'GENERAL' }, y: { c: 'DEEP' } },
    [],
    [block('b1', 1, { a: 'GENERAL', b: 'GENERAL' }), block('b2', 2, { a: 'OPERATIONAL' })],
  );
  const x = ctx.role('x')!;
  const y = ctx.role('y')!;

  it('gives each person the best role of several: highest match, then least effort', () => {
    // Ann holds a: x matches her better. Bob holds nothing: x costs 14.125 months, y 42.
    const team = [member('ann', { a: 'OPERATIONAL' }), member('bob')];
    const forward = teamGap(ctx, team, [x, y]);
    const backward = teamGap(ctx, team, [y, x]);
    expect(forward.members.map((m) => [m.memberId, m.roleId])).toEqual([
      ['ann', 'x'],
      ['bob', 'x'],
    ]);
    expect(backward.members.map((m) => m.roleId)).toEqual(forward.members.map((m) => m.roleId));
  });

  it('counts the people per training item, with the level and the months it represents', () => {
    const result = teamGap(ctx, [member('ann'), member('bob', { a: 'GENERAL' })], [x]);
    expect(result.needs).toEqual([
      // b1-a: only Ann (Bob already holds a at GENERAL, which is all b1 teaches).
      {
        blockId: 'b1',
        itemId: 'b1-a',
        people: 1,
        level: 'GENERAL',
        levelDerived: true,
        totalMonths: 13.5,
        maxMonths: 13.5,
      },
      {
        blockId: 'b1',
        itemId: 'b1-b',
        people: 2,
        level: 'GENERAL',
        levelDerived: true,
        totalMonths: 1.25,
        maxMonths: 0.625,
      },
      // b2-a: both need a at OPERATIONAL: 13.5 months from nothing, 12.875 from GENERAL.
      {
        blockId: 'b2',
        itemId: 'b2-a',
        people: 2,
        level: 'OPERATIONAL',
        levelDerived: true,
        totalMonths: 26.375,
        maxMonths: 13.5,
      },
    ]);
    expect(result.uncovered).toEqual([]);
  });

  it('lists what no block teaches, most needed first, and sums the team up', () => {
    const team = [member('ann'), member('bob'), member('cid', { c: 'DEEP' })];
    const result = teamGap(ctx, team, [y]);
    expect(result.uncovered).toEqual([
      { skillId: 'c', people: 2, requiredLevel: 'DEEP', levelDerived: true },
    ]);
    expect(result.members.map((m) => m.readiness)).toEqual(['LONGER', 'LONGER', 'READY']);
    expect(result.summary).toEqual({
      headcount: 3,
      averageMatch: 100 / 3,
      readyWithin12Months: 1,
      topMissing: [{ skillId: 'c', people: 2, requiredLevel: 'DEEP', levelDerived: true }],
    });
  });
});
