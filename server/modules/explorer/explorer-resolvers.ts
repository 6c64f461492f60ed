import { z } from 'zod';
import type { Resolvers } from '../../graphql/api-types.generated.js';
import { parseArgs } from '../../graphql/arguments.js';
import { graphOverview, neighbourhood, pathBetween } from './explorer-service.js';
import { limitOf, type FieldCosts } from '../../graphql/field-costs.js';

/** The explorer: a node's neighbourhood, the path between two nodes, the graph's overview. */

const nodeKey = z.string().min(1, 'must not be empty').max(300, 'is too long');
const neighbourhoodArgs = z.object({
  key: nodeKey,
  depth: z.number().int(),
  limit: z.number().int(),
  kinds: z.array(z.string().max(50)).max(30).nullish(),
  types: z.array(z.string().max(50)).max(40).nullish(),
});
const pathArgs = z.object({ fromKey: nodeKey, toKey: nodeKey });

export const explorerResolvers: Resolvers = {
  Query: {
    neighbourhood: (_, args, ctx) => neighbourhood(ctx.gateway, parseArgs(neighbourhoodArgs, args)),
    pathBetween: (_, args, ctx) => {
      const { fromKey, toKey } = parseArgs(pathArgs, args);
      return pathBetween(ctx.gateway, fromKey, toKey);
    },
    graphOverview: (_, _args, ctx) => graphOverview(ctx.gateway),
  },
};

/** What the explorer's fields make Neo4j do. */
export const explorerCosts: FieldCosts = {
  Query: {
    // Each neighbour comes with its properties and its degree (a count over its links).
    neighbourhood: (args) => 1_000 + 100 * limitOf(args, 60),
    pathBetween: () => 2_000,
    // Counts the whole graph.
    graphOverview: () => 5_000,
  },
};
