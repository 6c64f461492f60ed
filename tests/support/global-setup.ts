import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j-launcher/local-neo4j.js';
import { loadDatabaseSettings } from '../../neo4j-launcher/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string | undefined };
  }
}

let local: LocalNeo4j | undefined;

/**
 * Integration tests run against a real Neo4j: the one NEO4J_URI names, or a local one started
 * here on its own port and store so that it never touches the development database.
 */
export async function setup(project: TestProject): Promise<void> {
  const settings = loadDatabaseSettings(process.env, { port: 7688, home: '.neo4j/test' });
  if (settings.kind === 'remote') {
    const { uri, user, password, database } = settings;
    project.provide('neo4j', { uri, user, password, database });
    return;
  }
  local = await startLocalNeo4j({
    ...settings,
    // Never the development store or port, whatever NEO4J_HOME / NEO4J_PORT say.
    homeDir: path.resolve('.neo4j/test'),
    port: Number(process.env.NEO4J_TEST_PORT ?? 7688),
    detached: false,
    log: (msg) => {
      console.log(`[neo4j] ${msg}`);
    },
  });
  project.provide('neo4j', { uri: local.uri, user: '', password: '', database: undefined });
}

export async function teardown(): Promise<void> {
  await local?.stop();
}
