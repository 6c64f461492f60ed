import type { Level, LevelEvidence, PathFamily } from '../../../schema/common.js';
import { counts, withEvidence, type HeldEvidence } from '../../domain/level-evidence.js';
import type { SkillGapResult } from '../../domain/gap.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import { heldBy, profileFromRequirements, type Profile } from '../../domain/profile.js';
import { reachableRoles, type RoleMatchResult } from '../../domain/reachable.js';
import type { ScenarioRecord } from '../../domain/records.js';
import { scenarioById } from '../diagnostic/diagnostic-service.js';
import type { RoleRecord } from '../../domain/records.js';
import { RouteSearch, type Route, type RouteStep } from '../../domain/route-planner.js';
import { UserInputError } from '../../domain/errors.js';
import { runInSlices } from './sliced-search.js';
import { fundingFor } from '../../domain/funding.js';
import {
  certificationCredit,
  type CertificationCredit,
  type PublishedCertification,
} from '../../domain/bloc-credit.js';
import { stepMeans } from '../../domain/step-means.js';
import type { FundingScheme } from '../../../schema/funding.js';
import { readFundingSchemes } from '../../../seeds/funding/funding-schemes.js';
import { diplomasAsked } from './reviewed-diplomas.js';
import { diplomaCredits } from '../../domain/diploma-credit.js';

export interface ProfileArgs {
  currentRoleId: string;
  skills?:
    | readonly {
        skillId: string;
        level: Level | null;
        /** How the level is known (null: declared by her). */
        evidence?: LevelEvidence | null;
        evidenceDate?: string | null;
      }[]
    | null;
  /** Diplomas of regulated jobs she holds beyond her current job's (with ROME only). */
  diplomas?: readonly string[] | null;
  /** Years of public service today; null: not said. */
  serviceYears?: number | null;
}

function requireRole(ctx: PlanningContext, id: string, field: string): RoleRecord {
  const role = ctx.role(id);
  if (!role) throw new UserInputError(field, `unknown role id "${id}"`);
  return role;
}

/** The diplomas a profile says it holds, each known (with ROME: the reviewed ones) and once. */
function resolveDiplomas(ctx: PlanningContext, args: ProfileArgs): ReadonlySet<string> {
  const held = new Set<string>();
  (args.diplomas ?? []).forEach((id, i) => {
    const field = `profile.diplomas[${i}]`;
    if (!ctx.graph.diplomas?.has(id))
      throw new UserInputError(
        field,
        `unknown diploma id "${id}" (diplomas count with includeRome, ROME imported)`,
      );
    if (held.has(id)) throw new UserInputError(field, `diploma "${id}" is listed twice`);
    held.add(id);
  });
  return held;
}

/**
 * The profile a query speaks of: what the current role holds, with the skills given overriding
 * it skill by skill (a level, or null for « aucune »: she does not have it), the others kept as
 * the role has them; and the diplomas it says it holds.
 */
export function resolveProfile(
  ctx: PlanningContext,
  args: ProfileArgs,
  /** Levels given with weaker evidence are not counted above the job's (level-evidence.ts). */
  minEvidence: LevelEvidence = 'DECLARED',
): {
  role: RoleRecord;
  profile: Profile;
  diplomas: ReadonlySet<string>;
  /** The levels she gave that count, with how each is known. */
  given: GivenLevels;
} {
  const role = requireRole(ctx, args.currentRoleId, 'profile.currentRoleId');
  const diplomas = resolveDiplomas(ctx, args);
  const jobLevels = profileFromRequirements(heldBy(role));
  const profile = new Map<string, Level>(jobLevels);
  const given: GivenLevels = new Map();
  const seen = new Set<string>();
  (args.skills ?? []).forEach(({ skillId, level, evidence, evidenceDate }, i) => {
    const field = `profile.skills[${i}].skillId`;
    if (!ctx.graph.skills.has(skillId))
      throw new UserInputError(field, `unknown skill id "${skillId}"`);
    if (seen.has(skillId)) throw new UserInputError(field, `skill "${skillId}" is listed twice`);
    seen.add(skillId);
    const kind = evidence ?? 'DECLARED';
    if (!counts({ level, kind }, jobLevels.get(skillId), minEvidence)) return;
    given.set(skillId, { level, kind, date: evidenceDate ?? null });
    if (level) profile.set(skillId, level);
    else profile.delete(skillId);
  });
  return { role, profile, diplomas, given };
}

export type GivenLevels = Map<string, { level: Level | null } & HeldEvidence>;

/** A gap whose missing skills say how her current levels are known. */
export const gapWithEvidence = (gap: SkillGapResult, given: GivenLevels): SkillGapResult =>
  given.size === 0 ? gap : { ...gap, missing: withEvidence(gap.missing, given) };

export function skillGap(
  ctx: PlanningContext,
  profileArgs: ProfileArgs,
  targetRoleId: string,
): SkillGapResult {
  const { profile, given } = resolveProfile(ctx, profileArgs);
  return gapWithEvidence(ctx.gap(requireRole(ctx, targetRoleId, 'targetRoleId'), profile), given);
}

export interface CareerRoutesArgs {
  profile: ProfileArgs;
  targetRoleId: string;
  limit: number;
  maxSteps: number;
  families?: readonly PathFamily[] | null;
  scenario?: string | null;
}

/** A route search holds the event loop for at most this long at a stretch. */
export const ROUTE_SEARCH_SLICE_MS = 20;
/** A route search gives up after this long (SEARCH_TOO_BROAD), whatever the request's deadline. */
export const ROUTE_SEARCH_TIME_LIMIT_MS = 1_500;

export async function careerRoutes(
  ctx: PlanningContext,
  args: CareerRoutesArgs,
  deadline: number = performance.now() + ROUTE_SEARCH_TIME_LIMIT_MS,
): Promise<Route[]> {
  const { role, profile, diplomas, given } = resolveProfile(ctx, args.profile);
  const target = requireRole(ctx, args.targetRoleId, 'targetRoleId');
  const scenario = args.scenario ? scenarioById(ctx, args.scenario, 'scenario') : null;
  const search = new RouteSearch(ctx, {
    fromRoleId: role.id,
    targetRoleId: target.id,
    profile,
    maxSteps: args.maxSteps,
    limit: args.limit,
    families: args.families && args.families.length > 0 ? new Set(args.families) : null,
    diplomas,
  });
  const routes = await runInSlices(search, {
    sliceMs: ROUTE_SEARCH_SLICE_MS,
    deadline: Math.min(deadline, performance.now() + ROUTE_SEARCH_TIME_LIMIT_MS),
  });
  if (scenario) routesUnderScenario(routes, scenario);
  for (const route of routes) {
    planSteps(ctx, route, args.profile.serviceYears ?? null);
    for (const step of route.steps) step.gap = gapWithEvidence(step.gap, given);
  }
  return routes;
}

/** The certifications published for a step's role, against her levels before the step. */
export const stepCertifications = (
  step: RouteStep,
  published: readonly PublishedCertification[],
): CertificationCredit[] =>
  published
    .filter((c) => c.targetRoleId === step.move.to)
    .map((c) => certificationCredit(c, step.before));

/** The reviewed funding schemes, read once (a static file: the same on every instance). */
let schemes: readonly FundingScheme[] | undefined;
const fundingSchemes = () => (schemes ??= readFundingSchemes());

/**
 * Each step's means and who may pay for them, for this person: her employer is the sector of the
 * job she holds when the step starts; her years of service grow by the earlier steps' months.
 */
function planSteps(ctx: PlanningContext, route: Route, serviceYears: number | null): void {
  let monthsBefore = 0;
  for (const step of route.steps) {
    const from = requireRole(ctx, step.move.from, 'route');
    const to = requireRole(ctx, step.move.to, 'route');
    const asked = (id: string) => diplomasAsked().of(id);
    step.means = stepMeans(step, from, to, (id) => ctx.block(id), asked);
    step.diplomas = diplomaCredits(step.conditions, asked, step.before);
    step.funding = fundingFor(
      fundingSchemes(),
      step.means.map((m) => m.kind),
      {
        employer: from.sector,
        serviceYears: serviceYears === null ? null : serviceYears + monthsBefore / 12,
      },
    );
    monthsBefore += step.gap.estimatedMonths;
  }
}

/**
 * Under a scenario, each step says what the scenario means for its role; routes through a role
 * the scenario puts at risk come after the others (stable: otherwise the cheapest first).
 */
function routesUnderScenario(routes: Route[], scenario: ScenarioRecord): void {
  const outlook = new Map(scenario.outlook.map((o) => [o.roleId, o]));
  for (const route of routes)
    for (const step of route.steps) step.outlook = outlook.get(step.move.to) ?? null;
  const atRisk = (route: Route) => route.steps.some((s) => s.outlook?.effect === 'AT_RISK');
  routes.sort((a, b) => Number(atRisk(a)) - Number(atRisk(b)));
}

export function reachable(
  ctx: PlanningContext,
  args: {
    profile: ProfileArgs;
    maxSteps: number;
    limit: number;
    offset: number;
    families?: readonly PathFamily[] | null;
    avoid?: readonly string[] | null;
    orderBy?: 'MATCH' | 'DURATION' | 'STEPS' | null;
    scenario?: string | null;
  },
): { total: number; removedByAvoid: number; matches: RoleMatchResult[] } {
  const { role, profile, diplomas } = resolveProfile(ctx, args.profile);
  const families = args.families && args.families.length > 0 ? new Set(args.families) : null;
  const avoid = new Set(args.avoid);
  const all = reachableRoles(ctx, role.id, profile, args.maxSteps, families, avoid, diplomas);
  // What the filter removed, so that the page can say when it removed nothing.
  const removedByAvoid =
    avoid.size === 0
      ? 0
      : reachableRoles(ctx, role.id, profile, args.maxSteps, families, new Set(), diplomas).length -
        all.length;
  // The domain orders by match; another order is stable on top of it, so ties keep that order.
  if (args.orderBy === 'DURATION') all.sort((a, b) => a.estimatedMonths - b.estimatedMonths);
  if (args.orderBy === 'STEPS') all.sort((a, b) => a.steps - b.steps);
  if (args.scenario) underScenario(all, scenarioById(ctx, args.scenario, 'scenario'));
  return {
    total: all.length,
    removedByAvoid,
    matches: all.slice(args.offset, args.offset + args.limit),
  };
}

const OUTLOOK_RANK = { FAVOURED: 0, NONE: 1, AT_RISK: 2 } as const;

/**
 * Under a scenario, each role says what the scenario means for it, and the order moves the roles
 * it favours up and those it puts at risk down (stable: within each, the order asked for).
 */
function underScenario(matches: RoleMatchResult[], scenario: ScenarioRecord): void {
  const outlook = new Map(scenario.outlook.map((o) => [o.roleId, o]));
  for (const match of matches) match.outlook = outlook.get(match.roleId) ?? null;
  matches.sort(
    (a, b) => OUTLOOK_RANK[a.outlook?.effect ?? 'NONE'] - OUTLOOK_RANK[b.outlook?.effect ?? 'NONE'],
  );
}
