import type { Resolvers } from '../../graphql/api-types.generated.js';
import { romeRelease, romeTargets } from './rome-service.js';

/** ROME 4.0 beside the study: its release and credit, the fiches a route can aim at, the diplomas. */

export const romeResolvers: Resolvers = {
  Query: {
    romeTargets: async (_, _args, ctx) => {
      ctx.useRome();
      return romeTargets(await ctx.planning());
    },
    romeDiplomas: async (_, _args, ctx) => {
      ctx.useRome();
      return [...((await ctx.planning()).graph.diplomas?.values() ?? [])];
    },
    romeRelease: (_, _args, ctx) => romeRelease(ctx.gateway),
  },
};
