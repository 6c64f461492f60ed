import { findJobSheet } from '../repositories/job-sheet-repository.js';
import { findRoles, findSkills } from '../services/catalog-service.js';
import { careerRoutes, reachable, skillGap } from '../services/planning-service.js';
import {
  careerRoutesArgs,
  parseArgs,
  reachableRolesArgs,
  searchArgs,
  skillGapArgs,
} from './arguments.js';
import type { ApiContext } from './context.js';
import { typeResolvers } from './type-resolvers.js';
import { z } from 'zod';
import { pathFamilySchema } from '../../schema/common.js';

type Args = Record<string, unknown>;

const rolesArgs = searchArgs.extend({ family: pathFamilySchema.nullish() });
const codeArgs = z.object({
  code: z.string().trim().min(1, 'must not be empty').max(20, 'is too long'),
});

/** Thin: parse the arguments, delegate to a service, return domain records. */
const Query = {
  jobSheet: (_: unknown, args: Args, ctx: ApiContext) =>
    findJobSheet(ctx.gateway, parseArgs(codeArgs, args).code),
  role: async (_: unknown, args: { id: string }, ctx: ApiContext) =>
    (await ctx.planning()).role(args.id) ?? null,
  roles: async (_: unknown, args: Args, ctx: ApiContext) =>
    findRoles(ctx.gateway, await ctx.planning(), parseArgs(rolesArgs, args)),
  skills: async (_: unknown, args: Args, ctx: ApiContext) =>
    findSkills(ctx.gateway, await ctx.planning(), parseArgs(searchArgs, args).search),
  trainingBlocks: async (_: unknown, _args: Args, ctx: ApiContext) =>
    (await ctx.planning()).graph.blocks,
  levels: async (_: unknown, _args: Args, ctx: ApiContext) => (await ctx.planning()).graph.levels,
  skillGap: async (_: unknown, args: Args, ctx: ApiContext) => {
    const { profile, targetRoleId } = parseArgs(skillGapArgs, args);
    return skillGap(await ctx.planning(), profile, targetRoleId);
  },
  careerRoutes: async (_: unknown, args: Args, ctx: ApiContext) =>
    careerRoutes(await ctx.planning(), parseArgs(careerRoutesArgs, args)),
  reachableRoles: async (_: unknown, args: Args, ctx: ApiContext) =>
    reachable(await ctx.planning(), parseArgs(reachableRolesArgs, args)),
};

export const resolvers = { Query, ...typeResolvers };
