import { existsSync } from 'node:fs';
import path from 'node:path';
import type { App } from '../server/app.js';
import type { GraphGateway } from '../server/neo4j/gateway.js';
import { countLiveRome } from '../server/repositories/rome-repository.js';
import { importRome, prepareRomeImport } from '../server/services/rome-import.js';
import { ms, time } from './stats.js';

/** France Travail's real files, beside the project (../shared/datasets). */
export const ROME_RELEASE_DIR = path.resolve('../shared/datasets/rome-v460');

const SEARCH = `query($text: String!) { search(text: $text, limit: 20) { key label } }`;
const NEIGHBOURHOOD = `query($key: ID!, $depth: Int) { neighbourhood(key: $key, depth: $depth, limit: 60) { total nodes { key } edges { key } } }`;

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
  let started = performance.now();
  const prepared = prepareRomeImport(ROME_RELEASE_DIR);
  if (!prepared.ok) throw new Error(`ROME files invalid: ${JSON.stringify(prepared.errors)}`);
  const checkMs = performance.now() - started;
  started = performance.now();
  await importRome(gateway, prepared.input, { progress: () => undefined });
  const importMs = performance.now() - started;
  const live = await countLiveRome(gateway);
  console.log(
    `\nROME 4.0 v460 (real files): ${live.fiches} fiches, ${live.skills} items, ${live.requires} links, ${live.mobilities} mobilities; ` +
      `checked in ${(checkMs / 1000).toFixed(2)} s, imported in ${(importMs / 1000).toFixed(1)} s ` +
      `(staged in batches, one swap); heap after ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB.`,
  );
  const run = async (query: string, variables: Record<string, unknown>) => {
    const response = await app.apollo.executeOperation(
      { query, variables },
      { contextValue: app.context() },
    );
    if (response.body.kind !== 'single' || response.body.singleResult.errors)
      throw new Error(`query failed: ${JSON.stringify(response.body)}`);
  };
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
}
