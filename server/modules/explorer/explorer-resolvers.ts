import { z } from 'zod';
import type {
  QueryNeighbourhoodArgs,
  QueryPathBetweenArgs,
} from '../../graphql/api-types.generated.js';
import { parseArgs } from '../../graphql/arguments.js';
import type { ApiContext } from '../../graphql/context.js';
import { graphOverview, neighbourhood, pathBetween } from './explorer-service.js';

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

export const explorerResolvers = {
  Query: {
    neighbourhood: (_: unknown, args: QueryNeighbourhoodArgs, ctx: ApiContext) =>
      neighbourhood(ctx.gateway, parseArgs(neighbourhoodArgs, args)),
    pathBetween: (_: unknown, args: QueryPathBetweenArgs, ctx: ApiContext) => {
      const { fromKey, toKey } = parseArgs(pathArgs, args);
      return pathBetween(ctx.gateway, fromKey, toKey);
    },
    graphOverview: (_: unknown, _args: unknown, ctx: ApiContext) => graphOverview(ctx.gateway),
  },
};
