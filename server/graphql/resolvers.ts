import { findRoles, findSkills } from '../services/catalog-service.js';
import {
  graphOverview,
  jobSheet,
  neighbourhood,
  pathBetween,
  searchGraph,
} from '../services/graph-service.js';
import { futureProfiles, teamGapFor } from '../services/team-service.js';
import {
  careerRoutes,
  reachable,
  romeTargets,
  skillGap,
  trainingCoverage,
} from '../services/planning-service.js';
import {
  careerRoutesArgs,
  parseArgs,
  reachableRolesArgs,
  searchArgs,
  skillGapArgs,
  teamGapArgs,
} from './arguments.js';
import type {
  QueryCareerRoutesArgs,
  QueryJobSheetArgs,
  QueryNeighbourhoodArgs,
  QueryPathBetweenArgs,
  QueryReachableArgs,
  QueryReachableRolesArgs,
  QueryRoleArgs,
  QueryRolesArgs,
  QuerySearchArgs,
  QuerySkillGapArgs,
  QuerySkillsArgs,
  QueryTeamGapArgs,
} from './api-types.generated.js';
import type { ApiContext } from './context.js';
import { typeResolvers } from './type-resolvers.js';
import { diagnosticQuery, diagnosticTypes } from './diagnostic-resolvers.js';
import { professionQuery, professionTypes } from './profession-resolvers.js';
import { workbenchMutation, workbenchQuery, workbenchTypes } from './workbench-resolvers.js';
import { z } from 'zod';
import { pathFamilySchema } from '../../schema/common.js';

type Args = Record<string, unknown>;

const rolesArgs = searchArgs.extend({ family: pathFamilySchema.nullish() });
const textSearchArgs = z.object({
  text: z.string().max(200, 'is too long'),
  limit: z.number().int().min(1, 'must be between 1 and 50').max(50, 'must be between 1 and 50'),
});
const nodeKey = z.string().min(1, 'must not be empty').max(300, 'is too long');
const neighbourhoodArgs = z.object({
  key: nodeKey,
  depth: z.number().int(),
  limit: z.number().int(),
  kinds: z.array(z.string().max(50)).max(30).nullish(),
  types: z.array(z.string().max(50)).max(40).nullish(),
});
const pathArgs = z.object({ fromKey: nodeKey, toKey: nodeKey });
const codeArgs = z.object({
  code: z.string().trim().min(1, 'must not be empty').max(20, 'is too long'),
});

/**
 * Thin: parse the arguments (typed from the SDL by npm run codegen, checked by zod), delegate to
 * a service, return domain records.
 */
const Query = {
  jobSheet: (_: unknown, args: QueryJobSheetArgs, ctx: ApiContext) =>
    jobSheet(ctx.gateway, parseArgs(codeArgs, args).code),
  role: async (_: unknown, args: QueryRoleArgs, ctx: ApiContext) =>
    (await ctx.planning()).role(args.id) ?? null,
  roles: async (_: unknown, args: QueryRolesArgs, ctx: ApiContext) =>
    findRoles(ctx.gateway, await ctx.planning(), parseArgs(rolesArgs, args)),
  skills: async (_: unknown, args: QuerySkillsArgs, ctx: ApiContext) =>
    findSkills(ctx.gateway, await ctx.planning(), parseArgs(searchArgs, args).search),
  trainingBlocks: async (_: unknown, _args: Args, ctx: ApiContext) =>
    (await ctx.planning()).graph.blocks,
  levels: async (_: unknown, _args: Args, ctx: ApiContext) => (await ctx.planning()).graph.levels,
  acronyms: async (_: unknown, _args: Args, ctx: ApiContext) =>
    (await ctx.planning()).graph.acronyms,
  skillGap: async (_: unknown, args: QuerySkillGapArgs, ctx: ApiContext) => {
    const { profile, targetRoleId } = parseArgs(skillGapArgs, args);
    return skillGap(await ctx.planning(), profile, targetRoleId);
  },
  careerRoutes: async (_: unknown, args: QueryCareerRoutesArgs, ctx: ApiContext) => {
    const parsed = parseArgs(careerRoutesArgs, args);
    if (parsed.includeRome) ctx.useRome();
    return careerRoutes(await ctx.planning(), parsed, ctx.deadline);
  },
  reachableRoles: async (_: unknown, args: QueryReachableRolesArgs, ctx: ApiContext) =>
    reachable(await ctx.planning(), parseArgs(reachableRolesArgs, args)).matches,
  romeTargets: async (_: unknown, _args: Args, ctx: ApiContext) => {
    ctx.useRome();
    return romeTargets(await ctx.planning());
  },
  romeDiplomas: async (_: unknown, _args: Args, ctx: ApiContext) => {
    ctx.useRome();
    return [...((await ctx.planning()).graph.diplomas?.values() ?? [])];
  },
  reachable: async (_: unknown, args: QueryReachableArgs, ctx: ApiContext) => {
    const parsed = parseArgs(reachableRolesArgs, args);
    if (parsed.includeRome) ctx.useRome();
    return reachable(await ctx.planning(), parsed);
  },
  neighbourhood: (_: unknown, args: QueryNeighbourhoodArgs, ctx: ApiContext) =>
    neighbourhood(ctx.gateway, parseArgs(neighbourhoodArgs, args)),
  pathBetween: (_: unknown, args: QueryPathBetweenArgs, ctx: ApiContext) => {
    const { fromKey, toKey } = parseArgs(pathArgs, args);
    return pathBetween(ctx.gateway, fromKey, toKey);
  },
  graphOverview: (_: unknown, _args: Args, ctx: ApiContext) => graphOverview(ctx.gateway),
  search: (_: unknown, args: QuerySearchArgs, ctx: ApiContext) => {
    const { text, limit } = parseArgs(textSearchArgs, args);
    return searchGraph(ctx.gateway, text, limit);
  },
  trainingCoverage: async (_: unknown, _args: Args, ctx: ApiContext) =>
    trainingCoverage(await ctx.planning()),
  teamGap: async (_: unknown, args: QueryTeamGapArgs, ctx: ApiContext) =>
    teamGapFor(await ctx.planning(), parseArgs(teamGapArgs, args)),
  datasetVersion: async (_: unknown, _args: Args, ctx: ApiContext) =>
    (await ctx.planning()).version?.slice(0, 12) ?? null,
  futureProfiles: async (_: unknown, _args: Args, ctx: ApiContext) =>
    futureProfiles(await ctx.planning()),
  ...workbenchQuery,
  ...diagnosticQuery,
  ...professionQuery,
};

export const resolvers = {
  Query,
  Mutation: workbenchMutation,
  ...typeResolvers,
  ...workbenchTypes,
  ...diagnosticTypes,
  ...professionTypes,
};
