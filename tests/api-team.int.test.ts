import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp } from './support/test-app.js';

let api: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  api = await startTestApp();
});
afterAll(async () => {
  await api.close();
});

const TEAM_GAP = `query($team: [TeamMemberInput!]!, $target: TargetInput!) {
  teamGap(team: $team, target: $target) {
    members { id currentRole { id } role { id } matchPercent estimatedMonths readiness }
    needs { block { id title } item { id label } people level totalMonths maxMonths }
    uncoveredSkills { skill { id label } people requiredLevel }
    summary { headcount averageMatch readyWithin12Months topMissingSkills { skill { id } people } }
  } }`;

interface TeamGapAnswer {
  teamGap: {
    members: {
      id: string;
      currentRole: { id: string };
      role: { id: string };
      matchPercent: number;
      estimatedMonths: number;
      readiness: string;
    }[];
    needs: { block: { id: string }; item: { id: string }; people: number }[];
    uncoveredSkills: { skill: { id: string }; people: number }[];
    summary: { headcount: number; readyWithin12Months: number };
  };
}

const SECRETARY = 'secretaire-medicale';
const team = [
  { id: 'p-01', currentRoleId: SECRETARY },
  { id: 'p-02', currentRoleId: SECRETARY },
  // Someone whose levels are given: PMSI coding at the deep level, and nothing else.
  {
    id: 'p-03',
    currentRoleId: SECRETARY,
    skills: [
      { skillId: 'k-pmsi-nomenclatures', level: 'DEEP' },
      { skillId: 'sf-coder-pmsi', level: 'DEEP' },
    ],
  },
];

async function teamGap(target: Record<string, unknown>, members: unknown[] = team) {
  // Whatever the server's log writes (log.ts writes to standard output).
  const logged = vi.spyOn(process.stdout, 'write');
  const result = await api.run<TeamGapAnswer>(TEAM_GAP, { team: members, target });
  // The team is never written to the log.
  expect(JSON.stringify(logged.mock.calls)).not.toContain('p-03');
  logged.mockRestore();
  return result;
}

describe('teamGap', () => {
  it('maps a team against the TIM role: each person, the items to fund, what no block covers', async () => {
    const { data, errors } = await teamGap({ roleId: 'technicien-information-medicale' });
    expect(errors).toBeUndefined();
    const gap = data!.teamGap;
    expect(gap.members.map((m) => [m.id, m.role.id])).toEqual([
      ['p-01', 'technicien-information-medicale'],
      ['p-02', 'technicien-information-medicale'],
      ['p-03', 'technicien-information-medicale'],
    ]);
    // Explicit levels replace the role's defaults for that person only.
    const [p1, p2, p3] = gap.members;
    expect(p2!.matchPercent).toBe(p1!.matchPercent);
    expect(p3!.matchPercent).not.toBe(p1!.matchPercent);
    // PMSI, T2A is taught by no block of the study (the sheet's passerelle says so too): the
    // two who lack it are counted.
    const pmsi = gap.uncoveredSkills.find((u) => u.skill.id === 'k-pmsi-nomenclatures');
    expect(pmsi?.people).toBe(2);
    expect(gap.needs.every((n) => n.people >= 1 && n.people <= 3)).toBe(true);
    expect(gap.summary.headcount).toBe(3);
  });

  it('takes each person to their best role of a family, or of a future profile', async () => {
    const family = await teamGap({ family: 'MANAGEMENT' });
    expect(family.errors).toBeUndefined();
    for (const member of family.data!.teamGap.members) {
      expect(member.role.id).not.toBe(member.currentRole.id);
    }
    const profile = await teamGap({ futureProfileId: 'profil-coordinatrice-parcours' });
    expect(profile.errors).toBeUndefined();
    expect(
      profile.data!.teamGap.members.every((m) =>
        ['ama-coordination-parcours', 'coordinateur-parcours-patients'].includes(m.role.id),
      ),
    ).toBe(true);
  });

  it('counts only levels proven enough when HR asks, and says how each current level is known', async () => {
    const query = `query($team: [TeamMemberInput!]!, $min: LevelEvidence) {
      teamGap(team: $team, target: { roleId: "technicien-information-medicale" }, minEvidence: $min) {
        members { id matchPercent gap { missing { skill { id } currentLevel currentEvidence currentEvidenceDate } } }
      } }`;
    const members = [
      {
        id: 'p-declared',
        currentRoleId: SECRETARY,
        skills: [{ skillId: 'k-pmsi-nomenclatures', level: 'OPERATIONAL' }],
      },
      {
        id: 'p-validated',
        currentRoleId: SECRETARY,
        skills: [
          {
            skillId: 'k-pmsi-nomenclatures',
            level: 'OPERATIONAL',
            evidence: 'VALIDATED',
            evidenceDate: '2026-03-12',
          },
        ],
      },
    ];
    type Answer = {
      teamGap: {
        members: {
          id: string;
          matchPercent: number;
          gap: {
            missing: {
              skill: { id: string };
              currentLevel: string | null;
              currentEvidence: string | null;
              currentEvidenceDate: string | null;
            }[];
          };
        }[];
      };
    };
    const pmsiOf = (answer: Answer | null | undefined, i: number) =>
      answer?.teamGap.members[i]?.gap.missing.find((m) => m.skill.id === 'k-pmsi-nomenclatures');
    const all = await api.run<Answer>(query, { team: members });
    expect(all.errors).toBeUndefined();
    expect(pmsiOf(all.data, 0)).toMatchObject({
      currentLevel: 'OPERATIONAL',
      currentEvidence: 'DECLARED',
    });
    expect(pmsiOf(all.data, 1)).toMatchObject({
      currentLevel: 'OPERATIONAL',
      currentEvidence: 'VALIDATED',
      currentEvidenceDate: '2026-03-12',
    });
    expect(all.data?.teamGap.members[0]?.matchPercent).toBe(
      all.data?.teamGap.members[1]?.matchPercent,
    );
    // Validated levels only: the declared one is not counted, the validated one is.
    const proven = await api.run<Answer>(query, { team: members, min: 'VALIDATED' });
    expect(pmsiOf(proven.data, 0)).toMatchObject({ currentLevel: null, currentEvidence: null });
    expect(pmsiOf(proven.data, 1)?.currentEvidence).toBe('VALIDATED');
    expect(proven.data?.teamGap.members[0]?.matchPercent).toBeLessThan(
      proven.data?.teamGap.members[1]?.matchPercent ?? 0,
    );
    // A date to come, or no real day, is refused with the field named.
    const future = await api.run(query, {
      team: [{ ...members[1], skills: [{ ...members[1]!.skills[0], evidenceDate: '2999-01-01' }] }],
    });
    expect(future.errors?.[0]?.extensions?.field).toBe('team[0].skills[0].evidenceDate');
  });

  it('for a team sent to the ARM, says bloc by bloc of the DARM who may ask a VAE and who is to train, from each person’s levels', async () => {
    const query = `query($team: [TeamMemberInput!]!) {
      teamGap(team: $team, target: { roleId: "assistant-regulation-medicale" }) {
        diplomas { id diploma source vaeOpen people hoursToFund blocs { code title recognise partial train } }
      } }`;
    const result = await api.run<{
      teamGap: {
        diplomas: {
          id: string;
          source: string;
          vaeOpen: boolean;
          people: number;
          hoursToFund: number | null;
          blocs: { code: string; recognise: string[]; partial: string[]; train: string[] }[];
        }[];
      };
    }>(query, {
      team: [
        { id: 'agent-a', currentRoleId: SECRETARY },
        // Her secret professionnel only at « notions »: the bloc is hers in part only.
        {
          id: 'agent-b',
          currentRoleId: SECRETARY,
          skills: [{ skillId: 'sf-secret-professionnel', level: 'GENERAL' }],
        },
      ],
    });
    expect(result.errors).toBeUndefined();
    const [darm] = result.data?.teamGap.diplomas ?? [];
    expect(darm).toMatchObject({
      id: 'regulation-medicale',
      vaeOpen: true,
      people: 2,
      hoursToFund: null,
    });
    expect(darm?.source).toMatch(/^Décret n° 2019-747 du 19 juillet 2019/);
    expect(darm?.blocs[2]).toMatchObject({
      recognise: ['agent-a'],
      partial: ['agent-b'],
      train: [],
    });
    expect(darm?.blocs[1]).toMatchObject({ recognise: [], train: ['agent-a', 'agent-b'] });
  });

  it('names the member and field of a bad input, and refuses a team over 500', async () => {
    const unknown = await teamGap({ roleId: 'encadrant-archives' }, [
      team[0],
      { id: 'p-09', currentRoleId: 'astronaute' },
    ]);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.extensions?.field).toBe('team[1].currentRoleId');
    const both = await teamGap({ roleId: 'encadrant-archives', family: 'MANAGEMENT' });
    expect(both.errors?.[0]?.extensions?.field).toBe('target');
    const crowd = Array.from({ length: 501 }, (_, i) => ({
      id: `p${i}`,
      currentRoleId: SECRETARY,
    }));
    const tooMany = await teamGap({ roleId: 'encadrant-archives' }, crowd);
    expect(tooMany.errors?.[0]?.extensions?.field).toBe('team');
  });
});
