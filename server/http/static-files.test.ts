import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveWebApp } from './static-files.js';

const base = mkdtempSync(path.join(tmpdir(), 'passerelles-static-'));
const root = path.join(base, 'dist');
mkdirSync(path.join(root, 'assets'), { recursive: true });
mkdirSync(path.join(base, 'dist-secret'));
writeFileSync(path.join(root, 'index.html'), '<p>app</p>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(path.join(base, 'dist-secret', 'key.txt'), 'secret');

function request(url: string) {
  const written: { status?: number; headers?: Record<string, string>; body: string } = { body: '' };
  const res = {
    writeHead(status: number, headers: Record<string, string>) {
      written.status = status;
      written.headers = headers;
      return this;
    },
    write(chunk: Buffer | string) {
      written.body += chunk.toString();
      return true;
    },
    end(chunk?: string) {
      if (chunk) written.body += chunk;
      return this;
    },
    on() {
      return this;
    },
    once() {
      return this;
    },
    emit() {
      return true;
    },
  };
  return {
    written,
    run: () =>
      serveWebApp(root)(
        { method: 'GET', url } as IncomingMessage,
        res as unknown as ServerResponse,
      ),
  };
}

describe('serveWebApp', () => {
  it('serves built files, with long caching for hashed assets', async () => {
    const { written, run } = request('/assets/app.js');
    expect(await run()).toBe(true);
    expect(written.status).toBe(200);
    expect(written.body).toBe('console.log(1)');
    expect(written.headers?.['content-type']).toMatch(/^text\/javascript/);
    expect(written.headers?.['cache-control']).toContain('immutable');
  });

  it('answers index.html for the app URLs that hold a view', async () => {
    for (const url of ['/?view=explorer', '/parcours']) {
      const { written, run } = request(url);
      expect(await run()).toBe(true);
      expect(written.body).toBe('<p>app</p>');
      expect(written.headers?.['cache-control']).toBe('no-cache');
    }
    const { run } = request('/assets/missing.js');
    expect(await run()).toBe(false); // a missing asset is a 404, not the app
  });

  it('never serves a file outside its folder, even a sibling sharing its prefix', async () => {
    for (const url of [
      '/../dist-secret/key.txt',
      '/%2e%2e/dist-secret/key.txt',
      '/..%2fdist-secret%2fkey.txt',
    ]) {
      const { written, run } = request(url);
      const handled = await run();
      expect(handled && written.body.includes('secret')).toBe(false);
    }
  });
});
