import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { webApp } from './web-app.js';

const base = mkdtempSync(path.join(tmpdir(), 'passerelles-static-'));
const root = path.join(base, 'dist');
mkdirSync(path.join(root, 'assets'), { recursive: true });
mkdirSync(path.join(base, 'dist-secret'));
writeFileSync(path.join(root, 'index.html'), '<p>app</p>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(path.join(base, 'dist-secret', 'key.txt'), 'secret');

const app = Fastify();
await app.register(webApp, { root });
afterAll(() => app.close());

const get = (url: string) => app.inject({ method: 'GET', url });

describe('webApp', () => {
  it('serves built files, with long caching for hashed assets', async () => {
    const answer = await get('/assets/app.js');
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toBe('console.log(1)');
    expect(answer.headers['content-type']).toMatch(/^text\/javascript/);
    expect(answer.headers['cache-control']).toContain('immutable');
  });

  it('answers index.html for the app URLs that hold a view', async () => {
    for (const url of ['/', '/?view=explorer', '/parcours']) {
      const answer = await get(url);
      expect(answer.statusCode).toBe(200);
      expect(answer.body).toBe('<p>app</p>');
      expect(answer.headers['cache-control']).toBe('no-cache');
    }
    expect((await get('/assets/missing.js')).statusCode).toBe(404); // not the app
  });

  it('never serves a file outside its folder, even a sibling sharing its prefix', async () => {
    for (const url of [
      '/../dist-secret/key.txt',
      '/%2e%2e/dist-secret/key.txt',
      '/..%2fdist-secret%2fkey.txt',
    ]) {
      expect((await get(url)).body).not.toContain('secret');
    }
  });

  it('says how to build the app when it is not built', async () => {
    const bare = Fastify();
    await bare.register(webApp, { root: path.join(base, 'not-built') });
    const answer = await bare.inject({ method: 'GET', url: '/parcours' });
    expect(answer.body).toContain('npm run build');
    expect((await bare.inject({ method: 'GET', url: '/app.js' })).statusCode).toBe(404);
    await bare.close();
  });
});
