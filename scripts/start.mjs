// npm start: builds what is older than its sources (nothing, on a warm start), then runs the
// compiled server in this same process. npm's shell runs this one command, so a SIGTERM sent to
// npm (a service manager stopping the service) reaches the server, which stops Neo4j with it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildParts, ROOT, staleParts } from './build.mjs';

const stale = staleParts();
if (stale.length > 0) {
  console.log(`Building ${stale.join(' and ')} (sources newer than the last build)…`);
  try {
    await buildParts(stale);
  } catch (error) {
    console.error(`The build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
await import(pathToFileURL(path.join(ROOT, 'dist/server/main.js')).href);
