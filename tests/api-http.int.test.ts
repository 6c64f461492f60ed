import neo4j from 'neo4j-driver';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { GraphGateway } from '../server/neo4j/gateway.js';
import { startTestApp } from './support/test-app.js';

let api: Awaited<ReturnType<typeof startTestApp>>;
let url: string;

beforeAll(async () => {
  api = await startTestApp();
  url = await api.app.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await api.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('over HTTP', () => {
  it('says it is alive and ready', async () => {
    const health = await fetch(`${url}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${url}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('answers a route query', async () => {
    const response = await post({
      query:
        '{ careerRoutes(profile: {currentRoleId: "secretaire-medicale"}, targetRoleId: "encadrant-archives", limit: 1) { id } }',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { careerRoutes: [{ id: 'm-secretaire-encadrant-archives' }] },
    });
  });

  it('rejects a body that is not JSON, and a GET without a CSRF-safe header', async () => {
    const broken = await post('{"query": ');
    expect(broken.status).toBe(400);
    const get = await fetch(`${url}/graphql?query=${encodeURIComponent('{ levels { level } }')}`);
    expect(get.status).toBe(400);
    const preflighted = await fetch(
      `${url}/graphql?query=${encodeURIComponent('{ levels { level } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true', accept: 'application/json' },
      },
    );
    expect(preflighted.status).toBe(200);
  });

  it('rejects abusive queries before running them: too deep, too costly', async () => {
    // roles > (nextMoves > to) × 6 > id: 14 fields deep.
    const deep = `{ roles { ${'nextMoves { to { '.repeat(6)}id${' }'.repeat(13)} }`;
    const deepResult = (await (await post({ query: deep })).json()) as {
      errors: { message: string }[];
    };
    expect(deepResult.errors[0]?.message).toBe('Query depth 14 exceeds the maximum of 12.');

    const costly =
      '{ roles { nextMoves { to { nextMoves { to { nextMoves { to { requirements { skill { id label } } } } } } } } } }';
    const costlyResponse = await post({ query: costly });
    const costlyResult = (await costlyResponse.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(costlyResponse.status).toBe(400);
    expect(costlyResult.errors[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('never sends stack traces', async () => {
    const response = await post({ query: '{ role(id: "x") { id nope } }' });
    const text = await response.text();
    expect(text).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(text).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('passes every MUST audit of the GraphQL over HTTP specification', async () => {
    const audits = serverAudits({ url: `${url}/graphql`, fetchFn: fetch });
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST') && result.status !== 'ok')
        failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});

describe('with the database down', () => {
  it('stays alive, reports not ready (503) and answers SERVICE_UNAVAILABLE without details', async () => {
    // The production retry window: the first query waits it out, the next ones must not.
    const deadDriver = neo4j.driver('bolt://127.0.0.1:1', undefined, {
      maxTransactionRetryTime: 5_000,
      connectionTimeout: 500,
    });
    const app = await createApp(new GraphGateway(deadDriver, undefined));
    const deadUrl = await app.listen(0, '127.0.0.1');
    try {
      expect((await fetch(`${deadUrl}/health`)).status).toBe(200);
      const ready = await fetch(`${deadUrl}/ready`);
      expect([ready.status, await ready.json()]).toEqual([
        503,
        { status: 'unavailable', missing: [{ dependency: 'neo4j', reason: 'not answering' }] },
      ]);
      const response = await fetch(`${deadUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ roles { id } }' }),
      });
      const body = (await response.json()) as {
        errors: { message: string; extensions: Record<string, unknown> }[];
      };
      expect(body.errors[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
      // The outage is known now: the next queries fail at once instead of retrying for seconds.
      const started = performance.now();
      const again = await fetch(`${deadUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ graphOverview { kinds { kind } } }' }),
      });
      const againBody = (await again.json()) as { errors: { extensions: { code: string } }[] };
      expect(againBody.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(performance.now() - started).toBeLessThan(1_000);
    } finally {
      await app.stop();
      await deadDriver.close();
    }
  });
});
