import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFiles } from '../seeds/dataset/load-dataset.js';
import { seedGraph } from '../server/modules/dataset/seed-service.js';
import type { GraphGateway } from '../server/neo4j/gateway.js';
import { PlanningSnapshots, RECHECK_AFTER_MS } from '../server/modules/dataset/snapshot-service.js';
import { DatabaseTimeoutError } from '../server/errors.js';
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

  it('keeps answering from the loaded graph when checking the version fails, whatever the failure', async () => {
    let clock = 0;
    let failure: Error | null = null;
    // The real gateway, whose reads fail with `failure` when it is set.
    const flaky = Object.create(gateway) as GraphGateway;
    flaky.read = <T>(cypher: string, params: Record<string, unknown>, row: z.ZodType<T>) =>
      failure ? Promise.reject(failure) : gateway.read(cypher, params, row);
    const snapshots = new PlanningSnapshots(flaky, () => clock);
    const first = await snapshots.current();
    // A timeout, and a code Neo4j gives while it restarts that the gateway does not know.
    for (const error of [
      new DatabaseTimeoutError('test'),
      new Error('Neo.ClientError.Database.DatabaseNotFound'),
    ]) {
      failure = error;
      clock += RECHECK_AFTER_MS;
      expect(await snapshots.current()).toBe(first);
    }
    // With nothing loaded yet, there is nothing to answer from: the failure is the answer.
    await expect(new PlanningSnapshots(flaky, () => clock).current()).rejects.toThrow(
      'DatabaseNotFound',
    );
  });
});
