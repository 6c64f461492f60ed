import { describe, expect, it } from 'vitest';
import type { RomeCredential } from '../../schema/rome.js';
import { planningGraph } from '../../tests/support/planning-fixtures.js';
import { PlanningContext } from './planning-context.js';
import type { Profile } from './profile.js';
import { reachableRoles } from './reachable.js';
import {
  FIELD_CHANGE_MONTHS,
  REGULATED_DIPLOMA_MONTHS,
  REGULATED_SPECIALISATION_MONTHS,
  romeStepEffort,
} from './rome-cost.js';
import { stepConditions } from './diplomas.js';
import { composeWithRome, type RomePlanningData } from './rome-planning.js';
import { planRoutes } from './route-planner.js';

/**
 * Hand-made ROME cases for the cost model. The study side: the job « sec » (joined to
 * fiche S0001) with one study move to « cadre ». ROME's side is written fiche by fiche.
 */
const S = 'derived: test';

function rome(
  fiches: Record<
    string,
    { core: string[]; other?: string[]; regulated?: boolean; domainCode?: string }
  >,
  mobilities: [from: string, to: string, rank: number][],
  items: Record<string, { certification?: boolean }> = {},
): RomePlanningData {
  const codes = new Set(Object.values(fiches).flatMap((f) => [...f.core, ...(f.other ?? [])]));
  return {
    fiches: Object.entries(fiches).map(([code, f]) => ({
      code,
      title: `Fiche ${code}`,
      regulated: f.regulated ?? false,
      domainCode: f.domainCode ?? 'M16',
      domain: `Domaine ${f.domainCode ?? 'M16'}`,
      grandDomain: `Grand domaine ${(f.domainCode ?? 'M16').charAt(0)}`,
      definition: '',
      access: code === 'R0001' ? 'Cet emploi est accessible avec un diplôme d’État.' : '',
      source: S,
    })),
    skills: [...codes].map((code) => ({
      code,
      label: `Item ${code}`,
      kind: 'SAVOIR_FAIRE' as const,
      certification: items[code]?.certification ?? false,
      source: S,
    })),
    requires: Object.entries(fiches).flatMap(([fiche, f]) => [
      ...f.core.map((skill) => ({
        fiche,
        skill,
        level: 'OPERATIONAL' as const,
        levelSource: S,
        core: true,
        source: S,
      })),
      ...(f.other ?? []).map((skill) => ({
        fiche,
        skill,
        level: 'GENERAL' as const,
        levelSource: S,
        core: false,
        source: S,
      })),
    ]),
    mobilities: mobilities.map(([from, to, rank]) => ({ from, to, rank, source: S })),
    joins: { roles: [{ roleId: 'sec', fiche: 'S0001' }], skills: [{ skillId: 'k-a', item: '1' }] },
  };
}

/** The job's own level of its one study skill. */
const secProfile = (): Profile => new Map([['k-a', 'OPERATIONAL']]);

const study = () =>
  planningGraph({ sec: { 'k-a': 'OPERATIONAL' }, cadre: { 'k-a': 'DEEP' } }, [['sec', 'cadre']])
    .graph;

const items = (from: number, count: number): string[] =>
  Array.from({ length: count }, (_, i) => String(from + i));

describe('ROME beside the study', () => {
  it('merges a joined fiche into its study role: its moves are the role’s, its items what the role holds', () => {
    const composed = composeWithRome(
      study(),
      rome({ S0001: { core: ['1', '2'] }, A0001: { core: ['2', '3'] }, B0001: { core: ['9'] } }, [
        ['S0001', 'A0001', 1],
        ['A0001', 'S0001', 1],
      ]),
    );
    const ctx = new PlanningContext(composed);
    const sec = ctx.role('sec');
    expect(sec?.requirements.map((r) => r.skillId)).toEqual(['k-a']);
    // Item 1 is the study's k-a (joined); item 2 is ROME's own.
    expect(sec?.holds?.map((r) => r.skillId)).toEqual(['k-a', 'rome-2']);
    expect(sec?.moves.map((m) => m.to)).toEqual(['cadre', 'rome-a0001']);
    expect(ctx.role('rome-a0001')?.moves.map((m) => m.to)).toEqual(['sec']);
    expect(ctx.role('rome-a0001')?.romeFiche?.core).toEqual(['rome-2', 'rome-3']);
    // From the job, A0001 shares half its core: a short move.
    expect(sec?.moves.find((m) => m.to === 'rome-a0001')?.distance).toBe('SHORT');
  });

  it('keeps the higher level, with its own provenance, when two items join one study skill', () => {
    const data = rome({ S0001: { core: ['1'] }, A0001: { core: ['1'], other: ['2'] } }, []);
    data.joins.skills.push({ skillId: 'k-a', item: '2' });
    data.requires = data.requires.map((r) =>
      r.core ? { ...r, levelSource: 'derived: cœur' } : { ...r, levelSource: 'derived: autre' },
    );
    const [requirement] =
      composeWithRome(study(), data).roles.get('rome-a0001')?.requirements ?? [];
    expect(requirement).toMatchObject({
      skillId: 'k-a',
      level: 'OPERATIONAL',
      levelSource: 'derived: cœur',
    });
  });

  it('keeps the study’s move where ROME suggests the same one', () => {
    const composed = composeWithRome(
      study(),
      rome({ S0001: { core: ['1'] }, C0001: { core: ['1'] } }, [['S0001', 'C0001', 1]]),
    );
    // « cadre » is not joined: the ROME move goes to C0001's own role; the study move stays.
    expect(composed.roles.get('sec')?.moves.map((m) => m.id)).toEqual([
      'm-sec-cadre',
      'rome-s0001-c0001',
    ]);
  });

  it('does not take a thin fiche for a shortcut: what counts is the share of the core not held', () => {
    // Two ways to T0001: through N0001, a thin fiche of two items that have nothing to do with
    // T0001, or through K0001, a fiche of twenty items among which ten of T0001's. The study's
    // rule (the sum of the missing items' months) makes the thin fiche a cheap shortcut:
    // 2 + 12 items against 20 + 2. The share of the core not held prices each step as a job:
    // N0001 then T0001 are both wholly new (100 % + 100 %), K0001 then T0001 are not
    // (100 % + 2/12).
    const composed = composeWithRome(
      study(),
      rome(
        {
          S0001: { core: ['1'] },
          N0001: { core: ['60', '61'] },
          K0001: { core: [...items(200, 10), ...items(300, 10)] },
          T0001: { core: [...items(200, 10), '70', '71'] },
        },
        [
          ['S0001', 'N0001', 1],
          ['S0001', 'K0001', 1],
          ['N0001', 'T0001', 1],
          ['K0001', 'T0001', 1],
        ],
      ),
    );
    const ctx = new PlanningContext(composed);
    const routes = planRoutes(ctx, {
      fromRoleId: 'sec',
      targetRoleId: 'rome-t0001',
      profile: secProfile(),
      maxSteps: 3,
      limit: 2,
      families: null,
    });
    expect(routes.map((r) => r.steps.map((s) => s.move.to).join('>'))).toEqual([
      'rome-k0001>rome-t0001',
      'rome-n0001>rome-t0001',
    ]);
    const reference = 12 * 13.5;
    expect(routes.map((r) => r.totalCost)).toEqual([
      reference + (2 / 12) * reference,
      2 * reference,
    ]);
    // Each step says what it costs, and the steps add up to the route.
    const [best] = routes;
    expect(best?.steps.map((s) => s.costing.missingShare)).toEqual([1, 2 / 12]);
    expect(best?.steps.reduce((sum, s) => sum + s.costing.total, 0)).toBeCloseTo(best!.totalCost);
    const thin = ctx.role('rome-n0001')!;
    expect(romeStepEffort(ctx.scale, thin, () => undefined).missingShare).toBe(1);
  });

  it('counts a regulated job’s diploma: a condition with its time, in the effort and the duration', () => {
    const composed = composeWithRome(
      study(),
      rome(
        { S0001: { core: ['1'] }, R0001: { core: ['1'], other: ['77'], regulated: true } },
        [['S0001', 'R0001', 1]],
        { '77': { certification: true } },
      ),
    );
    const ctx = new PlanningContext(composed);
    const move = ctx.role('sec')?.moves.find((m) => m.to === 'rome-r0001');
    expect(move?.conditions).toEqual([
      expect.objectContaining({ kind: 'DIPLOMA', months: REGULATED_DIPLOMA_MONTHS }),
    ]);
    // ROME's own words on how one enters the job.
    expect(move?.conditions[0]?.label).toContain(
      'ROME : « Cet emploi est accessible avec un diplôme d’État. »',
    );
    expect(move?.distance).toBe('LONG');
    // The certification is a condition, not a skill to learn.
    expect(ctx.role('rome-r0001')?.requirements.map((r) => r.skillId)).toEqual(['k-a']);
    const [route] = planRoutes(ctx, {
      fromRoleId: 'sec',
      targetRoleId: 'rome-r0001',
      profile: secProfile(),
      maxSteps: 2,
      limit: 1,
      families: null,
    });
    // Nothing left to learn: the whole cost and duration are the diploma's.
    expect(route?.totalCost).toBe(REGULATED_DIPLOMA_MONTHS);
    expect(route?.estimatedMonths).toBe(REGULATED_DIPLOMA_MONTHS);
    const [match] = reachableRoles(ctx, 'sec', secProfile(), 1).filter(
      (m) => m.roleId === 'rome-r0001',
    );
    expect(match?.estimatedMonths).toBe(REGULATED_DIPLOMA_MONTHS);
  });

  it('counts a change of field as a reconversion, and a further diploma from a regulated job of the same domain', () => {
    const composed = composeWithRome(
      study(),
      rome(
        {
          S0001: { core: ['1'] },
          H0001: { core: ['1'], domainCode: 'J14' },
          N0001: { core: ['1'], domainCode: 'J15', regulated: true },
          C0001: { core: ['1'], domainCode: 'J15', regulated: true },
        },
        [
          ['S0001', 'H0001', 1],
          ['S0001', 'C0001', 1],
          ['N0001', 'C0001', 1],
        ],
      ),
    );
    const move = (from: string, to: string) =>
      composed.roles.get(from)?.moves.find((m) => m.to === to);
    expect(move('sec', 'rome-h0001')?.conditions.map((c) => [c.kind, c.months])).toEqual([
      ['TRAINING', FIELD_CHANGE_MONTHS],
    ]);
    expect(move('sec', 'rome-c0001')?.conditions.map((c) => [c.kind, c.months])).toEqual([
      ['DIPLOMA', REGULATED_DIPLOMA_MONTHS],
      ['TRAINING', FIELD_CHANGE_MONTHS],
    ]);
    expect(move('rome-n0001', 'rome-c0001')?.conditions.map((c) => [c.kind, c.months])).toEqual([
      ['DIPLOMA', REGULATED_SPECIALISATION_MONTHS],
    ]);
    // The longest condition counts, not their sum: nothing to learn, a diploma to take.
    const [route] = planRoutes(new PlanningContext(composed), {
      fromRoleId: 'sec',
      targetRoleId: 'rome-c0001',
      profile: secProfile(),
      maxSteps: 1,
      limit: 1,
      families: null,
    });
    expect(route?.totalCost).toBe(REGULATED_DIPLOMA_MONTHS);
  });

  it('lets the move ROME ranks better win at an equal gap, and keeps ROME out of a chosen family', () => {
    const composed = composeWithRome(
      study(),
      rome({ S0001: { core: ['1'] }, X0001: { core: ['5'] }, Y0001: { core: ['5'] } }, [
        ['S0001', 'Y0001', 2],
        ['S0001', 'X0001', 7],
      ]),
    );
    const ctx = new PlanningContext(composed);
    const query = (target: string) => ({
      fromRoleId: 'sec',
      targetRoleId: target,
      profile: secProfile(),
      maxSteps: 1,
      limit: 1,
      families: null,
    });
    const [viaY] = planRoutes(ctx, query('rome-y0001'));
    const [viaX] = planRoutes(ctx, query('rome-x0001'));
    expect(viaX!.totalCost - viaY!.totalCost).toBe(5 * 0.5);
    expect(
      planRoutes(ctx, { ...query('rome-y0001'), families: new Set(['MANAGEMENT'] as const) }),
    ).toEqual([]);
  });
});

describe('the reviewed diplomas of regulated jobs', () => {
  // A nurse's diploma enters N0001 and P0001; the cadre's, open only to nurses after four years
  // of practice, enters C0001. X0001 is a job ROME also suggests on the way to C0001.
  const diplomas: RomeCredential[] = [
    {
      id: 'infirmier',
      label: "Diplôme d'État d'infirmier",
      fiches: ['N0001', 'P0001'],
      quotes: ['infirmier'],
      months: 36,
      monthsRationale: 'trois ans de formation',
      monthsLaw: null,
    },
    {
      id: 'cadre',
      label: 'Diplôme de cadre de santé',
      fiches: ['C0001'],
      quotes: ['cadre'],
      months: 12,
      monthsRationale: 'dix mois de formation',
      monthsLaw: null,
      requires: {
        anyOf: ['infirmier'],
        experienceMonths: 48,
        rationale: 'ouvert aux infirmiers',
        law: {
          text: 'Arrêté du 18 août 1995 relatif au diplôme de cadre de santé',
          article: 'art. 4',
          says: "quatre ans d'exercice d'une profession paramédicale",
          checked: '2026-12-06',
        },
      },
    },
  ];
  const health = { domainCode: 'J15', regulated: true };
  const data = () =>
    rome(
      {
        S0001: { core: ['1'] },
        X0001: { core: ['1'], domainCode: 'J15' },
        N0001: { core: ['1', '8'], ...health },
        P0001: { core: ['1', '8'], ...health },
        C0001: { core: ['1', '8', '9'], ...health },
      },
      [
        ['S0001', 'X0001', 1],
        ['X0001', 'C0001', 1],
        ['S0001', 'N0001', 3],
        ['N0001', 'C0001', 1],
        ['N0001', 'P0001', 1],
      ],
    );
  const routeTo = (ctx: PlanningContext, from: string, profile: Profile) =>
    planRoutes(ctx, {
      fromRoleId: from,
      targetRoleId: 'rome-c0001',
      profile,
      maxSteps: 3,
      limit: 3,
      families: null,
    });

  it('leads to a job whose diploma is open only to holders of another through a job that gives it', () => {
    const ctx = new PlanningContext(composeWithRome(study(), data(), diplomas));
    // ROME suggests X0001 → C0001, but X0001's people cannot sit for the cadre's diploma.
    const closed = ctx.role('rome-x0001')?.moves.find((m) => m.to === 'rome-c0001');
    expect(closed && stepConditions(closed, new Set(), new Set())).toBeNull();
    const routes = routeTo(ctx, 'sec', secProfile());
    expect(routes.map((r) => r.steps.map((s) => s.move.to).join('>'))).toEqual([
      'rome-n0001>rome-c0001',
    ]);
    // The nurse's diploma, then four years of practice and the cadre's (obtained on the way).
    expect(routes[0]?.steps.map((s) => s.costing.conditions)).toEqual([36, 48 + 12]);
    expect(routes[0]?.steps[1]?.conditions.map((c) => [c.kind, c.months])).toEqual([
      ['EXPERIENCE', 48],
      ['DIPLOMA', 12],
    ]);
    expect(routes[0]?.estimatedMonths).toBe(36 + 60);
    const [match] = reachableRoles(ctx, 'sec', secProfile(), 2).filter(
      (m) => m.roleId === 'rome-c0001',
    );
    expect(match).toMatchObject({ viaRoleIds: ['rome-n0001'], estimatedMonths: 60 });
    // The generic rule knows no prerequisite: the way through X0001 is the cheaper one.
    const generic = new PlanningContext(composeWithRome(study(), data()));
    expect(routeTo(generic, 'sec', secProfile())[0]?.steps.map((s) => s.move.to)).toEqual([
      'rome-x0001',
      'rome-c0001',
    ]);
  });

  it('opens the way to a secretary who says she holds the diploma that gives access', () => {
    const ctx = new PlanningContext(composeWithRome(study(), data(), diplomas));
    const held = new Set(['infirmier']);
    const routes = planRoutes(ctx, {
      fromRoleId: 'sec',
      targetRoleId: 'rome-c0001',
      profile: secProfile(),
      maxSteps: 3,
      limit: 3,
      families: null,
      diplomas: held,
    });
    // Through X0001 now (nothing to learn there), and through N0001 without the nurse's diploma.
    expect(routes.map((r) => r.steps.map((s) => s.move.to).join('>'))).toEqual([
      'rome-x0001>rome-c0001',
      'rome-n0001>rome-c0001',
    ]);
    // Her practice is hers to count: said, not counted.
    const [practice, diploma] = routes[0]?.steps[1]?.conditions ?? [];
    expect(practice?.kind).toBe('EXPERIENCE');
    expect(practice?.months).toBeUndefined();
    expect(practice?.label).toContain('non comptés');
    expect(diploma).toMatchObject({ kind: 'DIPLOMA', months: 12 });
    // Into N0001, her diploma is enough: only the change of field remains.
    expect(routes[1]?.steps[0]?.conditions.map((c) => c.kind)).toEqual(['TRAINING']);
    const [match] = reachableRoles(ctx, 'sec', secProfile(), 2, null, new Set(), held).filter(
      (m) => m.roleId === 'rome-c0001',
    );
    // « Où puis-je aller ? » goes through N0001 as before, but asks neither diploma of the nurse
    // nor her practice: the change of field (24) is the longest, not 60 months.
    expect(match).toMatchObject({ viaRoleIds: ['rome-n0001'], estimatedMonths: 24 });
  });

  it('lets her go back to a job of her diploma, which no mobility links to her current one', () => {
    const ctx = new PlanningContext(composeWithRome(study(), data(), diplomas));
    const query = {
      fromRoleId: 'sec',
      targetRoleId: 'rome-p0001',
      profile: secProfile(),
      maxSteps: 1,
      limit: 1,
      families: null,
    };
    // No mobility leads from her job to P0001: without her diploma, no route of one step.
    expect(planRoutes(ctx, query)).toEqual([]);
    const [route] = planRoutes(ctx, { ...query, diplomas: new Set(['infirmier']) });
    const [step] = route?.steps ?? [];
    expect(step?.move).toMatchObject({ id: 'retour-infirmier-rome-p0001', byDiploma: 'infirmier' });
    expect(step?.move.source).toMatch(/^derived: /);
    expect(step?.conditions).toEqual([]);
    // It is hers, not a path of the study: a chosen family leaves it out.
    const family = new Set(['EXPERTISE'] as const);
    expect(
      planRoutes(ctx, { ...query, diplomas: new Set(['infirmier']), families: family }),
    ).toEqual([]);
    const reach = reachableRoles(
      ctx,
      'sec',
      secProfile(),
      1,
      null,
      new Set(),
      new Set(['infirmier']),
    );
    expect(reach.map((m) => m.roleId)).toContain('rome-p0001');
  });

  it('asks no new diploma of a holder, and counts no practice from the current job', () => {
    const ctx = new PlanningContext(composeWithRome(study(), data(), diplomas));
    const moves = ctx.role('rome-n0001')?.moves ?? [];
    const nurse = new Set(ctx.role('rome-n0001')?.diplomas);
    const toP = moves.find((m) => m.to === 'rome-p0001');
    expect(toP && stepConditions(toP, nurse, nurse)).toEqual([]);
    expect(toP?.distance).toBe('SHORT');
    // From her own job, the nurse may have her four years already: only the diploma counts.
    const profile: Profile = new Map([
      ['k-a', 'OPERATIONAL'],
      ['rome-8', 'OPERATIONAL'],
    ]);
    const [route] = routeTo(ctx, 'rome-n0001', profile);
    expect(route?.steps.map((s) => s.costing.conditions)).toEqual([12]);
    expect(route?.steps[0]?.conditions[0]?.label).toContain("4 ans d'exercice exigés");
  });
});
