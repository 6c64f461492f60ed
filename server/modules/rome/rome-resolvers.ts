import type { ApiContext } from '../../graphql/context.js';
import { romeRelease, romeTargets } from './rome-service.js';

/** ROME 4.0 beside the study: its release and credit, the fiches a route can aim at, the diplomas. */

export const romeResolvers = {
  Query: {
    romeTargets: async (_: unknown, _args: unknown, ctx: ApiContext) => {
      ctx.useRome();
      return romeTargets(await ctx.planning());
    },
    romeDiplomas: async (_: unknown, _args: unknown, ctx: ApiContext) => {
      ctx.useRome();
      return [...((await ctx.planning()).graph.diplomas?.values() ?? [])];
    },
    romeRelease: (_: unknown, _args: unknown, ctx: ApiContext) => romeRelease(ctx.gateway),
  },
};
