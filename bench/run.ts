import { existsSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { startLocalNeo4j } from '../neo4j-launcher/local-neo4j.js';
import { validateGraph } from '../seeds/dataset/validate-graph.js';
import { toWritePlan } from '../seeds/dataset/write-plan.js';
import { seedGraph } from '../server/modules/dataset/seed-service.js';
import { createApp, type App } from '../server/app.js';
import { openGraph } from '../server/neo4j/connection.js';
import { GraphGateway } from '../server/neo4j/gateway.js';
import { replaceDataset } from '../server/modules/dataset/dataset-repository.js';
import { shortestMovePaths } from './path-queries.js';
import { runBrowserBench } from './browser-bench.js';
import { bundleSizes } from './bundle-size.js';
import { ESCO_SCALE, generateScaleGraph } from './esco-scale-graph.js';
import { ms, time, type Timing } from './stats.js';
import { importRomeRelease, measureRome, ROME_RELEASE_DIR } from './rome-bench.js';
import { measureWorkbench } from './workbench-bench.js';
import { ROUTE_SEARCH_SLICE_MS } from '../server/modules/planning/planning-service.js';

/**
 * BENCH_SMOKE=1: every phase, twice, on a tenth of the ESCO scale. CI runs it so that the bench
 * cannot break silently; its figures measure nothing.
 */
const SMOKE = process.env.BENCH_SMOKE === '1';
const RUNS = SMOKE ? 2 : Number(process.env.BENCH_RUNS ?? 200);
const SCALE = SMOKE
  ? { ...ESCO_SCALE, roles: ESCO_SCALE.roles / 10, skills: ESCO_SCALE.skills / 10 }
  : ESCO_SCALE;

const ROUTES = `query($from: ID!, $to: ID!) { careerRoutes(profile: {currentRoleId: $from}, targetRoleId: $to, limit: 3, maxSteps: 4) {
  id totalCost estimatedMonths steps { from { id } to { id } kind conditions { label } gap { matchPercent cost missing { skill { id label } requiredLevel currentLevel coverage } } } } }`;
/** The same answer as the plain path query: which chains, in which order (plus their cost). */
const ROUTE_IDS = `query($from: ID!, $to: ID!) { careerRoutes(profile: {currentRoleId: $from}, targetRoleId: $to, limit: 3, maxSteps: 4) { id totalCost } }`;
const GAP = `query($from: ID!, $to: ID!) { skillGap(profile: {currentRoleId: $from}, targetRoleId: $to) {
  matchPercent cost estimatedMonths missing { skill { id label } requiredLevel currentLevel trainedBy { block { id } item { id } } } uncoveredSkills { id } } }`;
const REACHABLE = `query($from: ID!) { reachable(profile: {currentRoleId: $from}, maxSteps: 2, limit: 50) { total matches { role { id title } steps matchPercent estimatedMonths conditions { label } } } }`;
/** The explorer: a role's opening neighbourhood, and the path between two roles. */
const NEIGHBOURHOOD = `query($key: ID!) { neighbourhood(key: $key, limit: 16) { total nodes { key label degree properties { key value } } edges { key type } } }`;
const PATH = `query($from: ID!, $to: ID!) { pathBetween(fromKey: $from, toKey: $to) { nodes { key } edges { key } } }`;

type Pair = [from: string, to: string];

function runner(app: App) {
  return async (query: string, variables: Record<string, unknown>) => {
    const response = await app.apollo.executeOperation(
      { query, variables },
      { contextValue: app.context() },
    );
    if (response.body.kind !== 'single' || response.body.singleResult.errors) {
      throw new Error(`query failed: ${JSON.stringify(response.body)}`);
    }
    return response.body.singleResult.data;
  };
}

/** Cycles through the pairs so no single lucky pair is measured. */
const cycling = <T>(items: readonly T[]) => {
  let i = 0;
  return () => items[i++ % items.length] as T;
};

async function measureGraph(label: string, app: App, gateway: GraphGateway, pairs: Pair[]) {
  const run = runner(app);
  const next = cycling(pairs);
  const pair = (query: string) => () => {
    const [from, to] = next();
    return run(query, { from, to });
  };
  const careerRoutes = await time(pair(ROUTES), RUNS);
  const careerRouteIds = await time(pair(ROUTE_IDS), RUNS);
  const skillGap = await time(pair(GAP), RUNS);
  const reachableRoles = await time(() => run(REACHABLE, { from: next()[0] }), RUNS);
  const neighbourhood = await time(() => run(NEIGHBOURHOOD, { key: `Role:${next()[0]}` }), RUNS);
  const pathBetween = await time(() => {
    const [from, to] = next();
    return run(PATH, { from: `Role:${from}`, to: `Role:${to}` });
  }, RUNS);
  const shortestCypher = await time(() => {
    const [from, to] = next();
    return shortestMovePaths(gateway, from, to, 3, 4);
  }, RUNS);
  const results = {
    careerRoutes,
    careerRouteIds,
    skillGap,
    reachable: reachableRoles,
    neighbourhood,
    pathBetween,
    shortestCypher,
  };
  console.log(`\n${label} (${RUNS} runs each, ${pairs.length} role pairs)`);
  for (const [name, t] of Object.entries(results)) {
    console.log(`  ${name.padEnd(16)} p50 ${ms(t.p50).padStart(9)}   p95 ${ms(t.p95).padStart(9)}`);
  }
  const ratio = (a: Timing) =>
    `p50 ×${(a.p50 / shortestCypher.p50).toFixed(2)}, p95 ×${(a.p95 / shortestCypher.p95).toFixed(2)}`;
  console.log(
    `  ratio to plain SHORTEST 3 — same answer (route ids): ${ratio(careerRouteIds)}; with every step's gap: ${ratio(careerRoutes)}`,
  );
}

const BROAD_ROUTES = `query($from: ID!, $to: ID!) { careerRoutes(profile: {currentRoleId: $from}, targetRoleId: $to, limit: 20, maxSteps: 6) { id } }`;

/**
 * How long the event loop waits while broad route searches run (each sliced, sliced-search.ts):
 * what another request waits at worst. A wall-clock figure, so here rather than in a test.
 */
async function measureEventLoop(app: App, pairs: Pair[]) {
  const run = runner(app);
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  for (const [from, to] of pairs.slice(0, 10))
    await run(BROAD_ROUTES, { from, to }).catch(() => undefined); // SEARCH_TOO_BROAD is an answer
  delay.disable();
  console.log(
    `  event loop during ${String(Math.min(10, pairs.length))} broad searches (limit 20, maxSteps 6): delay p50 ${ms(delay.percentile(50) / 1e6)}, p99 ${ms(delay.percentile(99) / 1e6)}, max ${ms(delay.max / 1e6)} (slices of ${String(ROUTE_SEARCH_SLICE_MS)} ms)`,
  );
}

const TEAM_GAP = `query($team: [TeamMemberInput!]!, $target: TargetInput!) { teamGap(team: $team, target: $target) {
  members { id role { id } matchPercent estimatedMonths readiness }
  needs { block { id } item { id } people level totalMonths maxMonths }
  uncoveredSkills { skill { id } people } summary { headcount averageMatch readyWithin12Months } } }`;

/** HR's team map: 500 people (three current roles, every fifth with levels of their own). */
async function measureTeamGap(app: App) {
  const run = runner(app);
  const roles = ['secretaire-medicale', 'adjoint-administratif-hospitalier', 'aide-soignant'];
  const team = Array.from({ length: 500 }, (_, i) => ({
    id: `p-${i}`,
    currentRoleId: roles[i % roles.length],
    ...(i % 5 === 0 && {
      skills: [
        { skillId: 'k-bureautique', level: 'DEEP' },
        { skillId: 'k-vocabulaire-medical', level: i % 2 ? 'DEEP' : 'OPERATIONAL' },
      ],
    }),
  }));
  const runs = Math.min(RUNS, 50);
  const role = await time(
    () => run(TEAM_GAP, { team, target: { roleId: 'coordinateur-parcours-patients' } }),
    runs,
  );
  const family = await time(
    () => run(TEAM_GAP, { team, target: { family: 'COORDINATION' } }),
    runs,
  );
  console.log(`
teamGap, 500 people (${runs} runs each; target p95 ≤ 300 ms)`);
  console.log(
    `  against a role      p50 ${ms(role.p50).padStart(9)}   p95 ${ms(role.p95).padStart(9)}`,
  );
  console.log(
    `  against a family    p50 ${ms(family.p50).padStart(9)}   p95 ${ms(family.p95).padStart(9)}`,
  );
}

/** Pairs (from, to) where `to` is exactly `hops` moves away, found by breadth-first search. */
function pairsAtDistance(moves: Map<string, string[]>, starts: string[], hops: number): Pair[] {
  const pairs: Pair[] = [];
  for (const start of starts) {
    const seen = new Set([start]);
    let frontier = [start];
    for (let depth = 1; depth <= hops; depth++) {
      frontier = frontier.flatMap((id) =>
        (moves.get(id) ?? []).filter((to) => !seen.has(to) && seen.add(to)),
      );
    }
    const target = frontier.sort()[0];
    if (target) pairs.push([start, target]);
  }
  return pairs;
}

async function main() {
  const db = await startLocalNeo4j({
    port: Number(process.env.BENCH_NEO4J_PORT ?? 7689),
    homeDir: path.resolve('.neo4j/bench'),
    cacheDir: path.resolve('.neo4j/cache'),
    detached: false,
    log: (msg) => {
      console.log(msg);
    },
  });
  const connection = await openGraph(
    { kind: 'remote', uri: db.uri, user: '', password: '', database: undefined },
    () => undefined,
  );
  const gateway = new GraphGateway(connection.driver, undefined);
  try {
    await seedGraph(gateway, { force: true });
    const seedApp = await createApp(gateway);
    if (process.env.BENCH_ONLY === 'browser') {
      // The web app alone, ROME imported as in the whole bench: first route, explorer, renders,
      // team map, and the bundle sizes.
      if (existsSync(ROME_RELEASE_DIR)) await importRomeRelease(gateway);
      await runBrowserBench(gateway, SMOKE ? 2 : 10);
      console.log(`\n${bundleSizes()}`);
      await seedApp.stop();
      return;
    }
    if (process.env.BENCH_ONLY === 'rome') {
      // The ROME case alone (a few minutes instead of the whole bench).
      await measureRome(seedApp, gateway, Math.min(RUNS, 50));
      await seedApp.stop();
      return;
    }
    const seedPairs: Pair[] = [
      ['secretaire-medicale', 'poste-dac'],
      ['secretaire-medicale', 'technicien-information-medicale'],
      ['adjoint-administratif-hospitalier', 'encadrant-secretariats-medicaux'],
      ['secretaire-medicale', 'responsable-relation-service-usager'],
    ];
    await measureGraph(
      'Seed graph (38 roles, 285 requirements, 50 moves)',
      seedApp,
      gateway,
      seedPairs,
    );
    await measureTeamGap(seedApp);
    await measureWorkbench(seedApp, gateway, RUNS);
    await measureRome(seedApp, gateway, Math.min(RUNS, 50));
    // The web app with ROME imported, as people have it.
    await runBrowserBench(gateway, SMOKE ? 2 : 10);
    await seedApp.stop();
    console.log(`\n${bundleSizes()}`);

    const graph = generateScaleGraph(SCALE);
    const errors = validateGraph(graph);
    if (errors.length > 0) throw new Error(`generated graph invalid: ${errors[0]?.message ?? ''}`);
    const count = (type: string) => graph.relationships.filter((r) => r.type === type).length;
    let started = performance.now();
    await replaceDataset(gateway, toWritePlan(graph), `bench-${SCALE.seed}-${SCALE.roles}`);
    console.log(
      `\nGenerated ${SCALE.roles} roles, ${SCALE.skills} skills, ${count('REQUIRES')} requirements, ${count('MOVES_TO')} moves; written in ${((performance.now() - started) / 1000).toFixed(1)} s (one transaction).`,
    );
    const scaleApp = await createApp(gateway);
    started = performance.now();
    await scaleApp.context().planning();
    console.log(
      `Planning graph loaded from Neo4j in ${((performance.now() - started) / 1000).toFixed(2)} s (once per dataset version).`,
    );
    const moves = new Map<string, string[]>();
    for (const r of graph.relationships)
      if (r.type === 'MOVES_TO') moves.set(r.fromId, [...(moves.get(r.fromId) ?? []), r.toId]);
    const starts = Array.from(
      { length: 20 },
      (_, i) => `role-${Math.floor((i * 149 * SCALE.roles) / ESCO_SCALE.roles)}`,
    );
    const escoPairs = pairsAtDistance(moves, starts, 3);
    await measureGraph('ESCO scale', scaleApp, gateway, escoPairs);
    await measureEventLoop(scaleApp, escoPairs);
    await scaleApp.stop();
  } finally {
    await connection.close();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
