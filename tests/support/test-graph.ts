import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadDatabaseSettings } from '../../neo4j-launcher/index.js';
import { startLocalNeo4j } from '../../neo4j-launcher/local-neo4j.js';
import { GraphGateway } from '../../server/neo4j/gateway.js';
import { freePort } from '../../scripts/server-process.js';

export interface TestGraph {
  driver: Driver;
  gateway: GraphGateway;
  database: string | undefined;
  /** The Bolt URI, for child processes (with NEO4J_URI they reach the same database). */
  uri: string;
  close(): Promise<void>;
}

const TEST_STORES = path.resolve('.neo4j/tests');

/**
 * A database of the test file's own: a local Neo4j on a free port with a throwaway store, so
 * that test files build their own data and run in parallel. With NEO4J_URI set, the server it
 * names (the files then run one at a time: see vitest.config.ts).
 */
export async function openTestGraph(): Promise<TestGraph> {
  const settings = loadDatabaseSettings(process.env);
  if (settings.kind === 'remote') {
    const auth = settings.user ? neo4j.auth.basic(settings.user, settings.password) : undefined;
    const driver = neo4j.driver(settings.uri, auth, { disableLosslessIntegers: true });
    const gateway = new GraphGateway(driver, settings.database);
    return {
      driver,
      gateway,
      database: settings.database,
      uri: settings.uri,
      close: () => driver.close(),
    };
  }
  mkdirSync(TEST_STORES, { recursive: true });
  const homeDir = mkdtempSync(path.join(TEST_STORES, 'store-'));
  const local = await startLocalNeo4j({
    ...settings,
    homeDir,
    port: await freePort(),
    detached: false,
    log: () => undefined,
  });
  const driver = neo4j.driver(local.uri, undefined, { disableLosslessIntegers: true });
  return {
    driver,
    gateway: new GraphGateway(driver, undefined),
    database: undefined,
    uri: local.uri,
    close: async () => {
      await driver.close();
      await local.stop();
      rmSync(homeDir, { recursive: true, force: true });
    },
  };
}
