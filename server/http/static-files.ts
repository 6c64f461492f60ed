import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built web app (web/dist) on GET; unknown paths without an extension get index.html
 * so that views held in the URL can be reloaded. Returns false when it does not handle the request.
 */
export function serveWebApp(root: string = WEB_DIST) {
  return (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return Promise.resolve(false);
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return Promise.resolve(false); // malformed percent-encoding: not a file of ours
    }
    const requested = path.normalize(path.join(root, decoded));
    // Inside root only: a bare prefix test would also accept a sibling such as web/dist-bench.
    if (requested !== root && !requested.startsWith(root + path.sep)) return Promise.resolve(false);
    let file = requested;
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (path.extname(pathname)) return Promise.resolve(false);
      file = path.join(root, 'index.html');
      if (!existsSync(file)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          '<!doctype html><meta charset="utf-8"><title>Passerelles</title><p>L\'API GraphQL répond sur <a href="/graphql">/graphql</a>. L\'interface n\'est pas construite : lancez <code>npm run build</code>.</p>',
        );
        return Promise.resolve(true);
      }
    }
    const immutable = file.includes(`${path.sep}assets${path.sep}`);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return Promise.resolve(true);
    }
    return new Promise((resolve, reject) => {
      createReadStream(file)
        .on('error', reject)
        .on('end', () => {
          resolve(true);
        })
        .pipe(res);
    });
  };
}
