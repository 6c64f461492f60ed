import { describe, expect, it } from 'vitest';
import type { MissingSkill } from './gap.js';
import { counts, withEvidence } from './level-evidence.js';

describe('level evidence', () => {
  it('HR asking for validated levels: a declared level above the job’s does not count, one below does', () => {
    expect(counts({ level: 'DEEP', kind: 'DECLARED' }, 'OPERATIONAL', 'VALIDATED')).toBe(false);
    expect(counts({ level: 'DEEP', kind: 'VALIDATED' }, 'OPERATIONAL', 'VALIDATED')).toBe(true);
    expect(counts({ level: 'DEEP', kind: 'CERTIFIED' }, undefined, 'VALIDATED')).toBe(true);
    expect(counts({ level: 'GENERAL', kind: 'DECLARED' }, 'OPERATIONAL', 'CERTIFIED')).toBe(true);
    expect(counts({ level: null, kind: 'DECLARED' }, 'OPERATIONAL', 'CERTIFIED')).toBe(true);
    expect(counts({ level: 'DEEP', kind: 'VALIDATED' }, 'GENERAL', 'CERTIFIED')).toBe(false);
    expect(counts({ level: 'DEEP', kind: 'DECLARED' }, 'GENERAL', 'DECLARED')).toBe(true);
  });

  it('tells how a current level is known only when it is the one she gave', () => {
    const missing = (skillId: string, currentLevel: MissingSkill['currentLevel']) =>
      ({ skillId, currentLevel, requiredLevel: 'DEEP' }) as MissingSkill;
    const given = new Map([
      ['a', { level: 'GENERAL' as const, kind: 'VALIDATED' as const, date: '2026-03-12' }],
      ['b', { level: 'GENERAL' as const, kind: 'DECLARED' as const, date: null }],
      ['c', { level: null, kind: 'CERTIFIED' as const, date: null }],
    ]);
    const out = withEvidence(
      [
        missing('a', 'GENERAL'),
        missing('b', 'OPERATIONAL'),
        missing('c', null),
        missing('d', null),
      ],
      given,
    );
    expect(out.map((m) => m.evidence ?? null)).toEqual([
      { kind: 'VALIDATED', date: '2026-03-12' },
      null, // raised by a route's earlier step: no longer hers as given
      null, // « aucune » has nothing to prove
      null,
    ]);
  });
});
