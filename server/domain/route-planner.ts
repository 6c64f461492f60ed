import type { Level, PathFamily } from '../../schema/common.js';
import type { SkillGapResult } from './gap.js';
import { higherLevel, learningEffort } from './levels.js';
import type { PlanningContext } from './planning-context.js';
import { PriorityQueue } from './priority-queue.js';
import { heldBy, learnRequirements, type Profile } from './profile.js';
import { rankCost, romeStepEffort } from './rome-cost.js';
import { conditionTime, returnMoves, stepConditions, withDiplomasOf } from './diplomas.js';
import type { FundingRecord } from './funding.js';
import type { ConditionRecord, MoveRecord, RoleRecord } from './records.js';
import type { StepMeansRecord } from './step-means.js';
import type { DiplomaCredit } from './diploma-credit.js';

export interface RouteQuery {
  fromRoleId: string;
  targetRoleId: string;
  profile: Profile;
  maxSteps: number;
  limit: number;
  /** null: every family. Moves with no family (entry into the job) are always allowed. */
  families: ReadonlySet<PathFamily> | null;
  /** Diplomas the person says she holds beyond her current job's (diplomas.ts). */
  diplomas?: ReadonlySet<string>;
}

/** What a step costs, part by part (the route's totalCost adds up the totals). */
export interface StepCosting {
  /** Learning: the study's sum of months, or ROME's share of the core not held × 162. */
  learning: number;
  /** Into a ROME fiche: the share of its core requirements' levels not held (0 to 1). */
  missingShare: number | null;
  /** ROME's order of the move (half a month per place after the first). */
  rank: number;
  /** The longest condition with a time (a ROME job's diploma, a change of field). */
  conditions: number;
  total: number;
}

export interface RouteStep {
  move: MoveRecord;
  /** The move's conditions for this person at this point of the route (diplomas.ts). */
  conditions: ConditionRecord[];
  /** Her levels before the step: what the earlier steps taught added to hers (per request only). */
  before: Profile;
  /** The gap for the step's target role, against the profile as it stands after earlier steps. */
  gap: SkillGapResult;
  costing: StepCosting;
  /** Under a scenario: whether it favours the step's role or puts it at risk. */
  outlook?: { roleId: string; effect: 'FAVOURED' | 'AT_RISK'; source: string } | null;
  /** How the step is taken and who may pay, for the person (set once the routes are found). */
  means?: StepMeansRecord[];
  funding?: FundingRecord[];
  /** The diplomas made of blocs its conditions ask for, against `before` (set by the planning service). */
  diplomas?: DiplomaCredit[];
}

export interface Route {
  steps: RouteStep[];
  totalCost: number;
  estimatedMonths: number;
}

/** Why a route search was cut off: too much work, or too much time. */
export type SearchLimit = 'work' | 'time';

export class SearchBudgetExceededError extends Error {
  constructor(readonly limit: SearchLimit) {
    super(
      limit === 'work'
        ? `the route search expanded more than ${SEARCH_BUDGET} partial routes`
        : 'the route search ran out of time',
    );
    this.name = 'SearchBudgetExceededError';
  }
}

/**
 * Units of work a search may spend: one per partial route taken from the queue and one per
 * partial route put into it (a dense graph pushes far more than it pops). Bounds time and memory.
 */
export const SEARCH_BUDGET = 400_000;

interface Partial {
  roleId: string;
  moves: MoveRecord[];
  /** Roles taken so far, start excluded: the profile is the query's raised by their requirements. */
  roles: string[];
  /** Each step's conditions, for the diplomas held when it was taken. */
  conditions: ConditionRecord[][];
  /** Diplomas held after the route so far. */
  diplomas: ReadonlySet<string>;
  cost: number;
  months: number;
}

/** Compares two sequences of move ids move by move (so "a" comes before "a-b", whatever "-"). */
function byMoveIds(a: readonly MoveRecord[], b: readonly MoveRecord[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = (a[i] as MoveRecord).id;
    const y = (b[i] as MoveRecord).id;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Cheapest first, then fewer steps, then the sequence of move ids: the order is total (move ids
 * are unique), so the same question always gets the same answer, parallel moves included.
 */
const byCostStepsId = (a: Partial, b: Partial): number =>
  a.cost - b.cost || a.moves.length - b.moves.length || byMoveIds(a.moves, b.moves);

/** A route's id: its move ids in order, joined by ">" (unique even when two moves are parallel). */
export const routeId = (route: Route): string => route.steps.map((step) => step.move.id).join('>');

/**
 * A move the chosen families allow: any, with no choice; the study's moves without a family
 * (entries into the job) always; ROME's moves and the return to a job of a declared diploma
 * (which have no study family) only with no choice.
 */
export const moveAllowed = (move: MoveRecord, families: ReadonlySet<PathFamily> | null): boolean =>
  families === null ||
  (move.family === null
    ? move.rank === undefined && move.byDiploma === undefined
    : families.has(move.family));

/**
 * Where a route starts, for routes and « Où puis-je aller ? » alike: the diplomas the person
 * holds (hers and her current job's) and the moves open to her (the job's own, and back to the
 * jobs of a declared diploma).
 */
export function routeStart(
  ctx: PlanningContext,
  fromRoleId: string,
  declared: ReadonlySet<string> = new Set(),
): { held: ReadonlySet<string>; moves: readonly MoveRecord[] } {
  const from = ctx.role(fromRoleId);
  if (!from) return { held: declared, moves: [] };
  const held = withDiplomasOf(declared, from);
  if (declared.size === 0) return { held, moves: from.moves };
  const labelOf = (id: string) => ctx.graph.diplomas?.get(id)?.label ?? id;
  const back = returnMoves(ctx.graph.roles.values(), from, declared, labelOf);
  return { held, moves: [...from.moves, ...back] };
}

/** Fewest moves from each role to the target, over allowed moves (reverse breadth-first search). */
function hopsToTarget(ctx: PlanningContext, query: RouteQuery): Map<string, number> {
  const hops = new Map([[query.targetRoleId, 0]]);
  let frontier = [query.targetRoleId];
  for (let depth = 1; depth <= query.maxSteps && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const roleId of frontier) {
      for (const move of ctx.movesInto(roleId)) {
        if (hops.has(move.from) || !moveAllowed(move, query.families)) continue;
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
    const held = ctx.heldLevel(roleId, skillId);
    if (held) level = higherLevel(level, held);
  }
  return level;
}

/** The partial route one move further, or null when the move is closed to the person. */
function extend(
  ctx: PlanningContext,
  query: RouteQuery,
  heldAtStart: ReadonlySet<string>,
  partial: Partial,
  move: MoveRecord,
  target: RoleRecord,
): Partial | null {
  const conditions = stepConditions(move, partial.diplomas, heldAtStart);
  if (conditions === null) return null;
  const levelOf = (skillId: string) => levelAfter(ctx, query, partial, skillId);
  // A ROME fiche no study role stands for is priced by ROME's model; the study's roles as always.
  const step = target.romeFiche
    ? romeStepEffort(ctx.scale, target, levelOf)
    : learningEffort(
        target.requirements.map((r) => ctx.scale.monthsBetween(levelOf(r.skillId), r.level)),
      );
  // A condition with a time (a ROME job's diploma) adds to the effort and lasts at least as long.
  const conditionMonths = conditionTime(conditions);
  return {
    roleId: target.id,
    moves: [...partial.moves, move],
    roles: [...partial.roles, target.id],
    conditions: [...partial.conditions, conditions],
    diplomas: withDiplomasOf(partial.diplomas, target),
    cost: partial.cost + step.cost + rankCost(move.rank) + conditionMonths,
    months: partial.months + Math.max(step.months, conditionMonths),
  };
}

function toRoute(ctx: PlanningContext, query: RouteQuery, found: Partial): Route {
  let profile = query.profile;
  const steps = found.moves.map((move, index) => {
    const conditions = found.conditions[index] ?? move.conditions;
    const role = ctx.role(move.to);
    if (!role) throw new Error(`move ${move.id} leads to unknown role ${move.to}`);
    const before = profile;
    const gap = ctx.gap(role, profile);
    const rank = rankCost(move.rank);
    const conditionMonths = conditionTime(conditions);
    profile = learnRequirements(profile, heldBy(role));
    return {
      move,
      conditions,
      before,
      gap,
      costing: {
        learning: gap.cost,
        missingShare: gap.missingShare,
        rank,
        conditions: conditionMonths,
        total: gap.cost + rank + conditionMonths,
      },
    };
  });
  return { steps, totalCost: found.cost, estimatedMonths: found.months };
}

/**
 * The `limit` cheapest chains of documented moves from one role to another, each of at most
 * `maxSteps` moves and visiting no role twice. A step costs the learning months of what the
 * profile, as it stands after the earlier steps, lacks for the step's role (levels.ts), and the
 * time of its conditions for the diplomas held by then (diplomas.ts).
 * Best-first search: since a step never costs less than nothing, routes come out in order.
 *
 * The search can be run in slices (`advance`) so that a caller can yield to other work between
 * them; it gives up with SearchBudgetExceededError once it has spent its work budget.
 */
export class RouteSearch {
  private readonly queue = new PriorityQueue<Partial>(byCostStepsId);
  private readonly hops: Map<string, number>;
  /** The moves open from the current role (routeStart). */
  private readonly firstMoves: readonly MoveRecord[];
  /** The diplomas the person holds before the route: hers and her current job's. */
  private readonly heldAtStart: ReadonlySet<string>;
  private readonly found: Route[] = [];
  private spent = 0;
  private finished = false;

  constructor(
    private readonly ctx: PlanningContext,
    private readonly query: RouteQuery,
    private readonly budget: number = SEARCH_BUDGET,
  ) {
    this.hops = hopsToTarget(ctx, query);
    const start = routeStart(ctx, query.fromRoleId, query.diplomas);
    this.heldAtStart = start.held;
    this.firstMoves = start.moves;
    // Fewest moves from the start, counting the moves only she has (back to her diploma's jobs).
    const startHops = Math.min(
      this.hops.get(query.fromRoleId) ?? Infinity,
      ...this.firstMoves.map((m) => 1 + (this.hops.get(m.to) ?? Infinity)),
    );
    if (query.fromRoleId === query.targetRoleId || startHops > query.maxSteps) {
      this.finished = true;
      return;
    }
    this.queue.push({
      roleId: query.fromRoleId,
      moves: [],
      roles: [],
      conditions: [],
      diplomas: this.heldAtStart,
      cost: 0,
      months: 0,
    });
  }

  get done(): boolean {
    return this.finished;
  }

  /** Work spent so far (pops and pushes). */
  get work(): number {
    return this.spent;
  }

  /** The routes found so far, cheapest first; all of them once `done`. */
  get routes(): readonly Route[] {
    return this.found;
  }

  /** Spends at most about `slice` units of work; true once the search is over. */
  advance(slice: number): boolean {
    const { ctx, query, queue, hops } = this;
    const stopAt = this.spent + slice;
    while (!this.finished && this.spent < stopAt) {
      const partial = queue.pop();
      if (!partial || this.found.length >= query.limit) {
        this.finished = true;
        break;
      }
      this.spend(1);
      if (partial.roleId === query.targetRoleId) {
        this.found.push(toRoute(ctx, query, partial));
        if (this.found.length >= query.limit) this.finished = true;
        continue;
      }
      const moves =
        partial.moves.length === 0 ? this.firstMoves : (ctx.role(partial.roleId)?.moves ?? []);
      for (const move of moves) {
        const remaining = hops.get(move.to);
        if (remaining === undefined || partial.moves.length + 1 + remaining > query.maxSteps)
          continue;
        if (!moveAllowed(move, query.families)) continue;
        if (move.to === query.fromRoleId || partial.roles.includes(move.to)) continue;
        const target = ctx.role(move.to);
        if (!target) continue;
        const next = extend(ctx, query, this.heldAtStart, partial, move, target);
        if (!next) continue;
        this.spend(1);
        queue.push(next);
      }
    }
    return this.finished;
  }

  private spend(units: number): void {
    this.spent += units;
    if (this.spent > this.budget) {
      this.finished = true;
      throw new SearchBudgetExceededError('work');
    }
  }
}

/** The whole search at once (tests, benchmarks); the API runs it in slices (planning-service). */
export function planRoutes(
  ctx: PlanningContext,
  query: RouteQuery,
  budget: number = SEARCH_BUDGET,
): Route[] {
  const search = new RouteSearch(ctx, query, budget);
  while (!search.advance(Number.POSITIVE_INFINITY));
  return [...search.routes];
}
