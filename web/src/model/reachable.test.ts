import { describe, expect, it } from 'vitest';
import type { RoleMatch } from '../api/types.js';
import { avoidKinds, conditionsText, sortMatches } from './reachable.js';

const match = (
  id: string,
  matchPercent: number,
  estimatedMonths: number,
  steps: number,
): RoleMatch => ({
  role: { id, title: id, family: null, sector: 'FPH' },
  matchPercent,
  estimatedMonths,
  steps,
  via: [],
  conditions: [],
});

describe('reachable roles, sorted and filtered', () => {
  // Best match is neither the shortest nor the nearest: each sort gives its own order.
  const list = [match('a', 90, 30, 2), match('b', 40, 2, 2), match('c', 60, 12, 1)];

  it('sorts by match, duration or steps', () => {
    const ids = (by: Parameters<typeof sortMatches>[1]) =>
      sortMatches(list, by).map((m) => m.role.id);
    expect(ids('match')).toEqual(['a', 'c', 'b']);
    expect(ids('duration')).toEqual(['b', 'c', 'a']);
    expect(ids('steps')).toEqual(['c', 'a', 'b']);
  });

  it('turns filters into the condition kinds to avoid', () => {
    expect(avoidKinds(['concours', 'diplome'])).toEqual(['CONCOURS', 'DIPLOMA', 'CERTIFICATION']);
    expect(avoidKinds([])).toEqual([]);
  });

  it('says « aucune » when no condition applies', () => {
    expect(conditionsText(list[0]!)).toBe('aucune');
  });
});
