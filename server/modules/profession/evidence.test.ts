import { describe, expect, it } from 'vitest';
import { evidenceFor, stanceOf, themesOf } from './evidence.js';
import type { StatementRecord } from '../../domain/records.js';

const statement = (
  number: number,
  disagreePercent: number,
  agreePercent: number,
  targets: string[],
  theme = 'T',
): StatementRecord => ({
  id: `q${number}`,
  number,
  theme,
  text: `énoncé ${number}`,
  disagreePercent,
  agreePercent,
  neutralPercent: null,
  studyStance: null,
  stanceSource: null,
  source: 's',
  bearsOn: targets.map((id) => ({ id, kind: 'Skill', name: id, source: 'derived: test' })),
});

describe('stanceOf', () => {
  it('calls a statement agreed with half of the answers and a lead of 10 points, rejected with a lead of 10 points against it', () => {
    expect(stanceOf({ disagreePercent: 15, agreePercent: 50 })).toBe('AGREE');
    expect(stanceOf({ disagreePercent: 45, agreePercent: 54 })).toBe('DIVIDED');
    expect(stanceOf({ disagreePercent: 29, agreePercent: 40 })).toBe('DIVIDED');
    expect(stanceOf({ disagreePercent: 34, agreePercent: 35 })).toBe('DIVIDED');
    expect(stanceOf({ disagreePercent: 62, agreePercent: 20 })).toBe('DISAGREE');
    expect(stanceOf({ disagreePercent: 40, agreePercent: 30 })).toBe('DISAGREE');
    // Q33: 41 % against, 38 % for — three points, one or two answers: divided, not rejected.
    expect(stanceOf({ disagreePercent: 41, agreePercent: 38 })).toBe('DIVIDED');
    expect(stanceOf({ disagreePercent: 40, agreePercent: 40 })).toBe('DIVIDED');
  });

  it("takes the study's own word where it characterises a statement", () => {
    // Q31: 46 % against, 28 % for, which the study calls « avis partagés » (l. 3224-3230).
    expect(stanceOf({ disagreePercent: 46, agreePercent: 28, studyStance: 'DIVIDED' })).toBe(
      'DIVIDED',
    );
    expect(stanceOf({ disagreePercent: 46, agreePercent: 28, studyStance: null })).toBe('DISAGREE');
  });
});

describe('evidenceFor', () => {
  it('sorts what bears on a node into for, against and divided, strongest first', () => {
    const statements = [
      statement(3, 5, 70, ['s']),
      statement(1, 60, 9, ['s']),
      statement(7, 0, 98, ['s', 'other']),
      statement(2, 67, 7, ['s']),
      statement(5, 30, 22, ['other']),
      statement(9, 33, 36, ['s']),
      statement(4, 29, 40, ['s']),
    ];
    const evidence = evidenceFor(statements, 's');
    expect(evidence.agree.map((s) => s.number)).toEqual([7, 3]);
    expect(evidence.disagree.map((s) => s.number)).toEqual([2, 1]);
    expect(evidence.divided.map((s) => s.number)).toEqual([4, 9]);
    expect(evidenceFor(statements, 'nothing')).toEqual({ agree: [], disagree: [], divided: [] });
  });
});

describe('themesOf', () => {
  it('lists themes in the order of their first statement, whatever the input order', () => {
    const statements = [
      statement(58, 0, 90, [], 'Thème 4'),
      statement(2, 0, 90, [], 'Thème 1'),
      statement(57, 0, 90, [], 'Thème 4'),
      statement(30, 0, 90, [], 'Thème 2'),
      statement(1, 0, 90, [], 'Thème 1'),
    ];
    expect(themesOf(statements)).toEqual([
      { title: 'Thème 1', count: 2 },
      { title: 'Thème 2', count: 1 },
      { title: 'Thème 4', count: 2 },
    ]);
  });
});
