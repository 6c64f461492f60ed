import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { ApiContext } from './context.js';
import { formatError } from './errors.js';
import { costLimit, depthLimit, MAX_COMPLEXITY, MAX_DEPTH } from './limits.js';
import { resolvers } from './resolvers.js';

const SDL_FILE = path.join(
  path.dirname(new URL(import.meta.url).pathname),
  '../../schema/api.graphql',
);

export const typeDefs = readFileSync(SDL_FILE, 'utf8');

/** The API: SDL from schema/api.graphql, thin resolvers, depth and cost limits, masked errors. */
export function createApolloServer(): ApolloServer<ApiContext> {
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  return new ApolloServer<ApiContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules: [depthLimit(MAX_DEPTH)],
    plugins: [costLimit(schema, MAX_COMPLEXITY)],
  });
}
