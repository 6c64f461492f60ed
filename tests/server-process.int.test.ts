import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  freePort,
  isAlive,
  startServerProcess,
  waitFor,
  type ServerProcess,
} from '../scripts/server-process.js';
import { routeLoad } from './support/route-load.js';

/**
 * The real server and the real local Neo4j as child processes, as an operator runs them: signals,
 * a JVM killed under load. One store for all, so only the first start seeds it.
 */
const HOME = path.resolve('.neo4j/process-test');
const UNIT = path.resolve('docs/systemd/passerelles.service');

const status = async (url: string) => {
  try {
    return (await fetch(url)).status;
  } catch {
    return 0;
  }
};

async function post(server: ServerProcess, query: string) {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { extensions?: { code?: string } }[];
  };
  return { ms: performance.now() - started, body };
}

const sum = (map: Map<number, number>, test: (key: number) => boolean) =>
  [...map].reduce((total, [key, count]) => total + (test(key) ? count : 0), 0);

describe('the server process', () => {
  it('survives kill -9 of its Neo4j under load: restarts it, /ready back to 200, routes answered throughout', async () => {
    // Compiled, as `npm start` runs it, and the first start of an empty store: it seeds, reading
    // the reviewed files from the project (dist/ holds none of them).
    const server = await startServerProcess(HOME, { compiled: true });
    try {
      const jvm = server.jvmPid();
      expect(jvm).not.toBeNull();
      expect(await status(`${server.url}/ready`)).toBe(200);
      const stopLoad = new AbortController();
      const load = routeLoad(server.url, 8, stopLoad.signal);
      await new Promise((resolve) => setTimeout(resolve, 500));

      process.kill(jvm as number, 'SIGKILL');
      const killedAt = Date.now();
      await waitFor(
        '/ready to say 503',
        async () => (await status(`${server.url}/ready`)) === 503,
        10_000,
      );
      // Neo4j down: what the cached graph holds still answers; the rest fails fast.
      const routes = await post(
        server,
        '{ careerRoutes(profile: {currentRoleId: "secretaire-medicale"}, targetRoleId: "encadrant-archives") { id } }',
      );
      expect(routes.body.errors).toBeUndefined();
      const graph = await post(server, '{ graphOverview { kinds { kind } } }');
      expect(graph.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(graph.ms).toBeLessThan(1_000);
      const picker = await post(server, '{ roles(search: "secrétaire") { id } }');
      expect(picker.body.errors).toBeUndefined();

      await waitFor(
        '/ready to say 200 again',
        async () => (await status(`${server.url}/ready`)) === 200,
        60_000,
      );
      const recoveredIn = Date.now() - killedAt;
      stopLoad.abort();
      const tally = await load;
      console.log(
        `kill -9 of the JVM: ready again in ${(recoveredIn / 1000).toFixed(1)} s; load: ${JSON.stringify([...tally.statuses])}, errors ${JSON.stringify([...tally.errorCodes])}`,
      );
      // What the server logged of an unexpected error, to say which fault it was.
      const faults = server.output().match(/^.*(unexpected error|could not be checked).*$/gm) ?? [];
      if (faults.length > 0) console.log(faults.slice(0, 5).join('\n'));
      expect(isAlive(jvm as number)).toBe(false);
      expect(server.jvmPid()).not.toBe(jvm);
      expect(sum(tally.statuses, (s) => s !== 200)).toBe(0);
      expect(tally.errorCodes.size).toBe(0);
      expect(tally.refused).toBe(0);
      expect(server.output()).toMatch(/exited on SIGKILL/);
      // Neo4j is back: a query that needs it works again.
      expect(
        (await post(server, '{ graphOverview { kinds { kind } } }')).body.errors,
      ).toBeUndefined();

      // SIGTERM under load: every request answered or refused, none with a 5xx; no JVM left.
      const stopLoad2 = new AbortController();
      const load2 = routeLoad(server.url, 20, stopLoad2.signal);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const newJvm = server.jvmPid() as number;
      const signalledAt = Date.now();
      server.child.kill('SIGTERM');
      const exit = await server.exited;
      stopLoad2.abort();
      const tally2 = await load2;
      console.log(
        `SIGTERM under load: exit in ${((exit.at - signalledAt) / 1000).toFixed(1)} s; ${JSON.stringify([...tally2.statuses])}, refused ${tally2.refused}`,
      );
      expect(exit.code).toBe(0);
      expect(exit.at - signalledAt).toBeLessThanOrEqual(10_000);
      expect(sum(tally2.statuses, (s) => s >= 500)).toBe(0);
      expect(sum(tally2.statuses, (s) => s === 200)).toBeGreaterThan(0);
      await waitFor('the JVM to be gone', () => !isAlive(newJvm), 15_000);
      expect(server.jvmPid()).toBeNull();
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  }, 240_000);

  it('stops on SIGTERM when idle within 5 s, and stops its Neo4j', async () => {
    const server = await startServerProcess(HOME);
    const jvm = server.jvmPid() as number;
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    const exit = await server.exited;
    console.log(`SIGTERM idle: exit in ${((exit.at - signalledAt) / 1000).toFixed(1)} s`);
    expect(exit.code).toBe(0);
    expect(exit.at - signalledAt).toBeLessThanOrEqual(5_000);
    await waitFor('the JVM to be gone', () => !isAlive(jvm), 15_000);
  }, 240_000);

  it('LOG_FORMAT=json and METRICS_PORT: JSON lines with the request id, no personal data; metrics on their own port only', async () => {
    const metricsPort = await freePort();
    const server = await startServerProcess(HOME, {
      env: { LOG_FORMAT: 'json', METRICS_PORT: String(metricsPort) },
    });
    try {
      // A refused sign-in, with an e-mail that must appear in no log line.
      const email = 'marie.dupont@chu-exemple.fr';
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: server.url,
          'sec-fetch-site': 'same-origin',
          'x-request-id': 'proxy-req-42',
        },
        body: JSON.stringify({
          operationName: 'SignIn',
          query: `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { csrfToken } }`,
          variables: { email, password: 'pas le bon mot de passe' },
        }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      // The proxy's id is echoed; without one, the server makes one.
      expect(response.headers.get('x-request-id')).toBe('proxy-req-42');
      const own = await fetch(`${server.url}/health`);
      expect(own.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

      const scrape = await fetch(`http://127.0.0.1:${String(metricsPort)}/metrics`);
      expect(scrape.status).toBe(200);
      const metrics = await scrape.text();
      for (const line of [
        'passerelles_graphql_operation_duration_seconds_count{operation="SignIn",outcome="UNAUTHENTICATED"} 1',
        'passerelles_sign_in_failures_total{reason="credentials"} 1',
        'passerelles_neo4j_circuit_open 0',
        'passerelles_planning_graph_loads 1',
      ])
        expect(metrics).toContain(line);
      expect(metrics).toMatch(
        /^passerelles_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+$/m,
      );
      expect(metrics).toMatch(/^process_cpu_seconds_total \d/m);
      expect(metrics).toMatch(/^passerelles_planning_graph_age_seconds \d/m);
      // Never on the public port.
      expect(await (await fetch(`${server.url}/metrics`)).text()).not.toContain('passerelles_');

      await waitFor('the request lines', () => server.output().includes('"path":"/health"'), 5_000);
      const lines = server.output().trim().split('\n');
      const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const signIn = entries.find((entry) => entry.reqId === 'proxy-req-42');
      expect(signIn).toMatchObject({
        msg: 'request',
        method: 'POST',
        path: '/graphql',
        operation: 'SignIn',
        status: 200,
      });
      expect(server.output()).not.toContain(email);
      expect(server.output()).not.toContain('pas le bon mot de passe');
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 240_000);

  it('the systemd unit of the docs is valid and stops the service as this file tests it', () => {
    const unit = readFileSync(UNIT, 'utf8');
    const service = (key: string) => new RegExp(`^${key}=(.*)$`, 'm').exec(unit)?.[1];
    // What the next test does: `npm start`, SIGTERM to npm alone, the rest killed after a delay
    // longer than the drain (10 s).
    expect(service('ExecStart')).toMatch(/\/npm start$/);
    expect([service('KillMode'), service('KillSignal')]).toEqual(['mixed', 'SIGTERM']);
    expect(Number(service('TimeoutStopSec'))).toBeGreaterThanOrEqual(15);
    const verify = spawnSync('systemd-analyze', ['verify', UNIT], { encoding: 'utf8' });
    if (verify.error) {
      console.log('systemd-analyze is not installed here: the unit was not verified by systemd');
      return;
    }
    expect(`${verify.stdout}${verify.stderr}`).toBe('');
    expect(verify.status).toBe(0);
  });

  it('npm start: SIGTERM to npm’s own pid (a service manager’s stop) ends the whole process group and its Neo4j within 5 s', async () => {
    const server = await startServerProcess(HOME, { npmStart: true });
    const npm = server.child.pid as number;
    const jvm = server.jvmPid() as number;
    const { spawnedAt, neo4jReadyAt, listeningAt } = server.timing;
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `npm start: ready in ${seconds(listeningAt - spawnedAt)}, of which Neo4j ${seconds((neo4jReadyAt ?? spawnedAt) - spawnedAt)}; ${seconds(listeningAt - (neo4jReadyAt ?? spawnedAt))} after Neo4j`,
    );
    expect(await status(`${server.url}/ready`)).toBe(200);
    const signalledAt = Date.now();
    process.kill(npm, 'SIGTERM'); // npm alone, not its group
    const groupAlive = () => {
      try {
        process.kill(-npm, 0);
        return true;
      } catch {
        return false;
      }
    };
    await waitFor('npm’s process group to be gone', () => !groupAlive(), 5_000).catch(
      (error: unknown) => {
        process.kill(-npm, 'SIGKILL');
        throw error;
      },
    );
    await waitFor(
      'the JVM to be gone',
      () => !isAlive(jvm),
      Math.max(0, signalledAt + 5_000 - Date.now()),
    );
    console.log(
      `npm start, SIGTERM to npm: everything gone in ${seconds(Date.now() - signalledAt)}`,
    );
    expect((await server.exited).code).toBe(0);
  }, 240_000);

  it('exits at once on a second signal, even with a request stuck in flight, leaving no JVM', async () => {
    const server = await startServerProcess(HOME);
    const jvm = server.jvmPid() as number;
    // A request whose body never finishes: the drain would wait for it up to its deadline.
    const { port } = new URL(server.url);
    const net = await import('node:net');
    const socket = net.connect(Number(port), '127.0.0.1');
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"query"',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(server.child.exitCode).toBeNull(); // still draining
    const forcedAt = Date.now();
    server.child.kill('SIGINT');
    const exit = await server.exited;
    socket.destroy();
    expect(exit.at - forcedAt).toBeLessThan(2_000);
    await waitFor('the JVM to be gone', () => !isAlive(jvm), 15_000);
  }, 240_000);
});
