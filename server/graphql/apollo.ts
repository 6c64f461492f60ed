import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { metricsPlugin, type Metrics } from '../metrics.js';
import type { ApiContext } from './context.js';
import { formatError } from './errors.js';
import { MAX_COMPLEXITY, operationGuards } from './limits.js';
import { fieldCosts, resolvers } from './resolvers.js';
import { typeDefs } from './sdl.js';

/** The API: the SDL of base.graphql and the modules, thin resolvers, depth and cost limits, masked errors. */
export function createApolloServer(metrics?: Metrics): ApolloServer<ApiContext> {
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  return new ApolloServer<ApiContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // No landing page: Apollo's loads scripts from a CDN and shows the server's version.
    plugins: [
      operationGuards(schema, MAX_COMPLEXITY, fieldCosts),
      ApolloServerPluginLandingPageDisabled(),
      ...(metrics ? [metricsPlugin(metrics)] : []),
    ],
    // Automatic persisted queries would keep an in-process cache per instance; the app needs none.
    persistedQueries: false,
    // The project owns SIGINT/SIGTERM (server/main.ts) and stops Apollo last, after the drain.
    stopOnTerminationSignals: false,
  });
}
