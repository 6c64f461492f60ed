import { describe, expect, it } from 'vitest';
import type { DraftBlock } from '../../../schema/workbench.js';
import { draftCoverage } from './draft-coverage.js';
import { block, planningGraph } from '../../../tests/support/planning-fixtures.js';

/** Two roles; the study's one block develops s1 to GENERAL only. */
const ctx = planningGraph(
  { r1: { s1: 'OPERATIONAL', s2: 'DEEP' }, r2: { s1: 'DEEP', s3: 'GENERAL' } },
  [],
  [block('b', 1, { s1: 'GENERAL' })],
);

const draft = (hours: (number | null)[]): DraftBlock[] => [
  {
    id: 'x',
    title: 'Bloc X',
    aim: '',
    items: [
      {
        id: 'a',
        label: 'A',
        skills: [{ skillId: 's2', level: 'DEEP', source: 'y' }],
        hours: hours[0] ?? null,
        modality: null,
        evaluation: '',
        notes: '',
        source: 'y',
      },
      {
        id: 'b',
        label: 'B',
        skills: [{ skillId: 's1', level: 'OPERATIONAL', source: 'y' }],
        hours: hours[1] ?? null,
        modality: null,
        evaluation: '',
        notes: '',
        source: 'y',
      },
    ],
  },
];

describe('draftCoverage', () => {
  it('takes the highest required level across roles and compares draft and study', () => {
    const result = draftCoverage(ctx, draft([10, null]), [ctx.role('r1')!, ctx.role('r2')!]);
    const bySkill = Object.fromEntries(result.skills.map((s) => [s.skillId, s]));
    // s1: required DEEP (r2), the draft reaches OPERATIONAL (partly), the study GENERAL (partly).
    expect(bySkill.s1).toMatchObject({
      requiredLevel: 'DEEP',
      draft: 'PARTIAL',
      study: 'PARTIAL',
      roleIds: ['r1', 'r2'],
    });
    expect(bySkill.s2).toMatchObject({ draft: 'FULL', study: 'NONE' });
    expect(bySkill.s3).toMatchObject({ draft: 'NONE', study: 'NONE' });
    expect(result.draftTotals).toEqual({ full: 1, partial: 1, none: 1 });
    expect(result.studyTotals).toEqual({ full: 0, partial: 1, none: 2 });
    // Worst covered first.
    expect(result.skills.map((s) => s.skillId)).toEqual(['s3', 's1', 's2']);
  });

  it('adds the hours that are given and names the roles each block serves', () => {
    const result = draftCoverage(ctx, draft([10, null]), [ctx.role('r1')!, ctx.role('r2')!]);
    expect(result.blocks[0]).toMatchObject({ hours: 10, itemsWithoutHours: 1 });
    expect(result.blocks[0]?.roles).toEqual([
      { roleId: 'r1', skillIds: ['s1', 's2'] },
      { roleId: 'r2', skillIds: ['s1'] },
    ]);
    expect(draftCoverage(ctx, draft([null, null]), [ctx.role('r1')!]).totalHours).toBeNull();
  });
});
