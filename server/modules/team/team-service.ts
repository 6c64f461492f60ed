import type { PathFamily } from '../../../schema/common.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import type { RoleRecord } from '../../domain/records.js';
import { teamGap, type TeamGapResult, type TeamMember } from './team-gap.js';
import { UserInputError } from '../../domain/errors.js';
import {
  gapWithEvidence,
  resolveProfile,
  type GivenLevels,
  type ProfileArgs,
} from '../planning/planning-service.js';
import type { LevelEvidence } from '../../../schema/common.js';
import { roleById, rolesOfFamilies, rolesOfFutureProfile } from '../planning/targets.js';

/** The largest team one request may carry. */
export const MAX_TEAM_SIZE = 500;

export interface TeamGapArgs {
  team: readonly (ProfileArgs & { id: string })[];
  /** Levels given with weaker evidence are not counted above the job's (null: all count). */
  minEvidence?: LevelEvidence | null;
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
function members(
  ctx: PlanningContext,
  team: TeamGapArgs['team'],
  minEvidence: LevelEvidence,
): (TeamMember & { given: GivenLevels })[] {
  const seen = new Set<string>();
  return team.map((member, i) => {
    if (seen.has(member.id)) {
      throw new UserInputError(`team[${i}].id`, `identifier "${member.id}" is listed twice`);
    }
    seen.add(member.id);
    try {
      const { role, profile, given } = resolveProfile(ctx, member, minEvidence);
      return { id: member.id, currentRoleId: role.id, profile, given };
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
  const team = members(ctx, args.team, args.minEvidence ?? 'DECLARED');
  const result = teamGap(ctx, team, roles);
  const given = new Map(team.map((m) => [m.id, m.given]));
  return {
    ...result,
    profiles: new Map(team.map((m) => [m.id, m.profile])),
    members: result.members.map((m) => ({
      ...m,
      gap: gapWithEvidence(m.gap, given.get(m.memberId) ?? new Map<never, never>()),
    })),
  };
}
