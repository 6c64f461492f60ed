import { z } from 'zod';
import { loadDatabaseSettings } from '../neo4j-launcher/index.js';
import { createApp, type App } from './app.js';
import { trustedProxies } from './http/client-address.js';
import { WEB_DIST } from './http/web-app.js';
import { allowedHosts } from './http/security.js';
import { openGraph, type GraphConnection } from './neo4j/connection.js';
import { GraphGateway } from './neo4j/gateway.js';
import { applySchema } from './neo4j/apply-schema.js';
import { holdsDataset, seedGraph } from './modules/dataset/seed-service.js';
import { loadDataset } from '../seeds/dataset/load-dataset.js';
import { stopOnSignals } from './shutdown.js';
import { logger } from './log.js';
import { serveMetrics } from './metrics.js';
import type { Server } from 'node:http';

const serverEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Extra host names the server answers for, comma-separated (behind a proxy: its names). */
  ALLOWED_HOSTS: z.string().default(''),
  /** Reverse proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated. */
  TRUST_PROXY: z.string().default(''),
  /** Prometheus metrics on this port (GET /metrics), never on the public one; off when unset. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** The interface of the metrics port. */
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
});

const log = (msg: string) => {
  logger.info(msg);
};

/**
 * npm start: local Neo4j (unless NEO4J_URI), schema, seed when the graph is empty or the dataset
 * changed, then the API and the web app. SIGINT/SIGTERM drain and stop everything.
 */
async function main(): Promise<void> {
  const { PORT, HOST, ALLOWED_HOSTS, TRUST_PROXY, METRICS_PORT, METRICS_HOST } = serverEnv.parse(
    process.env,
  );
  const proxies = trustedProxies(TRUST_PROXY);
  // What is running so far: a signal during start-up stops just that.
  const running: {
    connection?: GraphConnection;
    gateway?: GraphGateway;
    app?: App;
    metrics?: Server;
  } = {};
  stopOnSignals(
    async () => {
      await running.app?.stop();
      running.metrics?.close();
      running.gateway?.close();
      await running.connection?.close();
    },
    () => running.connection?.signalStop(),
    log,
  );

  const opening = openGraph(loadDatabaseSettings(process.env), log, {
    onDown: (reason) => running.gateway?.markUnavailable(reason),
    onUp: () => {
      running.app?.metrics.neo4jRestarted();
      log('Neo4j was restarted; queries resume as soon as it answers.');
    },
  });
  // While Neo4j starts (a process of its own): read and check the dataset.
  const dataset = loadDataset();
  const connection = await opening;
  running.connection = connection;
  const gateway = new GraphGateway(connection.driver, connection.database, log);
  running.gateway = gateway;
  const app = await createApp(gateway, {
    webRoot: WEB_DIST,
    allowedHosts: allowedHosts(HOST, ALLOWED_HOSTS.split(',')),
    trustedProxies: proxies,
  });
  running.app = app;
  // On a warm start the graph already holds the dataset: nothing to write, so the planning
  // graph is loaded beside the schema check (a Neo4j just started compiles the queries of both
  // at once). Otherwise it is loaded once the dataset is written (an empty or older graph cannot
  // be planned on).
  if (dataset.ok && (await holdsDataset(gateway, dataset))) {
    await Promise.all([applySchema(gateway), app.warm()]);
    log('Graph already holds the current dataset.');
  } else {
    const seeded = await seedGraph(gateway, { force: false, dataset });
    if (seeded.status === 'invalid') {
      for (const error of seeded.errors) logger.error(`✗ ${error.where} — ${error.message}`);
      await app.stop();
      await connection.close();
      throw new Error('The dataset is invalid; nothing was written.');
    }
    await app.warm();
    log(
      seeded.status === 'written'
        ? 'Dataset loaded into the graph.'
        : 'Graph already holds the current dataset.',
    );
  }
  const url = await app.listen(PORT, HOST);
  if (METRICS_PORT !== undefined) {
    running.metrics = await serveMetrics(app.metrics, METRICS_PORT, METRICS_HOST);
    log(`Metrics on http://${METRICS_HOST}:${String(METRICS_PORT)}/metrics`);
  }
  log(`Passerelles is running on ${url}/ (GraphQL API: ${url}/graphql). Ctrl+C stops it.`);
}

main().catch((error: unknown) => {
  logger.fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
