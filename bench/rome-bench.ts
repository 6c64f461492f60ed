import { existsSync } from 'node:fs';
import path from 'node:path';
import type { App } from '../server/app.js';
import type { GraphGateway } from '../server/neo4j/gateway.js';
import { shortestRomePaths } from './path-queries.js';
import { countLiveRome } from '../server/modules/rome/rome-repository.js';
import { importRome, prepareRomeImport } from '../server/modules/rome/rome-import-service.js';
import { ms, time } from './stats.js';

/** Runs an operation in process; fails on any error. */
const runner = (app: App) => async (query: string, variables: Record<string, unknown>) => {
  const response = await app.apollo.executeOperation(
    { query, variables },
    { contextValue: app.context() },
  );
  if (response.body.kind !== 'single' || response.body.singleResult.errors)
    throw new Error(`query failed: ${JSON.stringify(response.body)}`);
};

/** France Travail's real files, beside the project (../shared/datasets). */
export const ROME_RELEASE_DIR = path.resolve('../shared/datasets/rome-v460');

const SEARCH = `query($text: String!) { search(text: $text, limit: 20) { key label } }`;
const NEIGHBOURHOOD = `query($key: ID!, $depth: Int) { neighbourhood(key: $key, depth: $depth, limit: 60) { total nodes { key } edges { key } } }`;

/** Checks and imports the real ROME files (all or nothing); the times of both. */
export async function importRomeRelease(
  gateway: GraphGateway,
): Promise<{ checkMs: number; importMs: number }> {
  let started = performance.now();
  const prepared = prepareRomeImport(ROME_RELEASE_DIR);
  if (!prepared.ok) throw new Error(`ROME files invalid: ${JSON.stringify(prepared.errors)}`);
  const checkMs = performance.now() - started;
  started = performance.now();
  await importRome(gateway, prepared.input, { progress: () => undefined });
  return { checkMs, importMs: performance.now() - started };
}

/**
 * ROME 4.0 on the real files: the check, the import (all or nothing) with its heap, then what
 * the app does with it loaded: search across fiches and appellations, the explorer around the
 * secretary's fiche and around the item most fiches share.
 */
export async function measureRome(app: App, gateway: GraphGateway, runs: number): Promise<void> {
  if (!existsSync(ROME_RELEASE_DIR)) {
    console.log(`\nROME: ${ROME_RELEASE_DIR} is missing; skipped.`);
    return;
  }
  const { checkMs, importMs } = await importRomeRelease(gateway);
  const live = await countLiveRome(gateway);
  console.log(
    `\nROME 4.0 v460 (real files): ${live.fiches} fiches, ${live.skills} items, ${live.requires} links, ${live.mobilities} mobilities; ` +
      `checked in ${(checkMs / 1000).toFixed(2)} s, imported in ${(importMs / 1000).toFixed(1)} s ` +
      `(staged in batches, one swap); heap after ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB.`,
  );
  const run = runner(app);
  const texts = [
    'secretaire medicale',
    'assistante medico administrative',
    'infirmière',
    'comptable',
  ];
  let i = 0;
  const results = {
    search: await time(() => run(SEARCH, { text: texts[i++ % texts.length] }), runs),
    'fiche M1609 d1': await time(
      () => run(NEIGHBOURHOOD, { key: 'RomeFiche:M1609', depth: 1 }),
      runs,
    ),
    'fiche M1609 d2': await time(
      () => run(NEIGHBOURHOOD, { key: 'RomeFiche:M1609', depth: 2 }),
      runs,
    ),
    'densest item d2': await time(
      () => run(NEIGHBOURHOOD, { key: 'RomeSkill:300465', depth: 2 }),
      runs,
    ),
  };
  console.log(`ROME loaded (${runs} runs each)`);
  for (const [name, t] of Object.entries(results))
    console.log(`  ${name.padEnd(16)} p50 ${ms(t.p50).padStart(9)}   p95 ${ms(t.p95).padStart(9)}`);
  await measureRomeRoutes(app, gateway, runs);
}

const ROUTE_IDS = `query($from: ID!, $to: ID!) { careerRoutes(profile: {currentRoleId: $from}, targetRoleId: $to, limit: 3, maxSteps: 4, includeRome: true) { id totalCost } }`;
const ROUTES = `query($from: ID!, $to: ID!) { careerRoutes(profile: {currentRoleId: $from}, targetRoleId: $to, limit: 3, maxSteps: 4, includeRome: true) {
  id totalCost estimatedMonths steps { to { id title } rank conditions { label } gap { matchPercent missing { skill { label } requiredLevel } } } } }`;
const REACHABLE = `query($from: ID!) { reachable(profile: {currentRoleId: $from}, maxSteps: 2, limit: 50, includeRome: true) { total matches { role { id } matchPercent estimatedMonths } } }`;

/** Fiche pairs three mobilities apart (and not closer), from spread-out starts. */
function pairsThreeApart(mobilities: Map<string, string[]>): [string, string][] {
  const starts = [...mobilities.keys()].filter((_, i) => i % 80 === 0).slice(0, 20);
  const pairs: [string, string][] = [];
  for (const start of starts) {
    const seen = new Map([[start, 0]]);
    let frontier = [start];
    for (let d = 1; d <= 3; d++) {
      const next: string[] = [];
      for (const f of frontier)
        for (const t of mobilities.get(f) ?? []) {
          if (seen.has(t)) continue;
          seen.set(t, d);
          next.push(t);
        }
      frontier = next;
    }
    const far = [...seen].find(([, d]) => d === 3)?.[0];
    if (far) pairs.push([start, far]);
  }
  return pairs;
}

/**
 * Routes with ROME beside the study: the composed planning graph's load, then careerRoutes
 * between ROME fiches three mobilities apart against plain Cypher SHORTEST 3 on the same pairs,
 * and « Où puis-je aller ? » from them.
 */
async function measureRomeRoutes(app: App, gateway: GraphGateway, runs: number): Promise<void> {
  let started = performance.now();
  const ctx = app.context();
  ctx.useRome();
  const planning = await ctx.planning();
  const romeMoves = [...planning.graph.roles.values()].flatMap((r) =>
    r.moves.filter((m) => m.rank !== undefined),
  );
  console.log(
    `Planning graph with ROME composed in ${((performance.now() - started) / 1000).toFixed(2)} s ` +
      `(${planning.graph.roles.size} roles, ${planning.graph.skills.size} skills, ` +
      `${romeMoves.length} ROME moves, ` +
      `${romeMoves.filter((m) => m.entry?.requiresAnyOf).length} into a diploma open only to holders of others).`,
  );
  const mobilities = new Map<string, string[]>();
  for (const role of planning.graph.roles.values())
    if (role.romeFiche)
      mobilities.set(
        role.romeFiche.code,
        role.moves.flatMap((m) => planning.graph.roles.get(m.to)?.romeFiche?.code ?? []),
      );
  const pairs = pairsThreeApart(mobilities);
  const roleId = (code: string) => `rome-${code.toLowerCase()}`;
  const run = runner(app);
  let i = 0;
  const pair = () => pairs[i++ % pairs.length] ?? ['', ''];
  started = performance.now();
  const results = {
    careerRoutes: await time(() => {
      const [from, to] = pair();
      return run(ROUTES, { from: roleId(from), to: roleId(to) });
    }, runs),
    careerRouteIds: await time(() => {
      const [from, to] = pair();
      return run(ROUTE_IDS, { from: roleId(from), to: roleId(to) });
    }, runs),
    reachable: await time(() => run(REACHABLE, { from: roleId(pair()[0]) }), runs),
    shortestCypher: await time(() => {
      const [from, to] = pair();
      return shortestRomePaths(gateway, from, to, 3, 4);
    }, runs),
  };
  console.log(
    `Routes with ROME (${runs} runs each, ${pairs.length} fiche pairs 3 mobilities apart)`,
  );
  for (const [name, t] of Object.entries(results))
    console.log(`  ${name.padEnd(16)} p50 ${ms(t.p50).padStart(9)}   p95 ${ms(t.p95).padStart(9)}`);
  const { careerRouteIds, careerRoutes, shortestCypher } = results;
  console.log(
    `  ratio to plain SHORTEST 3 — route ids: p50 ×${(careerRouteIds.p50 / shortestCypher.p50).toFixed(2)}, ` +
      `p95 ×${(careerRouteIds.p95 / shortestCypher.p95).toFixed(2)}; with every step's gap: ` +
      `p50 ×${(careerRoutes.p50 / shortestCypher.p50).toFixed(2)}, p95 ×${(careerRoutes.p95 / shortestCypher.p95).toFixed(2)}`,
  );
}
