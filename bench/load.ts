import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import {
  isAlive,
  startServerProcess,
  waitFor,
  type ServerProcess,
} from '../scripts/server-process.js';
import { percentile } from './stats.js';

/**
 * npm run load: the real server (npm start's, with its own local Neo4j on a free port and the
 * store .neo4j/load) under a bounded load from this machine only (loopback):
 *   1. LOAD_CLIENTS clients (default 50) for LOAD_SECONDS (default 60) of a mix of careerRoutes,
 *      reachableRoles, skillGap and search;
 *   2. the same load for FAULT_SECONDS (default 30), during which the Neo4j JVM is killed (-9):
 *      how long /ready says 503, when it is back, and which requests failed meanwhile;
 *   3. SIGTERM under load: how long the server takes to stop.
 * Prints req/s, p50/p95/p99, answers by status and error code, and the server's RSS.
 */

const bounded = (name: string, fallback: number, max: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0 || value > max)
    throw new Error(`${name} must be a number between 1 and ${max}`);
  return value;
};
const CLIENTS = bounded('LOAD_CLIENTS', 50, 200);
const LOAD_SECONDS = bounded('LOAD_SECONDS', 60, 600);
const FAULT_SECONDS = bounded('FAULT_SECONDS', 30, 300);

const PROFILE = '{ currentRoleId: "secretaire-medicale" }';
const MIX = [
  `{ careerRoutes(profile: ${PROFILE}, targetRoleId: "technicien-information-medicale", limit: 3, maxSteps: 4) { id totalCost estimatedMonths steps { to { id title } gap { cost missing { skill { id label } requiredLevel } } } } }`,
  `{ reachableRoles(profile: ${PROFILE}, maxSteps: 2, limit: 20) { role { id title } steps matchPercent } }`,
  `{ skillGap(profile: ${PROFILE}, targetRoleId: "encadrant-archives") { matchPercent cost missing { skill { id label } trainedBy { block { id } } } } }`,
  '{ search(text: "secrétaire", limit: 10) { key } }',
].map((query) => ({ name: query.slice(2, query.indexOf('(')), body: JSON.stringify({ query }) }));

interface Answer {
  at: number;
  ms: number;
  outcome: string;
  query: string;
}

const rssMiB = (pid: number) => {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return line ? Number(line[1]) / 1024 : Number.NaN;
};

/** autocannon over the mix; every answer recorded with its time, latency and outcome. */
async function drive(url: string, seconds: number, answers: Answer[]) {
  const sentAt = new WeakMap<object, number>();
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: CLIENTS,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: MIX.map(({ name, body }) => ({
      method: 'POST' as const,
      body,
      setupRequest: (request, context: object) => {
        sentAt.set(context, performance.now());
        return request;
      },
      onResponse: (status: number, body: string, context: object) => {
        let outcome = `HTTP ${status}`;
        if (status === 200) {
          try {
            const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
            outcome = parsed.errors ? (parsed.errors[0]?.extensions?.code ?? 'ERROR') : 'ok';
          } catch {
            outcome = 'unparsable';
          }
        }
        const now = performance.now();
        answers.push({ at: now, ms: now - (sentAt.get(context) ?? now), outcome, query: name });
      },
    })),
  });
  return result;
}

function report(label: string, answers: readonly Answer[], seconds: number) {
  const latencies = answers.map((a) => a.ms);
  const outcomes = new Map<string, number>();
  for (const answer of answers)
    outcomes.set(answer.outcome, (outcomes.get(answer.outcome) ?? 0) + 1);
  console.log(`\n${label}: ${answers.length} answers in ${seconds} s`);
  console.log(`  ${(answers.length / seconds).toFixed(0)} req/s`);
  console.log(
    `  latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
  );
  console.log(`  outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

async function faultPhase(server: ServerProcess) {
  const answers: Answer[] = [];
  const ready = async () => {
    try {
      return (await fetch(`${server.url}/ready`)).status;
    } catch {
      return 0;
    }
  };
  const load = drive(server.url, FAULT_SECONDS, answers);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const jvm = server.jvmPid();
  if (!jvm) throw new Error('no Neo4j pid file: is the server using NEO4J_URI?');
  process.kill(jvm, 'SIGKILL');
  const killedAt = performance.now();
  await waitFor('/ready to say 503', async () => (await ready()) === 503, 10_000);
  const notReadyAt = performance.now();
  await waitFor('/ready to say 200 again', async () => (await ready()) === 200, 120_000);
  const readyAt = performance.now();
  await load;
  report(`Fault phase (kill -9 of the Neo4j JVM after 3 s)`, answers, FAULT_SECONDS);
  console.log(
    `  /ready 503 after ${(notReadyAt - killedAt).toFixed(0)} ms; 200 again after ${((readyAt - killedAt) / 1000).toFixed(1)} s (the 503 window)`,
  );
  const outside = answers.filter(
    (a) => a.outcome !== 'ok' && (a.at < killedAt || a.at > readyAt + 1_000),
  );
  const routesFailed = answers.filter((a) => a.query === 'careerRoutes' && a.outcome !== 'ok');
  const inside = answers.filter((a) => a.at >= killedAt && a.at <= readyAt);
  console.log(
    `  errors outside the outage window: ${outside.length}; careerRoutes failures: ${routesFailed.length}; ` +
      `during the outage: ${inside.filter((a) => a.outcome === 'ok').length} ok, ` +
      `${inside.filter((a) => a.outcome !== 'ok').length} failed (search needs Neo4j: SERVICE_UNAVAILABLE), ` +
      `slowest failure ${Math.max(0, ...inside.filter((a) => a.outcome !== 'ok').map((a) => a.ms)).toFixed(0)} ms`,
  );
}

async function main() {
  console.log(
    `npm run load: ${CLIENTS} clients, ${LOAD_SECONDS} s of load, then ${FAULT_SECONDS} s with a Neo4j crash (loopback only).`,
  );
  // The compiled server, as npm start runs it (npm run load builds it first).
  const server = await startServerProcess(path.resolve('.neo4j/load'), { compiled: true });
  try {
    const pid = server.child.pid as number;
    for (const { body } of MIX) {
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    }
    const rssBefore = rssMiB(pid);
    const answers: Answer[] = [];
    await drive(server.url, LOAD_SECONDS, answers);
    report(`Load phase (${MIX.map((m) => m.name).join(', ')})`, answers, LOAD_SECONDS);
    console.log(
      `  server RSS ${rssBefore.toFixed(0)} MiB before, ${rssMiB(pid).toFixed(0)} MiB after`,
    );

    await faultPhase(server);
    console.log(`  server RSS ${rssMiB(pid).toFixed(0)} MiB after the fault phase`);

    const stopping: Answer[] = [];
    const load = drive(server.url, 5, stopping);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    const exit = await server.exited;
    await load;
    const fiveHundreds = stopping.filter((a) => /^HTTP 5/.test(a.outcome)).length;
    console.log(
      `\nSIGTERM under load: exited (code ${exit.code}) in ${((exit.at - signalledAt) / 1000).toFixed(1)} s; ` +
        `${stopping.filter((a) => a.outcome === 'ok').length} answered, ${fiveHundreds} HTTP 5xx`,
    );
  } finally {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    const jvm = server.jvmPid();
    if (jvm && isAlive(jvm)) process.kill(jvm, 'SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
