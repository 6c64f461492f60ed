import { describe, expect, it } from 'vitest';
import { block, planningGraph, SHEET_LEVELS } from '../../tests/support/planning-fixtures.js';
import { LevelScale } from './levels.js';
import { matchPercent } from './gap.js';

describe('LevelScale', () => {
  const scale = new LevelScale(SHEET_LEVELS);

  it('takes the middle of each acquisition range, and differences between levels', () => {
    expect(scale.monthsTo('GENERAL')).toBe(0.625);
    expect(scale.monthsTo('OPERATIONAL')).toBe(13.5);
    expect(scale.monthsTo('DEEP')).toBe(42);
    expect(scale.monthsBetween(null, 'DEEP')).toBe(42);
    expect(scale.monthsBetween('OPERATIONAL', 'DEEP')).toBe(28.5);
    expect(scale.monthsBetween('DEEP', 'GENERAL')).toBe(0);
  });

  it('refuses an incomplete scale', () => {
    expect(() => new LevelScale(SHEET_LEVELS.slice(0, 2))).toThrow(
      /GENERAL, OPERATIONAL, DEEP once each/,
    );
  });
});

describe('matchPercent', () => {
  const requirements = [
    { skillId: 'a', level: 'DEEP' as const, source: 's', levelSource: 's' },
    { skillId: 'b', level: 'GENERAL' as const, source: 's', levelSource: 's' },
  ];

  it('counts held levels against required levels', () => {
    expect(matchPercent(new Map(), requirements)).toBe(0);
    expect(matchPercent(new Map([['a', 'OPERATIONAL']]), requirements)).toBe(50);
    expect(
      matchPercent(
        new Map([
          ['a', 'DEEP'],
          ['b', 'DEEP'],
        ]),
        requirements,
      ),
    ).toBe(100);
    expect(matchPercent(new Map(), [])).toBe(100);
  });
});

describe('computeGap', () => {
  const ctx = planningGraph(
    { target: { a: 'DEEP', b: 'OPERATIONAL', c: 'GENERAL', d: 'OPERATIONAL' } },
    [],
    [
      block('second', 2, { a: 'OPERATIONAL', b: 'OPERATIONAL' }),
      block('first', 1, { b: 'GENERAL', a: 'DEEP' }),
    ],
  );
  const target = ctx.role('target')!;

  it('lists what is missing, longest to learn first, with the training that closes it', () => {
    const gap = ctx.gap(
      target,
      new Map([
        ['a', 'OPERATIONAL'],
        ['d', 'DEEP'],
      ]),
    );
    expect(
      gap.missing.map((m) => [m.skillId, m.currentLevel, m.requiredLevel, m.months, m.coverage]),
    ).toEqual([
      ['a', 'OPERATIONAL', 'DEEP', 28.5, 'FULL'],
      ['b', null, 'OPERATIONAL', 13.5, 'FULL'],
      ['c', null, 'GENERAL', 0.625, 'NONE'],
    ]);
    expect(gap.uncoveredSkillIds).toEqual(['c']);
    expect(gap.cost).toBe(42.625);
    expect(gap.estimatedMonths).toBe(28.5);
    expect(gap.matchPercent).toBe(50); // ranks held 2 (a) + 2 (d, capped) of 3 + 2 + 1 + 2 required
  });

  it('offers only training that raises a skill above the current level, blocks in their order', () => {
    const gap = ctx.gap(target, new Map([['a', 'OPERATIONAL']]));
    const a = gap.missing.find((m) => m.skillId === 'a');
    expect(a?.offers.map((o) => `${o.blockId}:${o.level}`)).toEqual(['first:DEEP']);
    expect(gap.blocks.map((b) => [b.blockId, b.skillIds])).toEqual([
      ['first', ['a', 'b']],
      ['second', ['b']],
    ]);
  });

  it('says when training exists but stops below the required level', () => {
    const partial = planningGraph(
      { t: { x: 'DEEP' } },
      [],
      [block('only', 1, { x: 'OPERATIONAL' })],
    );
    expect(partial.gap(partial.role('t')!, new Map()).missing[0]?.coverage).toBe('PARTIAL');
  });
});
