import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = path.resolve('web/dist');
const ASSETS = path.join(DIST, 'assets');

const gzipped = (file: string) => gzipSync(readFileSync(file)).length;
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * The app's JavaScript, gzipped as a server would send it (needs `npm run build` first): all of
 * it, and what the planner's first load fetches — the entry script and the chunks index.html
 * preloads with it; every other view, and Cytoscape, come when they are needed.
 */
export function bundleSizes(): string {
  const files = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
  const raw = files.reduce((sum, f) => sum + readFileSync(path.join(ASSETS, f)).length, 0);
  const all = files.reduce((sum, f) => sum + gzipped(path.join(ASSETS, f)), 0);
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const firstLoad = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  );
  const first = firstLoad.reduce((sum, f) => sum + gzipped(path.join(DIST, f)), 0);
  return (
    `App JavaScript: ${(raw / 1024).toFixed(0)} KiB minified, ${kib(all)} KiB gzipped (${files.length} files); ` +
    `planner first load ${kib(first)} KiB gzipped (${firstLoad.length} files: entry and its static imports; target ≤ 120 KiB).`
  );
}
