import type { ConditionKind, PathFamily } from '../../schema/common.js';
import type { PlanningContext } from './planning-context.js';
import { conditionTime, stepConditions, withDiplomasOf } from './diplomas.js';
import { moveAllowed, routeStart } from './route-planner.js';
import type { Profile } from './profile.js';
import type { ConditionRecord, MoveRecord } from './records.js';

/** Every kind a condition is: its own and those it also names (« … ou concours »). */
export const conditionKinds = (c: ConditionRecord): ConditionKind[] => [
  c.kind,
  ...(c.alsoKinds ?? []),
];

export interface RoleMatchResult {
  roleId: string;
  /** Fewest documented moves from the current role. */
  steps: number;
  /** How much of the role's requirements the profile holds today. */
  matchPercent: number;
  /** Learning time of what is missing (skills learnt side by side: the longest one). */
  estimatedMonths: number;
  /** The roles passed through on the way (none for a direct move). */
  viaRoleIds: string[];
  /** The conditions of the moves on the way (concours, diploma…), each once. */
  conditions: ConditionRecord[];
  /** Under a scenario: whether it favours the role or puts it at risk, and why. */
  outlook?: { roleId: string; effect: 'FAVOURED' | 'AT_RISK'; source: string } | null;
}

interface Arrival {
  move: MoveRecord;
  conditions: ConditionRecord[];
}

/**
 * Roles within `maxSteps` moves of the current one, over the moves the chosen path families
 * allow (null: all) and that carry none of the `avoid` condition kinds (« sans concours »…),
 * best match first (then nearer, then id): "where can I go from here?". Every reachable role is
 * returned; the caller pages.
 */
export function reachableRoles(
  ctx: PlanningContext,
  fromRoleId: string,
  profile: Profile,
  maxSteps: number,
  families: ReadonlySet<PathFamily> | null = null,
  avoid: ReadonlySet<string> = new Set(),
  diplomas: ReadonlySet<string> = new Set(),
): RoleMatchResult[] {
  const start = routeStart(ctx, fromRoleId, diplomas);
  const heldAtStart = start.held;
  // How each role was first reached: the move, its conditions then, the diplomas held after.
  const arrivedBy = new Map<string, Arrival | null>([[fromRoleId, null]]);
  const held = new Map([[fromRoleId, heldAtStart]]);
  const steps = new Map([[fromRoleId, 0]]);
  let frontier = [fromRoleId];
  for (let depth = 1; depth <= maxSteps && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const roleId of frontier) {
      const holding = held.get(roleId) ?? heldAtStart;
      const moves = roleId === fromRoleId ? start.moves : (ctx.role(roleId)?.moves ?? []);
      for (const move of moves) {
        if (steps.has(move.to) || !moveAllowed(move, families)) continue;
        const conditions = stepConditions(move, holding, heldAtStart);
        if (!conditions || conditions.some((c) => conditionKinds(c).some((k) => avoid.has(k))))
          continue;
        steps.set(move.to, depth);
        arrivedBy.set(move.to, { move, conditions });
        held.set(move.to, withDiplomasOf(holding, ctx.role(move.to) ?? {}));
        next.push(move.to);
      }
    }
    frontier = next;
  }
  const matches: RoleMatchResult[] = [];
  for (const [roleId, distance] of steps) {
    const role = ctx.role(roleId);
    if (roleId === fromRoleId || !role) continue;
    const way: Arrival[] = [];
    for (let step = arrivedBy.get(roleId); step; step = arrivedBy.get(step.move.from)) {
      way.unshift(step);
    }
    const conditions = new Map(way.flatMap((s) => s.conditions).map((c) => [c.id, c]));
    const gap = ctx.gap(role, profile);
    matches.push({
      roleId,
      steps: distance,
      matchPercent: gap.matchPercent,
      estimatedMonths: Math.max(
        gap.estimatedMonths,
        ...way.map((s) => conditionTime(s.conditions)),
      ),
      viaRoleIds: way.slice(0, -1).map((s) => s.move.to),
      conditions: [...conditions.values()],
    });
  }
  return matches.sort(
    (a, b) =>
      b.matchPercent - a.matchPercent || a.steps - b.steps || (a.roleId < b.roleId ? -1 : 1),
  );
}
