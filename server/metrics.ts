import { createServer, type Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the metrics read when scraped. */
export interface MetricsSources {
  /** The planning graph in memory: its age (null before the first load) and loads so far. */
  planning: () => { ageSeconds: number | null; loads: number };
  /** Whether the Neo4j circuit is open (failing fast). */
  circuitOpen: () => boolean;
}

/** GraphQL operation names kept as labels; past them, « other » (a client chooses the names). */
const MAX_OPERATION_NAMES = 50;
const OPERATION_NAME = /^\w{1,64}$/;

/**
 * The server's Prometheus metrics (prom-client), one registry per app: HTTP and GraphQL
 * durations by route or operation and outcome, the planning graph's age and reloads, the Neo4j
 * circuit and supervisor restarts, sign-in failures. Served on METRICS_PORT only (serveMetrics).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly http = new Histogram({
    name: 'passerelles_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly operations = new Histogram({
    name: 'passerelles_graphql_operation_duration_seconds',
    help: 'GraphQL operations by name and outcome (ok, or the first error code)',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly signInFailures = new Counter({
    name: 'passerelles_sign_in_failures_total',
    help: 'Refused sign-ins: wrong e-mail or password, or throttled',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  private readonly neo4jRestarts = new Counter({
    name: 'passerelles_neo4j_restarts_total',
    help: 'Restarts of the local Neo4j by its supervisor after it exited unasked',
    registers: [this.registry],
  });
  private readonly names = new Set<string>();

  constructor(sources: MetricsSources) {
    new Gauge({
      name: 'passerelles_planning_graph_age_seconds',
      help: 'Age of the planning graph held in memory (absent before its first load)',
      registers: [this.registry],
      collect() {
        const { ageSeconds } = sources.planning();
        if (ageSeconds === null) this.reset();
        else this.set(ageSeconds);
      },
    });
    new Gauge({
      name: 'passerelles_planning_graph_loads',
      help: 'Loads of the planning graph from Neo4j since the start (one per dataset version)',
      registers: [this.registry],
      collect() {
        this.set(sources.planning().loads);
      },
    });
    new Gauge({
      name: 'passerelles_neo4j_circuit_open',
      help: '1 while Neo4j is not answering and queries fail fast, else 0',
      registers: [this.registry],
      collect() {
        this.set(sources.circuitOpen() ? 1 : 0);
      },
    });
  }

  observeHttp(method: string, route: string, status: number, seconds: number): void {
    this.http.observe({ method, route, status: String(status) }, seconds);
  }

  observeOperation(name: string | null | undefined, outcome: string, seconds: number): void {
    let operation = name && OPERATION_NAME.test(name) ? name : 'anonymous';
    if (!this.names.has(operation)) {
      if (this.names.size < MAX_OPERATION_NAMES) this.names.add(operation);
      else operation = 'other';
    }
    this.operations.observe({ operation, outcome }, seconds);
  }

  signInFailed(reason: 'credentials' | 'throttled'): void {
    this.signInFailures.inc({ reason });
  }

  neo4jRestarted(): void {
    this.neo4jRestarts.inc();
  }
}

/** Times each GraphQL operation and counts refused sign-ins, from what Apollo answers. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    requestDidStart: () => {
      const started = performance.now();
      return Promise.resolve({
        willSendResponse: ({ request, response }) => {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errors = body?.errors ?? [];
          const code = errors[0]?.extensions?.code;
          const outcome = errors.length === 0 ? 'ok' : typeof code === 'string' ? code : 'error';
          metrics.observeOperation(
            request.operationName,
            outcome,
            (performance.now() - started) / 1000,
          );
          for (const error of errors) {
            if (error.path?.[0] !== 'signIn') continue;
            if (error.extensions?.code === 'UNAUTHENTICATED') metrics.signInFailed('credentials');
            if (error.extensions?.code === 'RATE_LIMITED') metrics.signInFailed('throttled');
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * GET /metrics on a port of its own (METRICS_PORT), never the public one; with the process's
 * own metrics (CPU, memory, event loop, handles). Anything else is 404.
 */
export async function serveMetrics(metrics: Metrics, port: number, host: string): Promise<Server> {
  collectDefaultMetrics({ register: metrics.registry });
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => {
        response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text);
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(`${String(error)}\n`);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return server;
}
