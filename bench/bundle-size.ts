import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ASSETS = path.resolve('web/dist/assets');

/** The app's JavaScript, gzipped as a server would send it (needs `npm run build` first). */
export function bundleSizes(): string {
  const files = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
  const raw = files.reduce((sum, f) => sum + readFileSync(path.join(ASSETS, f)).length, 0);
  const gzipped = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(path.join(ASSETS, f))).length,
    0,
  );
  return `App JavaScript: ${(raw / 1024).toFixed(0)} KiB minified, ${(gzipped / 1024).toFixed(1)} KiB gzipped (${files.length} file${files.length > 1 ? 's' : ''}).`;
}
