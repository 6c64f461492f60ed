import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { createApolloServer } from './graphql/apollo.js';
import { createContext, type ApiContext } from './graphql/context.js';
import { createHttpServer, type HttpAppOptions } from './http/http-server.js';
import type { GraphGateway } from './neo4j/gateway.js';
import { PlanningSnapshots } from './services/planning-snapshots.js';

export interface App {
  apollo: ApolloServer<ApiContext>;
  http: Server;
  context(): ApiContext;
  listen(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
}

/** Wires the API on a gateway; shared by `npm start` and the tests. */
export async function createApp(
  gateway: GraphGateway,
  staticFiles?: HttpAppOptions['staticFiles'],
): Promise<App> {
  const snapshots = new PlanningSnapshots(gateway);
  const apollo = createApolloServer();
  await apollo.start();
  const context = () => createContext(gateway, snapshots);
  const http = createHttpServer({ apollo, gateway, context, ...(staticFiles && { staticFiles }) });
  return {
    apollo,
    http,
    context,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          const { port: actual } = http.address() as AddressInfo;
          resolve(`http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`);
        });
      }),
    stop: async () => {
      await new Promise<void>((resolve) =>
        http.close(() => {
          resolve();
        }),
      );
      http.closeAllConnections();
      await apollo.stop();
    },
  };
}
