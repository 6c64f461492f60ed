import { describe, expect, it } from 'vitest';
import type { RoleMatch } from '../api/types.js';
import { avoidKinds, conditionsText } from './reachable.js';

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
  outlook: null,
});

describe('reachable roles, filtered and described', () => {
  const list = [match('a', 90, 30, 2), match('b', 40, 2, 2), match('c', 60, 12, 1)];

  it('turns filters into the condition kinds to avoid', () => {
    expect(avoidKinds(['concours', 'diplome'])).toEqual(['CONCOURS', 'DIPLOMA', 'CERTIFICATION']);
    expect(avoidKinds([])).toEqual([]);
  });

  it('says « aucune » when no condition applies', () => {
    expect(conditionsText(list[0]!)).toBe('aucune');
  });
});
