import { z } from 'zod';
import { pathFamilySchema } from '../../../schema/common.js';
import { conditionKinds } from '../../domain/reachable.js';
import type {
  ConditionRecord,
  LevelRecord,
  MoveRecord,
  RequirementRecord,
  RoleRecord,
} from '../../domain/records.js';
import type { Resolvers } from '../../graphql/api-types.generated.js';
import { parseArgs } from '../../graphql/arguments.js';
import type { ApiContext } from '../../graphql/context.js';
import { one, role, skill } from '../../graphql/lookups.js';
import { findRoles, findSkills, searchGraph } from './catalog-service.js';
import { FULL_TEXT_SEARCH, searches, type FieldCosts } from '../../graphql/field-costs.js';

/** The study's vocabulary: roles, skills, levels, sigles, and the search over every node. */

const searchArgs = z.object({ search: z.string().max(200, 'is too long').nullish() });
const rolesArgs = searchArgs.extend({ family: pathFamilySchema.nullish() });
const textSearchArgs = z.object({
  text: z.string().max(200, 'is too long'),
  limit: z.number().int().min(1, 'must be between 1 and 50').max(50, 'must be between 1 and 50'),
});

export const catalogResolvers: Resolvers = {
  Query: {
    role: async (_, args, ctx) => (await ctx.planning()).role(args.id) ?? null,
    roles: async (_, args, ctx) =>
      findRoles(ctx.gateway, await ctx.planning(), parseArgs(rolesArgs, args)),
    skills: async (_, args, ctx) =>
      findSkills(ctx.gateway, await ctx.planning(), parseArgs(searchArgs, args).search),
    levels: async (_, _args, ctx) => (await ctx.planning()).graph.levels,
    acronyms: async (_, _args, ctx) => (await ctx.planning()).graph.acronyms,
    search: (_, args, ctx) => {
      const { text, limit } = parseArgs(textSearchArgs, args);
      return searchGraph(ctx.gateway, text, limit);
    },
    datasetVersion: async (_, _args, ctx) => (await ctx.planning()).version?.slice(0, 12) ?? null,
  },
  LevelDefinition: {
    level: (l: LevelRecord) => l.id,
    typicalMonths: async (l: LevelRecord, _: unknown, ctx: ApiContext) =>
      (await ctx.planning()).scale.monthsTo(l.id),
  },
  Condition: { kinds: (c: ConditionRecord) => conditionKinds(c) },
  Role: {
    kind: (r: RoleRecord) => r.roleKind,
    aliases: (r: RoleRecord) => r.aliases ?? [],
    nextMoves: (r: RoleRecord) => r.moves,
  },
  Requirement: {
    skill: one(skill, (r: RequirementRecord) => r.skillId),
  },
  Move: {
    rank: (m: MoveRecord) => m.rank ?? null,
    from: one(role, (m: MoveRecord) => m.from),
    to: one(role, (m: MoveRecord) => m.to),
  },
};

/** Roles and skills answer from the cached graph unless they search. */
export const catalogCosts: FieldCosts = {
  Query: {
    search: () => FULL_TEXT_SEARCH,
    roles: (args) => (searches(args) ? FULL_TEXT_SEARCH : 0),
    skills: (args) => (searches(args) ? FULL_TEXT_SEARCH : 0),
  },
};
