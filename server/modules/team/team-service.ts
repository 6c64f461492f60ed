import type { PathFamily } from '../../../schema/common.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import type { RoleRecord } from '../../domain/records.js';
import { teamGap, type TeamGapResult, type TeamMember } from './team-gap.js';
import { UserInputError } from '../../domain/errors.js';
import { resolveProfile, type ProfileArgs } from '../planning/planning-service.js';
import { roleById, rolesOfFamilies, rolesOfFutureProfile } from '../planning/targets.js';

/** The largest team one request may carry. */
export const MAX_TEAM_SIZE = 500;

export interface TeamGapArgs {
  team: readonly (ProfileArgs & { id: string })[];
  target: {
    roleId?: string | null | undefined;
    family?: PathFamily | null | undefined;
    futureProfileId?: string | null | undefined;
  };
}

/** The roles a target stands for: one role, a family's roles, or a future profile's roles. */
function targetRoles(ctx: PlanningContext, target: TeamGapArgs['target']): RoleRecord[] {
  const given = [target.roleId, target.family, target.futureProfileId].filter((v) => v != null);
  if (given.length !== 1) {
    throw new UserInputError('target', 'give exactly one of roleId, family or futureProfileId');
  }
  if (target.roleId != null) return [roleById(ctx, target.roleId, 'target.roleId')];
  if (target.family != null) return rolesOfFamilies(ctx, [target.family]);
  return rolesOfFutureProfile(ctx, target.futureProfileId ?? '', 'target.futureProfileId');
}

/** Each member's profile, with errors naming the member's index: team[3].currentRoleId. */
function members(ctx: PlanningContext, team: TeamGapArgs['team']): TeamMember[] {
  const seen = new Set<string>();
  return team.map((member, i) => {
    if (seen.has(member.id)) {
      throw new UserInputError(`team[${i}].id`, `identifier "${member.id}" is listed twice`);
    }
    seen.add(member.id);
    try {
      const { role, profile } = resolveProfile(ctx, member);
      return { id: member.id, currentRoleId: role.id, profile };
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      throw new UserInputError(error.field.replace(/^profile\./, `team[${i}].`), error.reason);
    }
  });
}

/** The future profiles, in id order, for choosing a target. */
export const futureProfiles = (ctx: PlanningContext) => [...ctx.graph.futureProfiles.values()];

/** HR's question: what does this team lack for this target, and which training closes it? */
export function teamGapFor(ctx: PlanningContext, args: TeamGapArgs): TeamGapResult {
  if (args.team.length === 0) throw new UserInputError('team', 'must list at least one person');
  if (args.team.length > MAX_TEAM_SIZE) {
    throw new UserInputError('team', `lists more than ${MAX_TEAM_SIZE} people`);
  }
  const roles = targetRoles(ctx, args.target);
  if (roles.length === 0) throw new UserInputError('target', 'no role stands for this target');
  return teamGap(ctx, members(ctx, args.team), roles);
}
