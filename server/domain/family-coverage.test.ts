import { describe, expect, it } from 'vitest';
import { block, planningGraph } from '../../tests/support/planning-fixtures.js';
import type { RoleRecord } from './records.js';
import { coverageByFamily } from './family-coverage.js';

describe('coverageByFamily', () => {
  it('lists, per family, the skills no block develops up to the level its roles require', () => {
    const ctx = planningGraph(
      {
        a: { taught: 'OPERATIONAL', shallow: 'DEEP', none: 'GENERAL' },
        b: { shallow: 'OPERATIONAL' },
        other: { none: 'DEEP' },
      },
      [],
      [block('b1', 1, { taught: 'DEEP', shallow: 'OPERATIONAL' })],
    );
    for (const id of ['a', 'b']) (ctx.role(id) as RoleRecord).family = 'MANAGEMENT';
    const management = coverageByFamily(ctx).find((f) => f.family === 'MANAGEMENT');
    expect(management?.roleIds).toEqual(['a', 'b']);
    expect(management?.gaps).toEqual([
      { skillId: 'none', requiredLevel: 'GENERAL', bestTrainedLevel: null, roleIds: ['a'] },
      {
        skillId: 'shallow',
        requiredLevel: 'DEEP',
        bestTrainedLevel: 'OPERATIONAL',
        roleIds: ['a', 'b'],
      },
    ]);
    expect(coverageByFamily(ctx).find((f) => f.family === 'EXPERTISE')?.gaps).toEqual([]);
  });
});
