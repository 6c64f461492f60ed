import { z } from 'zod';
import { levelEvidenceSchema, pathFamilySchema } from '../../../schema/common.js';
import type { FutureProfileRecord } from '../../domain/records.js';
import type { Resolvers } from '../../graphql/api-types.generated.js';
import {
  certificationsArgs,
  diplomasArgs,
  id,
  parseArgs,
  profile,
} from '../../graphql/arguments.js';
import { block, item, many, one, role, skill } from '../../graphql/lookups.js';
import type { MemberGap, SkillNeed, TeamGapResult, TrainingNeed } from './team-gap.js';
import { futureProfiles, teamGapFor } from './team-service.js';
import {
  teamCertificationPlan,
  teamDiplomaPlan,
  type TeamBlocPlan,
} from './team-certifications.js';
import { diplomasAsked } from '../planning/reviewed-diplomas.js';
import { blockCode } from '../drafts/draft-export.js';
import { publishedOnce } from '../drafts/publication-service.js';
import type { FieldCosts } from '../../graphql/field-costs.js';

/** The HR team map: what a team lacks for a role, a family or a future profile. */

/** Each person of the map with the target the map gives her and the levels it counts. */
const teamMembers = (t: TeamGapResult) =>
  t.members.map((m) => ({
    id: m.memberId,
    targetRoleId: m.roleId,
    profile: t.profiles?.get(m.memberId) ?? new Map<never, never>(),
  }));

const teamGapArgs = z.object({
  team: z
    .array(
      profile.extend({ id: z.string().trim().min(1, 'must not be empty').max(100, 'is too long') }),
    )
    .max(500, 'lists more than 500 people'),
  minEvidence: levelEvidenceSchema.nullish(),
  target: z.object({
    roleId: id.nullish(),
    family: pathFamilySchema.nullish(),
    futureProfileId: id.nullish(),
  }),
});

export const teamResolvers: Resolvers = {
  Query: {
    teamGap: async (_, args, ctx) => teamGapFor(await ctx.planning(), parseArgs(teamGapArgs, args)),
    futureProfiles: async (_, _args, ctx) => futureProfiles(await ctx.planning()),
  },
  TeamGap: {
    certifications: async (t: TeamGapResult, args, ctx) => {
      const { limit } = parseArgs(certificationsArgs, args);
      const targets = new Set(t.members.map((m) => m.roleId));
      const members = teamMembers(t);
      return (await publishedOnce(ctx, ctx.gateway))
        .filter((c) => targets.has(c.targetRoleId))
        .slice(0, limit)
        .map((c) => teamCertificationPlan(c, members));
    },
    diplomas: (t: TeamGapResult, args) => {
      const { limit } = parseArgs(diplomasArgs, args);
      const members = teamMembers(t);
      return [...new Set(t.members.map((m) => m.roleId))]
        .flatMap((roleId) => diplomasAsked().forRole(roleId))
        .flatMap((d) => teamDiplomaPlan(d, members) ?? [])
        .slice(0, limit);
    },
    uncoveredSkills: (t: TeamGapResult) => t.uncovered,
    summary: (t: TeamGapResult) => ({
      ...t.summary,
      topMissingSkills: t.summary.topMissing,
    }),
  },
  TeamBlocPlan: {
    code: (b: TeamBlocPlan) => blockCode(b.number),
  },
  TeamMemberGap: {
    id: (m: MemberGap) => m.memberId,
    currentRole: one(role, (m: MemberGap) => m.currentRoleId),
    role: one(role, (m: MemberGap) => m.roleId),
    matchPercent: (m: MemberGap) => m.gap.matchPercent,
    cost: (m: MemberGap) => m.gap.cost,
    estimatedMonths: (m: MemberGap) => m.gap.estimatedMonths,
  },
  TrainingNeed: {
    block: one(block, (n: TrainingNeed) => n.blockId),
    item: one(item, (n: TrainingNeed) => n.itemId),
  },
  FutureProfile: {
    roles: many(role, (f: FutureProfileRecord) => f.anticipates.map((a) => a.roleId)),
  },
  SkillNeed: {
    skill: one(skill, (n: SkillNeed) => n.skillId),
  },
};

/** One gap per person (and per candidate role of a family): the cost grows with the team. */
export const teamCosts: FieldCosts = {
  Query: { teamGap: (args) => 50 * (Array.isArray(args.team) ? args.team.length : 0) },
};
