import { describe, expect, it } from 'vitest';
import { askedStatements, placement, positionedLevels, type Answers } from './positioning.js';

// Listed highest first, with two statements at the operational level: nothing rests on the order.
const statements = [
  { id: 'd1', level: 'DEEP' as const },
  { id: 'o2', level: 'OPERATIONAL' as const },
  { id: 'g1', level: 'GENERAL' as const },
  { id: 'o1', level: 'OPERATIONAL' as const },
];

describe('the positioning scoring', () => {
  it('holds a level when it and every level below are done alone', () => {
    expect(placement(statements, { g1: 'ALONE', o1: 'ALONE', o2: 'ALONE', d1: 'ALONE' })).toEqual({
      level: 'DEEP',
      done: true,
      towards: null,
    });
    expect(placement(statements, { g1: 'ALONE', o1: 'ALONE', o2: 'ALONE', d1: 'NEVER' })).toEqual({
      level: 'OPERATIONAL',
      done: true,
      towards: null,
    });
  });

  it('stops at the first level not done alone: one statement with help is enough, and says she is on her way', () => {
    expect(placement(statements, { g1: 'ALONE', o1: 'ALONE', o2: 'WITH_HELP' })).toEqual({
      level: 'GENERAL',
      done: true,
      towards: 'OPERATIONAL',
    });
    // What she says of a higher level does not lift a level she does not hold.
    expect(placement(statements, { g1: 'NEVER', o1: 'ALONE', o2: 'ALONE', d1: 'ALONE' })).toEqual({
      level: null,
      done: true,
      towards: null,
    });
  });

  it('does not place her while a statement it needs is unanswered', () => {
    expect(placement(statements, { g1: 'ALONE', o1: 'ALONE' })).toEqual({
      level: 'GENERAL',
      done: false,
      towards: null,
    });
    expect(placement(statements, {}).done).toBe(false);
  });

  it('asks a level only once every statement below it is done alone', () => {
    const ids = (answers: Answers) => askedStatements(statements, answers).map((s) => s.id);
    expect(ids({})).toEqual(['g1']);
    expect(ids({ g1: 'WITH_HELP' })).toEqual(['g1']);
    expect(ids({ g1: 'ALONE' })).toEqual(['g1', 'o2', 'o1']);
    expect(ids({ g1: 'ALONE', o1: 'ALONE' })).toEqual(['g1', 'o2', 'o1']);
    expect(ids({ g1: 'ALONE', o1: 'ALONE', o2: 'ALONE' })).toEqual(['g1', 'o2', 'o1', 'd1']);
  });

  it('gives a level only for the skills she finished; « jamais » from the start is « aucune »', () => {
    const items = [
      { skillId: 'done', statements },
      { skillId: 'none', statements: [{ id: 'n1', level: 'GENERAL' as const }] },
      {
        skillId: 'half',
        statements: [
          { id: 'h1', level: 'GENERAL' as const },
          { id: 'h2', level: 'OPERATIONAL' as const },
        ],
      },
      { skillId: 'no-statements', statements: [] },
    ];
    expect(
      positionedLevels(items, {
        g1: 'ALONE',
        o1: 'ALONE',
        o2: 'ALONE',
        d1: 'WITH_HELP',
        n1: 'NEVER',
        h1: 'ALONE',
      }),
    ).toEqual({ done: 'OPERATIONAL', none: null });
  });
});
