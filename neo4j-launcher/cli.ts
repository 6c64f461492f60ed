import path from 'node:path';
import { loadDatabaseSettings } from './settings.js';
import { boltUri, runningInstance, startLocalNeo4j, stopInstance } from './local-neo4j.js';

const log = (msg: string) => {
  console.log(msg);
};

async function main(command: string | undefined): Promise<void> {
  const settings = loadDatabaseSettings(process.env);
  if (settings.kind === 'remote' && command !== 'status') {
    log(`NEO4J_URI is set (${settings.uri}): nothing to ${command ?? 'do'} locally.`);
    return;
  }
  const local = settings.kind === 'local' ? settings : null;
  const homeDir = local?.homeDir ?? path.resolve('.neo4j/dev');
  switch (command) {
    case 'start': {
      if (!local) return;
      const running = runningInstance(homeDir);
      if (running) {
        log(`Neo4j is already running on ${boltUri(running.port)} (pid ${running.pid}).`);
        return;
      }
      const db = await startLocalNeo4j({ ...local, detached: true, log });
      log(`Started in the background (pid ${db.pid}). Stop it with: npm run db:stop`);
      return;
    }
    case 'stop':
      log((await stopInstance(homeDir)) ? 'Neo4j stopped.' : 'No local Neo4j was running.');
      return;
    case 'status': {
      if (settings.kind === 'remote') {
        log(`Using the server named by NEO4J_URI: ${settings.uri}`);
        return;
      }
      const running = runningInstance(homeDir);
      log(running ? `Running on ${boltUri(running.port)} (pid ${running.pid}).` : 'Not running.');
      return;
    }
    default:
      throw new Error('usage: tsx neo4j-launcher/cli.ts start|stop|status');
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
