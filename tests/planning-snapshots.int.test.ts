import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFiles } from '../seeds/dataset/load-dataset.js';
import { seedGraph } from '../server/modules/dataset/seed-service.js';
import type { GraphGateway } from '../server/neo4j/gateway.js';
import { PlanningSnapshots, RECHECK_AFTER_MS } from '../server/modules/dataset/snapshot-service.js';
import { openTestGraph } from './support/test-graph.js';

let gateway: GraphGateway;
let close: () => Promise<void>;

beforeAll(async () => {
  const graph = await openTestGraph();
  gateway = graph.gateway;
  close = () => graph.close();
  expect((await seedGraph(gateway, { force: true })).status).toBe('written');
});
afterAll(async () => {
  await close();
});

describe('PlanningSnapshots', () => {
  it('serves the loaded graph, and reloads it once the stored dataset version changed', async () => {
    let clock = 0;
    const snapshots = new PlanningSnapshots(gateway, () => clock);
    const first = await snapshots.current();
    expect(first.role('secretaire-medicale')?.moves.some((m) => m.to === 'poste-dac')).toBe(true);

    const files = readDataFiles().map((f) =>
      f.file === 'moves.yaml'
        ? { ...f, text: f.text.replace(/^ {2}- \{ id: m-secretaire-dac,.*\n/m, '') }
        : f,
    );
    expect((await seedGraph(gateway, { force: false, files })).status).toBe('written');

    clock += RECHECK_AFTER_MS / 2;
    expect(await snapshots.current()).toBe(first);

    clock += RECHECK_AFTER_MS;
    const second = await snapshots.current();
    expect(second).not.toBe(first);
    expect(second.role('secretaire-medicale')?.moves.some((m) => m.to === 'poste-dac')).toBe(false);
  });
});
