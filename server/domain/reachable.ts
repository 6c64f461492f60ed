import type { PathFamily } from '../../schema/common.js';
import type { PlanningContext } from './planning-context.js';
import { moveAllowed } from './route-planner.js';
import type { Profile } from './profile.js';
import { matchPercent } from './gap.js';

export interface RoleMatchResult {
  roleId: string;
  /** Fewest documented moves from the current role. */
  steps: number;
  /** How much of the role's requirements the profile holds today. */
  matchPercent: number;
}

/**
 * Roles within `maxSteps` moves of the current one, over the moves the chosen path families
 * allow (null: all), best match first (then nearer, then id): "where can I go from here?".
 */
export function reachableRoles(
  ctx: PlanningContext,
  fromRoleId: string,
  profile: Profile,
  maxSteps: number,
  limit: number,
  families: ReadonlySet<PathFamily> | null = null,
): RoleMatchResult[] {
  const steps = new Map([[fromRoleId, 0]]);
  let frontier = [fromRoleId];
  for (let depth = 1; depth <= maxSteps && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const roleId of frontier) {
      for (const move of ctx.role(roleId)?.moves ?? []) {
        if (steps.has(move.to) || !moveAllowed(move, families)) continue;
        steps.set(move.to, depth);
        next.push(move.to);
      }
    }
    frontier = next;
  }
  const matches: RoleMatchResult[] = [];
  for (const [roleId, distance] of steps) {
    const role = ctx.role(roleId);
    if (roleId === fromRoleId || !role) continue;
    matches.push({
      roleId,
      steps: distance,
      matchPercent: matchPercent(profile, role.requirements),
    });
  }
  matches.sort(
    (a, b) =>
      b.matchPercent - a.matchPercent || a.steps - b.steps || (a.roleId < b.roleId ? -1 : 1),
  );
  return matches.slice(0, limit);
}
