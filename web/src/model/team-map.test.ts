import { describe, expect, it } from 'vitest';
import type { TeamGap } from '../api/types.js';
import {
  afterPlan,
  heatmapColumns,
  missingSteps,
  needsByBlock,
  sortMembers,
  teamMapCsv,
  toTeamInput,
} from './team-map.js';
import { validateLevels, withLevel } from './member-levels.js';

const skill = (id: string) => ({
  id,
  label: id.toUpperCase(),
  kind: 'KNOWLEDGE' as const,
  source: 's',
});

describe('withLevel', () => {
  it('a level changed in the app drops the evidence the file gave for the old one', () => {
    const member = {
      id: 'p1',
      currentRoleId: 'sec',
      levels: { a: 'GENERAL' as const, b: 'DEEP' as const },
      evidence: {
        a: { kind: 'VALIDATED' as const, date: null },
        b: { kind: 'CERTIFIED' as const, date: null },
      },
    };
    expect(withLevel(member, 'a', 'DEEP')).toEqual({
      id: 'p1',
      currentRoleId: 'sec',
      levels: { a: 'DEEP', b: 'DEEP' },
      evidence: { b: { kind: 'CERTIFIED', date: null } },
    });
  });
});

describe('validateLevels', () => {
  it('a manager validates the levels a person gave, on the day; certified stays certified, « aucune » needs no proof', () => {
    const member = {
      id: 'p1',
      currentRoleId: 'sec',
      levels: { a: 'GENERAL' as const, b: 'DEEP' as const, c: null, d: 'OPERATIONAL' as const },
      evidence: {
        a: { kind: 'DECLARED' as const, date: '2026-12-01' },
        b: { kind: 'CERTIFIED' as const, date: '2025-07-03' },
      },
    };
    expect(validateLevels(member, '2026-12-07').evidence).toEqual({
      a: { kind: 'VALIDATED', date: '2026-12-07' },
      b: { kind: 'CERTIFIED', date: '2025-07-03' },
      d: { kind: 'VALIDATED', date: '2026-12-07' },
    });
  });
});

describe('toTeamInput', () => {
  it('sends only the levels a person was given, « aucune » as null: the API keeps the rest', () => {
    expect(
      toTeamInput([
        { id: 'p1', currentRoleId: 'sec', levels: {} },
        {
          id: 'p2',
          currentRoleId: 'sec',
          levels: { a: null, c: 'GENERAL' },
          evidence: { c: { kind: 'VALIDATED', date: '2026-03-12' } },
        },
      ]),
    ).toEqual([
      { id: 'p1', currentRoleId: 'sec' },
      {
        id: 'p2',
        currentRoleId: 'sec',
        skills: [
          { skillId: 'a', level: null },
          { skillId: 'c', level: 'GENERAL', evidence: 'VALIDATED', evidenceDate: '2026-03-12' },
        ],
      },
    ]);
  });
});

const member = (id: string, missing: string[], coverage: 'FULL' | 'PARTIAL' | 'NONE' = 'NONE') => ({
  id,
  currentRole: { id: 'sec', title: 'Secrétaire' },
  role: { id: 'tim', title: 'TIM' },
  matchPercent: 50,
  cost: 10,
  estimatedMonths: 13.5,
  readiness: 'ONE_TO_THREE_YEARS' as const,
  gap: {
    missing: missing.map((s) => ({
      skill: skill(s),
      currentLevel: null,
      currentEvidence: null,
      currentEvidenceDate: null,
      requiredLevel: 'DEEP' as const,
      levelSource: 'derived: test',
      coverage: s === 'x' ? ('FULL' as const) : coverage,
    })),
  },
});
const gap: TeamGap = {
  members: [member('p1', ['z', 'y']), member('p2', ['y'])],
  needs: [
    {
      block: { id: 'b1', title: 'Bloc 1' },
      item: { id: 'i1', label: 'Contenu 1' },
      people: 2,
      level: 'DEEP',
      levelDerived: true,
      totalMonths: 84,
      maxMonths: 42,
    },
  ],
  uncoveredSkills: [{ skill: skill('z'), people: 1, requiredLevel: 'DEEP', levelDerived: false }],
  diplomas: [],
  summary: { headcount: 2, averageMatch: 50, readyWithin12Months: 0, topMissingSkills: [] },
};

describe('the heatmap after the training plan', () => {
  it('closes what a study item develops up to the level required, keeps what it develops in part or not at all', () => {
    const before: TeamGap = {
      ...gap,
      members: [member('p1', ['x', 'z'], 'PARTIAL'), member('p2', ['x', 'y'], 'NONE')],
    };
    const after = afterPlan(before);
    expect(after.members.map((m) => [m.id, m.gap.missing.map((s) => s.skill.id)])).toEqual([
      ['p1', ['z']],
      ['p2', ['y']],
    ]);
    expect(heatmapColumns(after).map((c) => c.skill.id)).toEqual(['y', 'z']);
    // The map of today is left as it was.
    expect(before.members[0]?.gap.missing).toHaveLength(2);
  });
});

describe('the heatmap and the export', () => {
  it('puts the most lacked skills first, shading by the levels missing', () => {
    expect(heatmapColumns(gap).map((c) => [c.skill.id, c.people])).toEqual([
      ['y', 2],
      ['z', 1],
    ]);
    expect([missingSteps(null, 'DEEP'), missingSteps('GENERAL', 'OPERATIONAL')]).toEqual([3, 1]);
    expect(heatmapColumns(gap, 'label').map((c) => c.skill.id)).toEqual(['y', 'z']);
    expect(heatmapColumns(gap, 'most-lacked', 'SAVOIR_FAIRE')).toEqual([]);
  });

  it('sums the plan per block for the chart', () => {
    const twoItems: TeamGap = {
      ...gap,
      needs: [
        ...gap.needs,
        { ...gap.needs[0]!, item: { id: 'i2', label: 'Contenu 2' }, people: 1, totalMonths: 6 },
      ],
    };
    expect(needsByBlock(twoItems)).toEqual([
      { blockId: 'b1', title: 'Bloc 1', months: 90, people: 2 },
    ]);
  });

  it('sorts people by readiness, then match, when asked', () => {
    const slow = { ...member('a', []), readiness: 'LONGER' as const };
    const ready = { ...member('b', []), readiness: 'READY' as const };
    const ready2 = { ...member('c', []), readiness: 'READY' as const, matchPercent: 90 };
    expect(sortMembers([slow, ready, ready2], 'readiness').map((m) => m.id)).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(sortMembers([slow, ready], 'given').map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('exports what the screen shows: target, date, sources, people, plan, uncovered skills', () => {
    const csv = teamMapCsv(gap, 'TIM', new Date('2026-12-01T10:00:00Z'), 'abc123');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Cible;TIM\r\nDate;2026-12-01\r\nVersion des données;abc123\r\nSources;');
    expect(csv).toContain('p1;Secrétaire;TIM;50;13,5;1 à 3 ans');
    expect(csv).toContain('Bloc 1;Contenu 1;2;approfondies — niveau déduit;84,0;42,0');
    expect(csv).toContain('Z;1;approfondies\r\n');
    expect(csv).toContain('Niveaux;« niveau déduit » : Niveau estimé par le projet');
  });

  it('never lets a spreadsheet run a cell: a value starting with = is exported as text', () => {
    const injected = {
      ...gap,
      members: gap.members.map((m, i) => (i === 0 ? { ...m, id: '=HYPERLINK("http://x")' } : m)),
    };
    const csv = teamMapCsv(injected, 'TIM', new Date('2026-12-01T10:00:00Z'), 'abc123');
    expect(csv).not.toMatch(/(^|;)=HYPERLINK/m);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
