import { describe, expect, it } from 'vitest';
import { block, planningGraph } from '../../tests/support/planning-fixtures.js';
import type { RoleRecord } from './records.js';
import { coverageByFamily, requiredByRoles } from './family-coverage.js';

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
      {
        skillId: 'none',
        requiredLevel: 'GENERAL',
        levelDerived: true,
        bestTrainedLevel: null,
        roleIds: ['a'],
      },
      {
        skillId: 'shallow',
        requiredLevel: 'DEEP',
        levelDerived: true,
        bestTrainedLevel: 'OPERATIONAL',
        roleIds: ['a', 'b'],
      },
    ]);
    expect(coverageByFamily(ctx).find((f) => f.family === 'EXPERTISE')?.gaps).toEqual([]);
  });
});

describe('requiredByRoles', () => {
  const ctx = planningGraph({ a: { s: 'DEEP' }, b: { s: 'DEEP' }, c: { s: 'OPERATIONAL' } }, []);
  const roles = ['a', 'b', 'c'].map((id) => ctx.role(id) as RoleRecord);
  const stated = (role: RoleRecord) => {
    role.requirements[0]!.levelSource = '000_3c4ce5580e3f1980.txt#1.1.2 (l. 685-696)';
  };

  it('calls the highest level stated when one role asking it has a source for it', () => {
    expect(requiredByRoles(roles).get('s')).toMatchObject({ level: 'DEEP', levelDerived: true });
    stated(roles[1]!);
    expect(requiredByRoles(roles).get('s')).toMatchObject({ level: 'DEEP', levelDerived: false });
  });

  it('does not let a stated lower level vouch for a higher, deduced one', () => {
    const [a, , c] = roles;
    stated(c!);
    expect(requiredByRoles([c!, a!]).get('s')).toMatchObject({ level: 'DEEP', levelDerived: true });
  });
});
