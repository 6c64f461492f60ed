import type { Level, PathFamily } from '../../schema/common.js';
import type { SkillGapResult } from './gap.js';
import { higherLevel } from './levels.js';
import type { PlanningContext } from './planning-context.js';
import { PriorityQueue } from './priority-queue.js';
import { learnRequirements, type Profile } from './profile.js';
import type { MoveRecord, RoleRecord } from './records.js';

export interface RouteQuery {
  fromRoleId: string;
  targetRoleId: string;
  profile: Profile;
  maxSteps: number;
  limit: number;
  /** null: every family. Moves with no family (entry into the job) are always allowed. */
  families: ReadonlySet<PathFamily> | null;
}

export interface RouteStep {
  move: MoveRecord;
  /** The gap for the step's target role, against the profile as it stands after earlier steps. */
  gap: SkillGapResult;
}

export interface Route {
  steps: RouteStep[];
  totalCost: number;
  estimatedMonths: number;
}

export class SearchBudgetExceededError extends Error {
  constructor(readonly budget: number) {
    super(`the route search explored more than ${budget} partial routes`);
    this.name = 'SearchBudgetExceededError';
  }
}

/** Partial routes explored before giving up: bounds the worst case of a dense graph. */
export const SEARCH_BUDGET = 500_000;

interface Partial {
  roleId: string;
  moves: MoveRecord[];
  /** Roles taken so far, start excluded: the profile is the query's raised by their requirements. */
  roles: string[];
  cost: number;
  months: number;
  key: string;
}

/** Cheapest first, then fewer steps, then route id: the order is total, so answers are stable. */
const byCostStepsId = (a: Partial, b: Partial): number =>
  a.cost - b.cost ||
  a.moves.length - b.moves.length ||
  (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const allowed = (move: MoveRecord, families: ReadonlySet<PathFamily> | null): boolean =>
  families === null || move.family === null || families.has(move.family);

/** Fewest moves from each role to the target, over allowed moves (reverse breadth-first search). */
function hopsToTarget(ctx: PlanningContext, query: RouteQuery): Map<string, number> {
  const hops = new Map([[query.targetRoleId, 0]]);
  let frontier = [query.targetRoleId];
  for (let depth = 1; depth <= query.maxSteps && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const roleId of frontier) {
      for (const move of ctx.movesInto(roleId)) {
        if (hops.has(move.from) || !allowed(move, query.families)) continue;
        hops.set(move.from, depth);
        next.push(move.from);
      }
    }
    frontier = next;
  }
  return hops;
}

/**
 * A skill's level after a partial route. Computed from the (at most maxSteps) roles taken rather
 * than kept as a copied profile per partial route: the search creates many more partial routes
 * than it finishes.
 */
function levelAfter(ctx: PlanningContext, query: RouteQuery, partial: Partial, skillId: string) {
  let level: Level | undefined = query.profile.get(skillId);
  for (const roleId of partial.roles) {
    const required = ctx.requiredLevel(roleId, skillId);
    if (required) level = higherLevel(level, required);
  }
  return level;
}

function extend(
  ctx: PlanningContext,
  query: RouteQuery,
  partial: Partial,
  move: MoveRecord,
  target: RoleRecord,
): Partial {
  let cost = 0;
  let stepMonths = 0;
  for (const requirement of target.requirements) {
    const current = levelAfter(ctx, query, partial, requirement.skillId);
    const months = ctx.scale.monthsBetween(current, requirement.level);
    cost += months;
    stepMonths = Math.max(stepMonths, months);
  }
  return {
    roleId: target.id,
    moves: [...partial.moves, move],
    roles: [...partial.roles, target.id],
    cost: partial.cost + cost,
    months: partial.months + stepMonths,
    key: `${partial.key}>${target.id}`,
  };
}

function toRoute(ctx: PlanningContext, query: RouteQuery, found: Partial): Route {
  let profile = query.profile;
  const steps = found.moves.map((move) => {
    const role = ctx.role(move.to);
    if (!role) throw new Error(`move ${move.id} leads to unknown role ${move.to}`);
    const gap = ctx.gap(role, profile);
    profile = learnRequirements(profile, role.requirements);
    return { move, gap };
  });
  return { steps, totalCost: found.cost, estimatedMonths: found.months };
}

/**
 * The `limit` cheapest chains of documented moves from one role to another, each of at most
 * `maxSteps` moves and visiting no role twice. A step costs the learning months of what the
 * profile, as it stands after the earlier steps, lacks for the step's role (levels.ts).
 * Best-first search: since a step never costs less than nothing, routes come out in order.
 */
export function planRoutes(ctx: PlanningContext, query: RouteQuery): Route[] {
  if (query.fromRoleId === query.targetRoleId) return [];
  const hops = hopsToTarget(ctx, query);
  const startHops = hops.get(query.fromRoleId);
  if (startHops === undefined || startHops > query.maxSteps) return [];

  const queue = new PriorityQueue<Partial>(byCostStepsId);
  queue.push({
    roleId: query.fromRoleId,
    moves: [],
    roles: [],
    cost: 0,
    months: 0,
    key: query.fromRoleId,
  });
  const routes: Route[] = [];
  let explored = 0;
  while (queue.size > 0 && routes.length < query.limit) {
    const partial = queue.pop();
    if (!partial) break;
    if (partial.roleId === query.targetRoleId) {
      routes.push(toRoute(ctx, query, partial));
      continue;
    }
    if (++explored > SEARCH_BUDGET) throw new SearchBudgetExceededError(SEARCH_BUDGET);
    for (const move of ctx.role(partial.roleId)?.moves ?? []) {
      const remaining = hops.get(move.to);
      if (remaining === undefined || partial.moves.length + 1 + remaining > query.maxSteps)
        continue;
      if (!allowed(move, query.families)) continue;
      if (move.to === query.fromRoleId || partial.roles.includes(move.to)) continue;
      const target = ctx.role(move.to);
      if (target) queue.push(extend(ctx, query, partial, move, target));
    }
  }
  return routes;
}
