import { z } from 'zod';
import { seedGraph } from '../seeds/seed-graph.js';
import { createApp } from './app.js';
import { openGraph } from './neo4j/connection.js';
import { GraphGateway } from './neo4j/gateway.js';
import { loadDatabaseSettings } from './neo4j/settings.js';
import { serveWebApp } from './http/static-files.js';

const serverEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
});

const log = (msg: string) => {
  console.log(msg);
};

/**
 * npm start: local Neo4j (unless NEO4J_URI), schema, seed when the graph is empty or the dataset
 * changed, then the API and the web app.
 */
async function main(): Promise<void> {
  const { PORT, HOST } = serverEnv.parse(process.env);
  const connection = await openGraph(loadDatabaseSettings(process.env), log);
  const gateway = new GraphGateway(connection.driver, connection.database);
  const seeded = await seedGraph(gateway, { force: false });
  if (seeded.status === 'invalid') {
    for (const error of seeded.errors) console.error(`  ✗ ${error.where} — ${error.message}`);
    await connection.close();
    throw new Error('The dataset is invalid; nothing was written.');
  }
  log(
    seeded.status === 'written'
      ? 'Dataset loaded into the graph.'
      : 'Graph already holds the current dataset.',
  );

  const app = await createApp(gateway, serveWebApp());
  const url = await app.listen(PORT, HOST);
  log(`Passerelles is running on ${url}/ (GraphQL API: ${url}/graphql). Ctrl+C stops it.`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    void app
      .stop()
      .then(() => connection.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => {
    shutdown('SIGINT');
  });
  process.on('SIGTERM', () => {
    shutdown('SIGTERM');
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
