import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { logger } from '../server/log.js';
import { CONTENT_SECURITY_POLICY } from '../server/http/security.js';
import { allowedHosts } from '../server/http/security.js';
import { createApp, type App } from '../server/app.js';
import { HTTP_LIMITS } from '../server/http/http-server.js';
import { startTestApp } from './support/test-app.js';

/** A built web app of one page. */
function webAppStub(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'passerelles-web-'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  return root;
}

let api: Awaited<ReturnType<typeof startTestApp>>;
let app: App;
let url: string;

beforeAll(async () => {
  api = await startTestApp();
  app = await createApp(api.gateway, {
    allowedHosts: allowedHosts('127.0.0.1', ['passerelles.example']),
    webRoot: webAppStub(),
  });
  url = await app.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await app.stop();
  await api.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

interface Answer {
  status: number;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  };
}

const post = async (body: unknown): Promise<Answer> => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
};
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

/** A raw request, so that the Host header and the path are sent exactly as written. */
const raw = (path: string, host: string) =>
  new Promise<number>((resolve, reject) => {
    const { port } = new URL(url);
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });

describe('client mistakes are answered as client errors, without a log line', () => {
  it('invalid and missing variables: HTTP 400 BAD_USER_INPUT naming the variable', async () => {
    const logged = vi.spyOn(logger, 'error');
    const query =
      'query($id: ID!, $limit: Int) { reachableRoles(profile: { currentRoleId: $id }, limit: $limit) { steps } }';
    const invalid = await post({ query, variables: { id: 'secretaire-medicale', limit: 'ten' } });
    expect([invalid.status, codeOf(invalid)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(invalid.body.errors?.[0]?.extensions?.field).toBe('limit');
    const missing = await post({ query, variables: {} });
    expect([missing.status, codeOf(missing)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(missing.body.errors?.[0]?.extensions?.field).toBe('id');
    expect(JSON.stringify([invalid, missing])).not.toMatch(/stacktrace|\.ts:\d+/);
    expect(logged).not.toHaveBeenCalled();
  });

  it('mutations, subscriptions and persisted queries: 4xx with a client-error code', async () => {
    const logged = vi.spyOn(logger, 'error');
    const mutation = await post({ query: 'mutation { x }' });
    const subscription = await post({ query: 'subscription { x }' });
    const persisted = await post({
      query: '{ levels { level } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } },
    });
    for (const answer of [mutation, subscription, persisted]) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(codeOf(answer)).not.toBe('INTERNAL_SERVER_ERROR');
    }
    expect(codeOf(persisted)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect(logged).not.toHaveBeenCalled();
  });

  it('malformed percent-encoding in the path: 400', async () => {
    expect(await raw('/%', '127.0.0.1')).toBe(400);
    expect(await raw('/assets/%ff', '127.0.0.1')).toBe(400);
  });

  it('a JSON body in another charset than UTF-8: 415 naming it; broken JSON: 400', async () => {
    const send = (contentType: string, body: string) =>
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
    const latin1 = await send(
      'application/json; charset=iso-8859-1',
      '{"query":"{ levels { level } }"}',
    );
    expect(latin1.status).toBe(415);
    expect(((await latin1.json()) as Answer['body']).errors?.[0]?.message).toContain('iso-8859-1');
    expect((await send('application/json; charset=utf-8', '{"query":')).status).toBe(400);
    expect(
      (await send('application/json; charset=UTF-8', '{"query":"{ levels { level } }"}')).status,
    ).toBe(200);
  });
});

describe('work per request is bounded', () => {
  it('refuses 400 aliases of neighbourhood at once, before running anything', async () => {
    const query = `{ ${Array.from({ length: 400 }, (_, i) => `a${i}: neighbourhood(key: "Role:secretaire-medicale", limit: 200) { total }`).join(' ')} }`;
    const started = performance.now();
    const answer = await post({ query });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect([answer.status, codeOf(answer)]).toEqual([400, 'QUERY_TOO_BROAD']);
    expect(answer.body.data).toBeUndefined();
  });

  it('counts aliases anywhere, root fields, and what neighbourhood and search really cost', async () => {
    const aliases = `{ roles { ${Array.from({ length: 21 }, (_, i) => `i${i}: id`).join(' ')} } }`;
    expect(codeOf(await post({ query: aliases }))).toBe('QUERY_TOO_BROAD');
    const roots = `{ ${Array.from({ length: 11 }, (_, i) => `l${i}: levels { level }`).join(' ')} }`;
    expect(codeOf(await post({ query: roots }))).toBe('QUERY_TOO_BROAD');
    const graphs = `{ ${Array.from({ length: 5 }, (_, i) => `g${i}: neighbourhood(key: "Role:secretaire-medicale", limit: 200) { total }`).join(' ')} }`;
    expect(codeOf(await post({ query: graphs }))).toBe('QUERY_TOO_COMPLEX');
    const search = (i: number) => `s${i}: search(text: "secr", limit: 50) { key }`;
    const tenSearches = `{ ${Array.from({ length: 10 }, (_, i) => search(i)).join(' ')} }`;
    expect((await post({ query: tenSearches })).body.errors).toBeUndefined();
    const mixed = `{ ${Array.from({ length: 4 }, (_, i) => `g${i}: neighbourhood(key: "Role:secretaire-medicale", limit: 200) { total }`).join(' ')} ${Array.from({ length: 6 }, (_, i) => search(i)).join(' ')} }`;
    expect(codeOf(await post({ query: mixed }))).toBe('QUERY_TOO_COMPLEX');
    const fine = await post({
      query:
        '{ neighbourhood(key: "Role:secretaire-medicale", limit: 200) { total } search(text: "secr") { key } }',
    });
    expect([fine.status, fine.body.errors]).toEqual([200, undefined]);
  });

  it('takes a team of 500 with a level for every skill, and refuses a body over the limit', async () => {
    const skills = (await post({ query: '{ skills { id } }' })).body.data as {
      skills: { id: string }[];
    };
    const team = Array.from({ length: 500 }, (_, i) => ({
      id: `p-${i}`,
      currentRoleId: 'secretaire-medicale',
      skills: skills.skills.map((s) => ({ skillId: s.id, level: 'OPERATIONAL' })),
    }));
    const query =
      'query($team: [TeamMemberInput!]!) { teamGap(team: $team, target: { family: COORDINATION }) { summary { headcount } } }';
    const body = JSON.stringify({ query, variables: { team } });
    expect(body.length).toBeGreaterThan(1_000_000);
    const answer = await post({ query, variables: { team } });
    expect(answer.body.data).toEqual({ teamGap: { summary: { headcount: 500 } } });
    const tooBig = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, padding: 'x'.repeat(HTTP_LIMITS.maxBodyBytes) }),
    });
    expect(tooBig.status).toBe(413);
  });

  it('sets deliberate HTTP timeouts and a connection cap', () => {
    expect(app.http.headersTimeout).toBe(HTTP_LIMITS.headersTimeoutMs);
    expect(app.http.requestTimeout).toBe(HTTP_LIMITS.requestTimeoutMs);
    expect(app.http.keepAliveTimeout).toBe(HTTP_LIMITS.keepAliveTimeoutMs);
    expect(app.http.maxConnections).toBe(HTTP_LIMITS.maxConnections);
    expect(HTTP_LIMITS.requestTimeoutMs).toBeLessThan(300_000);
  });
});

/** Opens a raw socket, sends `first`, then `each` every second; resolves when the server closes it. */
const trickle = (first: string, each: string) =>
  new Promise<{ seconds: number; answer: string }>((resolve, reject) => {
    const { port } = new URL(url);
    const started = Date.now();
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    const timer = setInterval(() => socket.write(each), 1_000);
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ seconds: (Date.now() - started) / 1000, answer });
    });
    socket.on('connect', () => socket.write(first));
    setTimeout(() => {
      clearInterval(timer);
      socket.destroy();
      reject(new Error('the server kept the trickling socket open for 25 s'));
    }, 25_000);
  });

describe('slow and vanishing clients', () => {
  it('cuts a client that trickles its headers within 12 s', { timeout: 30_000 }, async () => {
    const { seconds, answer } = await trickle(
      'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n',
      'X-Slow: yes\r\n',
    );
    expect(seconds).toBeGreaterThanOrEqual(HTTP_LIMITS.headersTimeoutMs / 1000 - 0.5);
    expect(seconds).toBeLessThan(12);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('logs a client gone mid-body as such, not as an unexpected error', async () => {
    const faults = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const notices = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    const { port } = new URL(url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.on('connect', resolve));
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\n' +
        'content-length: 1000\r\n\r\n{"query":',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    socket.destroy();
    await vi.waitFor(() => {
      expect(notices).toHaveBeenCalledWith(expect.stringContaining('client closed the connection'));
    });
    expect(faults).not.toHaveBeenCalled();
  });
});

describe('headers and exposure', () => {
  it('sends the security headers on every answer, /graphql and errors included', async () => {
    const answers = await Promise.all([
      fetch(`${url}/`),
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ levels { level } }"}',
      }),
      fetch(`${url}/health`),
      fetch(`${url}/graphql`, { method: 'POST', body: '{' }),
    ]);
    for (const response of answers) {
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('shows no landing page that loads anything from elsewhere or names the server', async () => {
    const response = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).not.toMatch(/html/);
    expect(await response.text()).not.toMatch(/<script|cdn\.|apollo-server-landing|version/i);
  });

  it('answers only the loopback names (and configured ones) when bound to loopback', async () => {
    const { port } = new URL(url);
    expect(await raw('/health', `127.0.0.1:${port}`)).toBe(200);
    expect(await raw('/health', `localhost:${port}`)).toBe(200);
    expect(await raw('/health', `[::1]:${port}`)).toBe(200);
    expect(await raw('/health', 'passerelles.example')).toBe(200);
    expect(await raw('/health', `attacker.example:${port}`)).toBe(421);
    expect(await raw('/graphql', 'rebind.attacker.example')).toBe(421);
  });
});
