// npm run build, and npm start when a source is newer than what was built: the server compiled to
// JavaScript in dist/ (esbuild, file by file, the tree kept: dist/server/main.js) and the web app
// in web/dist (Vite). Plain Node and esbuild only, so that it runs before anything is built.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What each part is built from (relative to the root), where it goes, and its stamp. */
export const PARTS = {
  server: {
    inputs: ['server', 'schema', 'seeds', 'neo4j-launcher', 'package-lock.json', 'tsconfig.json'],
    stamp: 'dist/.server-built',
  },
  web: {
    inputs: [
      'web/src',
      'web/index.html',
      'web/vite.config.ts',
      'web/tsconfig.json',
      'package-lock.json',
    ],
    stamp: 'dist/.web-built',
  },
};

const SKIPPED = new Set(['node_modules', 'dist', 'dist-bench', '.neo4j']);

/** The files under `entry` (a file or a folder), recursively, without build outputs. */
export function filesUnder(entry) {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true }).flatMap((child) =>
    SKIPPED.has(child.name) ? [] : filesUnder(path.join(entry, child.name)),
  );
}

/** Whether a part must be built: no stamp yet, or an input changed after it. */
export function isStale(root, part) {
  const stamp = path.join(root, part.stamp);
  if (!existsSync(stamp)) return true;
  const builtAt = statSync(stamp).mtimeMs;
  return part.inputs.some((input) =>
    filesUnder(path.join(root, input)).some((file) => statSync(file).mtimeMs > builtAt),
  );
}

/** The server's TypeScript to compile: everything but the tests and declaration files. */
const serverSources = (root) =>
  PARTS.server.inputs
    .flatMap((input) => filesUnder(path.join(root, input)))
    .filter((file) => file.endsWith('.ts') && !/\.(test|d)\.ts$/.test(file));

async function buildServer() {
  const { build } = await import('esbuild');
  // A source deleted since the last build leaves no compiled copy behind.
  for (const input of PARTS.server.inputs)
    rmSync(path.join(ROOT, 'dist', input), { recursive: true, force: true });
  await build({
    entryPoints: serverSources(ROOT),
    outdir: path.join(ROOT, 'dist'),
    outbase: ROOT,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

const run = (command, args) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(args[0] ?? command)} failed (exit ${String(code)})`));
    });
  });

const buildWeb = () =>
  run(process.execPath, [
    path.join(ROOT, 'node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'web/vite.config.ts',
    '--logLevel',
    'warn',
  ]);

/** Builds the parts named, side by side, and stamps each once it is built. */
export async function buildParts(names) {
  mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  const builders = { server: buildServer, web: buildWeb };
  await Promise.all(
    names.map(async (name) => {
      // Stamped with the time the build started: a source saved meanwhile makes it stale again.
      const startedAt = new Date();
      await builders[name]();
      const stamp = path.join(ROOT, PARTS[name].stamp);
      writeFileSync(stamp, '');
      utimesSync(stamp, startedAt, startedAt);
    }),
  );
}

/** The parts whose sources are newer than their build. */
export const staleParts = (root = ROOT) =>
  Object.keys(PARTS).filter((name) => isStale(root, PARTS[name]));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // npm run build: both parts, always.
  buildParts(Object.keys(PARTS)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
