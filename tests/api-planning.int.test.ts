import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/test-app.js';

let api: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(async () => {
  await api.close();
});

const SECRETARY = { currentRoleId: 'secretaire-medicale' };

interface RouteData {
  id: string;
  totalCost: number;
  estimatedMonths: number;
  steps: {
    from: { id: string };
    to: { id: string };
    kind: string;
    family: string | null;
    source: string;
    conditions: { id: string }[];
    gap: {
      matchPercent: number;
      cost: number;
      missing: {
        skill: { id: string };
        currentLevel: string | null;
        requiredLevel: string;
        coverage: string;
      }[];
      uncoveredSkills: { id: string }[];
      blocks: { block: { id: string } }[];
    };
  }[];
}

const ROUTES = `query Routes($profile: ProfileInput!, $target: ID!, $limit: Int, $maxSteps: Int, $families: [PathFamily!]) {
  careerRoutes(profile: $profile, targetRoleId: $target, limit: $limit, maxSteps: $maxSteps, families: $families) {
    id totalCost estimatedMonths
    steps { from { id } to { id } kind family source conditions { id }
      gap { matchPercent cost missing { skill { id } currentLevel requiredLevel coverage } uncoveredSkills { id } blocks { block { id } } } }
  }
}`;

async function routes(variables: Record<string, unknown>) {
  const result = await api.run<{ careerRoutes: RouteData[] }>(ROUTES, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.careerRoutes ?? [];
}

describe('the job sheet and the catalogue', () => {
  it('answers the job sheet with its passerelles, and each passerelle is a one-step move', async () => {
    const result = await api.run<{
      jobSheet: { role: { id: string }; passerelles: { id: string }[] };
    }>('{ jobSheet(code: "40L20") { role { id } passerelles { id } } }');
    const passerelles = result.data?.jobSheet.passerelles.map((p) => p.id) ?? [];
    expect(passerelles).toEqual([
      'technicien-information-medicale',
      'encadrant-secretariats-medicaux',
      'encadrant-archives',
    ]);
    for (const target of passerelles) {
      const [route] = await routes({ profile: SECRETARY, target, maxSteps: 1, limit: 1 });
      expect(route?.steps.map((s) => [s.from.id, s.to.id, s.kind])).toEqual([
        ['secretaire-medicale', target, 'PASSERELLE'],
      ]);
      expect(route?.steps[0]?.source).toMatch(
        /^000_3c4ce5580e3f1980\.txt#1\.1\.2 fiche métier 40L20, passerelles/,
      );
    }
  });

  it('tells a level the job sheet states from a level the project deduced, and says why', async () => {
    const result = await api.run<{
      role: { requirements: { skill: { id: string }; level: string; levelSource: string }[] };
      jobSheet: { knowledge: { levelSource: string }[] };
      careerRoutes: {
        steps: {
          kindSource: string;
          gap: { missing: { skill: { id: string }; levelSource: string }[] };
        }[];
      }[];
    }>(`{
      role(id: "secretaire-medicale") { requirements { skill { id } level levelSource } }
      jobSheet(code: "40L20") { knowledge { levelSource } }
      careerRoutes(profile: { currentRoleId: "secretaire-medicale" }, targetRoleId: "technicien-information-medicale", limit: 1) {
        steps { kindSource gap { missing { skill { id } levelSource } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const bySkill = new Map(result.data?.role.requirements.map((r) => [r.skill.id, r]));
    expect(bySkill.get('k-secretariat')?.levelSource).toContain(
      'connaissances requises (l. 685-696)',
    );
    expect(bySkill.get('sf-travail-equipe')?.levelSource).toMatch(/^derived: la fiche liste/);
    for (const k of result.data?.jobSheet.knowledge ?? [])
      expect(k.levelSource).toContain('#1.1.2');
    const [step] = result.data?.careerRoutes[0]?.steps ?? [];
    expect(step?.kindSource).toMatch(/^derived: le type PASSERELLE reprend la fiche/);
    expect(step?.gap.missing.length).toBeGreaterThan(0);
    for (const m of step?.gap.missing ?? [])
      expect(m.levelSource, m.skill.id).toMatch(/^derived: /);
  });

  it('lists roles by family and finds them by text, accents optional', async () => {
    const result = await api.run<{ management: { id: string }[]; found: { id: string }[] }>(
      '{ management: roles(family: MANAGEMENT) { id } found: roles(search: "secretaire medicale") { id } }',
    );
    expect(result.data?.management.map((r) => r.id).sort()).toEqual([
      'coordinatrice-secretariats-medicaux',
      'encadrant-accueil-standard',
      'encadrant-archives',
      'encadrant-secretariats-medicaux',
    ]);
    expect(result.data?.found[0]?.id).toBe('secretaire-medicale');
  });

  it('lists the three training blocks first, then the specialisations, with what they develop', async () => {
    const result = await api.run<{
      trainingBlocks: { title: string; kind: string; items: { skills: { level: string }[] }[] }[];
    }>('{ trainingBlocks { title kind items { skills { skill { id } level } } } }');
    const blocks = result.data?.trainingBlocks ?? [];
    expect(blocks.map((b) => [b.title, b.kind])).toEqual([
      ["Gestion de l'information", 'CORE'],
      ['Éco-système de soins', 'CORE'],
      ['Compétences transversales', 'CORE'],
      ['Spécialisations et compléments', 'COMPLEMENT'],
    ]);
    expect(blocks.every((b) => b.items.every((i) => i.skills.length > 0))).toBe(true);
  });
});

describe('career routes', () => {
  it('plans secretary → TIM: the passerelle, its condition, the gap and what no block teaches', async () => {
    const [first] = await routes({ profile: SECRETARY, target: 'technicien-information-medicale' });
    expect(first?.id).toBe('m-secretaire-tim');
    const step = first?.steps[0];
    expect(step?.conditions.map((c) => c.id)).toEqual(['c-niveau-bac2-tim']);
    const missing = Object.fromEntries(
      step?.gap.missing.map((m) => [m.skill.id, [m.currentLevel, m.requiredLevel]]) ?? [],
    );
    expect(missing['k-pmsi-nomenclatures']).toEqual([null, 'DEEP']);
    expect(missing['k-codage-actes']).toEqual(['OPERATIONAL', 'DEEP']);
    expect(missing['k-vocabulaire-medical']).toBeUndefined(); // already DEEP on the 40L20 sheet
    expect(step?.gap.uncoveredSkills.map((s) => s.id)).toContain('k-pmsi-nomenclatures');
    expect(step?.gap.blocks.map((b) => b.block.id)).toContain('bloc-gestion-information');
    expect(first?.totalCost).toBe(step?.gap.cost);
    // The worked example of docs/cost-model.md.
    expect([first?.totalCost, first?.estimatedMonths]).toEqual([195, 42]);
    expect(step?.gap.uncoveredSkills.map((s) => s.id).sort()).toEqual([
      'k-anatomie',
      'k-codage-actes',
      'k-pmsi-nomenclatures',
      'sf-coder-pmsi',
      'sf-transmettre-former',
    ]);
  });

  it('returns routes cheapest first, the same way every time', async () => {
    const variables = { profile: SECRETARY, target: 'poste-dac', limit: 5, maxSteps: 4 };
    const found = await routes(variables);
    expect(found.length).toBeGreaterThan(1);
    const costs = found.map((r) => r.totalCost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(await routes(variables)).toEqual(found);
  });

  it('accumulates skills along a route: an AAH learns the secretary job, then TIM builds on it', async () => {
    const found = await routes({
      profile: { currentRoleId: 'adjoint-administratif-hospitalier' },
      target: 'technicien-information-medicale',
    });
    const route = found[0];
    expect(route?.steps.map((s) => s.to.id)).toEqual([
      'secretaire-medicale',
      'technicien-information-medicale',
    ]);
    expect(route?.steps[0]?.conditions.map((c) => c.id)).toEqual([
      'c-concours-ama',
      'c-categorie-c-vers-b',
    ]);
    const firstMissing = route?.steps[0]?.gap.missing.map((m) => m.skill.id) ?? [];
    const secondMissing = route?.steps[1]?.gap.missing.map((m) => m.skill.id) ?? [];
    expect(firstMissing).toContain('k-vocabulaire-medical');
    expect(secondMissing).not.toContain('k-vocabulaire-medical');
    expect(route?.totalCost).toBe(route?.steps.reduce((sum, s) => sum + s.gap.cost, 0));
  });

  it('keeps to the chosen path families', async () => {
    const found = await routes({
      profile: SECRETARY,
      target: 'encadrant-secretariats-medicaux',
      families: ['MANAGEMENT', 'EXPERTISE'],
      limit: 10,
    });
    expect(found.length).toBeGreaterThan(1);
    for (const route of found) {
      for (const step of route.steps) expect(['MANAGEMENT', 'EXPERTISE']).toContain(step.family);
    }
    expect(found.some((r) => r.id.split('>').includes('m-secretaire-tuteur'))).toBe(true);
  });

  it('answers an empty list when no documented move leads there', async () => {
    expect(await routes({ profile: SECRETARY, target: 'aide-soignant' })).toEqual([]);
  });
});

describe('skill gaps and reachable roles', () => {
  it('uses the skills a person gives instead of the role defaults', async () => {
    const query = `query($profile: ProfileInput!) { skillGap(profile: $profile, targetRoleId: "assistant-regulation-medicale") {
      matchPercent missing { skill { id } currentLevel } } }`;
    const defaults = await api.run<{ skillGap: { matchPercent: number } }>(query, {
      profile: SECRETARY,
    });
    const stronger = await api.run<{
      skillGap: { matchPercent: number; missing: { skill: { id: string } }[] };
    }>(query, {
      profile: {
        ...SECRETARY,
        skills: [
          { skillId: 'sf-traiter-appels-urgence', level: 'DEEP' },
          { skillId: 'k-urgences-afgsu', level: 'OPERATIONAL' },
        ],
      },
    });
    expect(stronger.data?.skillGap.missing.map((m) => m.skill.id)).not.toContain(
      'sf-traiter-appels-urgence',
    );
    expect(stronger.data?.skillGap.matchPercent).not.toBe(defaults.data?.skillGap.matchPercent);
  });

  it('takes a partial list as adjustments: one skill raised never lowers the match, null removes one', async () => {
    const query = `query($profile: ProfileInput!) { skillGap(profile: $profile, targetRoleId: "technicien-information-medicale") {
      matchPercent missing { skill { id } } } }`;
    const match = async (skills?: { skillId: string; level: string | null }[]) => {
      const answer = await api.run<{
        skillGap: { matchPercent: number; missing: { skill: { id: string } }[] };
      }>(query, { profile: { ...SECRETARY, ...(skills && { skills }) } });
      expect(answer.errors).toBeUndefined();
      return answer.data!.skillGap;
    };
    const defaults = await match();
    const raised = await match([{ skillId: 'k-codage-actes', level: 'DEEP' }]);
    expect(raised.matchPercent).toBeGreaterThanOrEqual(defaults.matchPercent);
    expect(raised.missing.map((m) => m.skill.id)).not.toContain('k-codage-actes');
    // « Aucune »: the job's own skill she does not have is missing again.
    const without = await match([{ skillId: 'k-vocabulaire-medical', level: null }]);
    expect(without.matchPercent).toBeLessThan(defaults.matchPercent);
    expect(without.missing.map((m) => m.skill.id)).toContain('k-vocabulaire-medical');
  });

  it('« sans concours » keeps no role whose conditions mention a concours, and says when a filter removes nothing', async () => {
    const query = `query($avoid: [ConditionKind!]) {
      reachable(profile: { currentRoleId: "secretaire-medicale" }, maxSteps: 2, avoid: $avoid, limit: 50) {
        total removedByAvoid matches { role { id } conditions { label kinds } } } }`;
    const run = async (avoid: string[]) => {
      const answer = await api.run<{
        reachable: {
          total: number;
          removedByAvoid: number;
          matches: { role: { id: string }; conditions: { label: string; kinds: string[] }[] }[];
        };
      }>(query, { avoid });
      expect(answer.errors).toBeUndefined();
      return answer.data!.reachable;
    };
    const all = await run([]);
    // The detachment's condition names a concours among its ways: it is a concours too.
    const mentioning = all.matches.filter((m) =>
      m.conditions.some((c) => /concours/i.test(c.label)),
    );
    expect(mentioning.length).toBeGreaterThanOrEqual(12);
    expect(mentioning.every((m) => m.conditions.some((c) => c.kinds.includes('CONCOURS')))).toBe(
      true,
    );
    const without = await run(['CONCOURS']);
    expect(
      without.matches.filter((m) => m.conditions.some((c) => /concours/i.test(c.label))),
    ).toEqual([]);
    expect(without.removedByAvoid).toBe(all.total - without.total);
    expect(without.removedByAvoid).toBeGreaterThanOrEqual(12);
    expect(all.removedByAvoid).toBe(0);
  });

  it('an AMA variant holds its base job’s skills and levels plus its own', async () => {
    const match = async (from: string, to: string) => {
      const answer = await api.run<{ skillGap: { matchPercent: number } }>(
        `query($p: ProfileInput!, $t: ID!) { skillGap(profile: $p, targetRoleId: $t) { matchPercent } }`,
        { p: { currentRoleId: from }, t: to },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.skillGap.matchPercent;
    };
    expect(await match('ama-unite-service', 'secretaire-medicale')).toBe(100);
    const tim = await match('secretaire-medicale', 'technicien-information-medicale');
    expect(
      await match('ama-unite-service', 'technicien-information-medicale'),
    ).toBeGreaterThanOrEqual(tim);
  });

  it('ranks the roles within reach by match', async () => {
    const result = await api.run<{
      reachableRoles: { role: { id: string }; steps: number; matchPercent: number }[];
    }>(
      '{ reachableRoles(profile: { currentRoleId: "secretaire-medicale" }, maxSteps: 1, limit: 20) { role { id } steps matchPercent } }',
    );
    const matches = result.data?.reachableRoles ?? [];
    // The sheet's three passerelles are one move away (a fact of the document, not a count).
    expect(matches.map((m) => m.role.id)).toEqual(
      expect.arrayContaining([
        'technicien-information-medicale',
        'encadrant-secretariats-medicaux',
        'encadrant-archives',
      ]),
    );
    expect(matches.length).toBeLessThanOrEqual(20);
    expect(matches.every((m) => m.steps === 1)).toBe(true);
    const percents = matches.map((m) => m.matchPercent);
    expect(percents).toEqual([...percents].sort((a, b) => b - a));
  });

  it('keeps to the chosen path families, and lists beyond twenty', async () => {
    const query = `query($families: [PathFamily!]) { reachableRoles(
      profile: { currentRoleId: "secretaire-medicale" }, maxSteps: 2, limit: 50, families: $families
    ) { role { id family } } }`;
    type Answer = { reachableRoles: { role: { id: string; family: string | null } }[] };
    const all = (await api.run<Answer>(query)).data?.reachableRoles ?? [];
    const privateOnly =
      (await api.run<Answer>(query, { families: ['PRIVATE_SECTOR'] })).data?.reachableRoles ?? [];
    expect(all.length).toBeGreaterThan(20);
    expect(privateOnly.length).toBeGreaterThan(0);
    expect(privateOnly.length).toBeLessThan(all.length);
    expect(
      privateOnly.every((m) => m.role.family === 'PRIVATE_SECTOR' || m.role.family === null),
    ).toBe(true);
  });
});

const PLAN = `query Plan($profile: ProfileInput!, $target: ID!) {
  careerRoutes(profile: $profile, targetRoleId: $target, limit: 1) {
    steps { to { id }
      means { kind label source block { id } }
      funding { status reason missingFacts covers scheme { id label payer how sources reviewNote } } }
  }
}`;

interface PlanData {
  careerRoutes: {
    steps: {
      to: { id: string };
      means: { kind: string; label: string; source: string; block: { id: string } | null }[];
      funding: {
        status: string;
        reason: string;
        missingFacts: string[];
        covers: string[];
        scheme: { id: string; sources: string[]; reviewNote: string | null };
      }[];
    }[];
  }[];
}

async function plan(profile: Record<string, unknown>, target: string) {
  const result = await api.run<PlanData>(PLAN, { profile, target });
  expect(result.errors).toBeUndefined();
  return result.data?.careerRoutes[0]?.steps ?? [];
}
const statusOf = (step: PlanData['careerRoutes'][0]['steps'][0] | undefined) =>
  Object.fromEntries(step?.funding.map((f) => [f.scheme.id, f.status]) ?? []);

describe('how a step is taken and who pays', () => {
  it('secretary → TIM: an internal mobility, the bac+2 to prepare and the study blocks; plan, CPF and CFP with their texts', async () => {
    const [step] = await plan({ ...SECRETARY, serviceYears: 5 }, 'technicien-information-medicale');
    expect(step?.means.map((m) => m.kind)).toEqual([
      'INTERNAL_MOBILITY',
      'TRAINING',
      'TRAINING',
      'TRAINING',
    ]);
    expect(step?.means[0]?.source).toMatch(/^derived: /);
    expect(step?.means[1]?.label).toMatch(/^Se préparer à la condition « Niveau bac\+2/);
    expect(step?.means.flatMap((m) => m.block?.id ?? [])).toContain('bloc-gestion-information');
    expect(statusOf(step)).toEqual({
      'plan-formation': 'OPEN',
      cpf: 'OPEN',
      'conge-formation-professionnelle': 'OPEN',
    });
    const cpf = step?.funding.find((f) => f.scheme.id === 'cpf');
    expect(cpf?.reason).toMatch(/^Environ 125 h acquises/);
    expect(cpf?.scheme.sources[0]).toMatch(
      /^Code général de la fonction publique, art\. L\. 422-8 et L\. 422-9 \(vérifié le \d+/,
    );
    expect(cpf?.scheme.reviewNote).toMatch(/décret n° 2017-928/);
  });

  it('says the years of service are missing rather than guess, and closes the CFP before three years', async () => {
    const [unsaid] = await plan(SECRETARY, 'technicien-information-medicale');
    const cfp = unsaid?.funding.find((f) => f.scheme.id === 'conge-formation-professionnelle');
    expect(cfp).toMatchObject({ status: 'UNKNOWN', missingFacts: ['SERVICE_YEARS'] });
    const [early] = await plan(
      { ...SECRETARY, serviceYears: 1 },
      'technicien-information-medicale',
    );
    expect(statusOf(early)['conge-formation-professionnelle']).toBe('CLOSED');
  });

  it('secretary → ARM: the diploma also by VAE, bloc by bloc, or by apprenticeship, as the arrêté opens them; the CPF serves the VAE', async () => {
    const [step] = await plan({ ...SECRETARY, serviceYears: 5 }, 'assistant-regulation-medicale');
    const kinds = step?.means.map((m) => m.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(['INTERNAL_MOBILITY', 'VAE', 'APPRENTICESHIP']));
    const vae = step?.means.find((m) => m.kind === 'VAE');
    expect(vae?.label).toMatch(
      /^Pour le diplôme d'assistant de régulation médicale \(DARM\), totale ou partielle : .*quatre blocs de compétences/,
    );
    expect(vae?.source).toMatch(
      /^Arrêté du 19 juillet 2019 relatif à la formation conduisant au diplôme d'assistant de régulation médicale .*, art\. 3 et 23 \(vérifié le 7 décembre 2026\)/,
    );
    // The training to the diploma stays, and says nothing of VAE being unchecked: it was checked.
    const training = step?.means.find((m) => m.label.includes("Diplôme d'assistant de régulation"));
    expect(training?.kind).toBe('TRAINING');
    expect(training?.label).not.toMatch(/non vérifiée/);
    expect(step?.funding.find((f) => f.scheme.id === 'cpf')?.covers).toEqual(
      expect.arrayContaining(['TRAINING', 'VAE']),
    );
  });

  it('secretary → ARM: the DARM bloc by bloc against her levels, its text cited, the bloc reading derived', async () => {
    const DIPLOMAS = `query D($profile: ProfileInput!, $target: ID!) {
      careerRoutes(profile: $profile, targetRoleId: $target, limit: 1) {
        steps { diplomas { id diploma source vaeOpen acquired
          blocs { code title status source hours skills { skillId level currentLevel held } } } }
      }
    }`;
    interface DiplomasData {
      careerRoutes: {
        steps: {
          diplomas: {
            id: string;
            diploma: string;
            source: string;
            vaeOpen: boolean;
            acquired: number;
            blocs: {
              code: string;
              title: string;
              status: string;
              source: string;
              hours: number | null;
              skills: { skillId: string; held: boolean }[];
            }[];
          }[];
        }[];
      }[];
    }
    const ask = async (profile: Record<string, unknown>) => {
      const result = await api.run<DiplomasData>(DIPLOMAS, {
        profile,
        target: 'assistant-regulation-medicale',
      });
      expect(result.errors).toBeUndefined();
      return result.data?.careerRoutes[0]?.steps[0]?.diplomas ?? [];
    };
    const [darm] = await ask(SECRETARY);
    expect(darm).toMatchObject({ id: 'regulation-medicale', vaeOpen: true, acquired: 1 });
    expect(darm?.source).toMatch(
      /^Décret n° 2019-747 du 19 juillet 2019 .*, art\. 2 \(vérifié le /,
    );
    // A secretary writes documents and keeps the secret: the third bloc is hers already;
    // her deep medical vocabulary is part of the first; the others are to follow.
    expect(darm?.blocs.map((b) => b.status)).toEqual([
      'PARTIAL',
      'TO_FOLLOW',
      'ACQUIRED',
      'TO_FOLLOW',
    ]);
    expect(darm?.blocs[2]?.title).toMatch(/^Traitement des informations associées à la régulation/);
    expect(darm?.blocs.every((b) => b.source.startsWith('derived: ') && b.hours === null)).toBe(
      true,
    );
    // Her own levels count: with the secret professionnel at « notions », the bloc is only in part.
    const [lower] = await ask({
      ...SECRETARY,
      skills: [{ skillId: 'sf-secret-professionnel', level: 'GENERAL' }],
    });
    expect(lower?.blocs[2]?.status).toBe('PARTIAL');
    expect(lower?.acquired).toBe(0);
  });

  it('counts the earlier steps’ months: an AAH with one year has the CFP open by the second step', async () => {
    const steps = await plan(
      { currentRoleId: 'adjoint-administratif-hospitalier', serviceYears: 1 },
      'technicien-information-medicale',
    );
    expect(steps.map((s) => s.to.id)).toEqual([
      'secretaire-medicale',
      'technicien-information-medicale',
    ]);
    expect(steps[0]?.means.map((m) => m.kind)).toContain('CONCOURS');
    expect(steps[0]?.means.map((m) => m.kind)).not.toContain('INTERNAL_MOBILITY');
    expect(statusOf(steps[0])['conge-formation-professionnelle']).toBe('CLOSED');
    expect(statusOf(steps[1])['conge-formation-professionnelle']).toBe('OPEN');
  });
});

describe('bad input', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['an unknown target', ROUTES, { profile: SECRETARY, target: 'nobody' }, 'targetRoleId'],
    [
      'an unknown current role',
      ROUTES,
      { profile: { currentRoleId: 'nobody' }, target: 'encadrant-archives' },
      'profile.currentRoleId',
    ],
    [
      'a limit above 20',
      ROUTES,
      { profile: SECRETARY, target: 'encadrant-archives', limit: 21 },
      'limit',
    ],
    [
      'maxSteps above 6',
      ROUTES,
      { profile: SECRETARY, target: 'encadrant-archives', maxSteps: 7 },
      'maxSteps',
    ],
    [
      'an unknown skill',
      ROUTES,
      {
        profile: { ...SECRETARY, skills: [{ skillId: 'k-magie', level: 'DEEP' }] },
        target: 'encadrant-archives',
      },
      'profile.skills[0].skillId',
    ],
    [
      'a malformed level',
      ROUTES,
      {
        profile: { ...SECRETARY, skills: [{ skillId: 'k-bureautique', level: 'EXPERT' }] },
        target: 'encadrant-archives',
      },
      'profile.skills[0].level',
    ],
    [
      'negative years of service',
      ROUTES,
      { profile: { ...SECRETARY, serviceYears: -1 }, target: 'encadrant-archives' },
      'profile.serviceYears',
    ],
  ];

  it.each(cases)(
    'rejects %s with BAD_USER_INPUT naming the field',
    async (_name, query, variables, field) => {
      const result = await api.run(query, variables);
      expect(result.data?.careerRoutes ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
    },
  );
});
