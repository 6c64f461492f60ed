import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { createApolloServer } from './graphql/apollo.js';
import { createContext, type ApiContext, type RequestInfo } from './graphql/context.js';
import type { HttpDrain } from './http/drain.js';
import { exportRoute } from './http/export-route.js';
import { createHttpServer, type HttpAppOptions } from './http/http-server.js';
import type { GraphGateway } from './neo4j/gateway.js';
import { PlanningSnapshots } from './modules/dataset/snapshot-service.js';
import { Metrics } from './metrics.js';

/** How long a stop lets the requests in flight finish before cutting them. */
export const DRAIN_DEADLINE_MS = 10_000;

export interface App {
  apollo: ApolloServer<ApiContext>;
  http: Server;
  drain: HttpDrain;
  /** Its Prometheus metrics (served on METRICS_PORT by main.ts, never on the public port). */
  metrics: Metrics;
  context(request?: RequestInfo): ApiContext;
  /** Loads the planning graph now, so that the first requests, and an early outage, find it. */
  warm(): Promise<void>;
  listen(port: number, host: string): Promise<string>;
  /** Drains HTTP (in-flight requests finish, up to the deadline), then stops Apollo. */
  stop(deadlineMs?: number): Promise<void>;
}

export interface AppOptions {
  webRoot?: HttpAppOptions['webRoot'];
  allowedHosts?: HttpAppOptions['allowedHosts'];
  trustedProxies?: HttpAppOptions['trustedProxies'];
}

/** Wires the API on a gateway; shared by `npm start` and the tests. */
export async function createApp(gateway: GraphGateway, options: AppOptions = {}): Promise<App> {
  const snapshots = new PlanningSnapshots(gateway);
  const metrics = new Metrics({
    planning: () => snapshots.stats(),
    circuitOpen: () => gateway.circuitOpen(),
  });
  const apollo = createApolloServer(metrics);
  await apollo.start();
  const context = (request?: RequestInfo) => createContext(gateway, snapshots, request);
  const { fastify, server, drain } = createHttpServer({
    apollo,
    missing: async () => {
      if (gateway.circuitOpen())
        return [{ dependency: 'neo4j', reason: 'not answering; queries fail fast until it does' }];
      return (await gateway.isAvailable())
        ? []
        : [{ dependency: 'neo4j', reason: 'not answering' }];
    },
    context,
    exports: exportRoute(gateway, snapshots),
    metrics,
    ...options,
  });
  return {
    apollo,
    http: server,
    drain,
    metrics,
    context,
    warm: async () => {
      await snapshots.fresh();
    },
    listen: async (port, host) => {
      await fastify.listen({ port, host });
      const { port: actual } = server.address() as AddressInfo;
      return `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`;
    },
    stop: async (deadlineMs = DRAIN_DEADLINE_MS) => {
      if (server.listening) await drain.drain(deadlineMs);
      await fastify.close();
      await apollo.stop();
    },
  };
}
