import { expect } from 'vitest';
import type { RawFile } from '../../seeds/dataset/load-dataset.js';
import { seedGraph } from '../../server/modules/dataset/seed-service.js';
import { createApp, type App } from '../../server/app.js';
import { openTestGraph } from './test-graph.js';

/**
 * The API on a database of the test file's own, seeded with the given files (the project's
 * dataset by default), and a helper to run operations in process.
 */
export async function startTestApp(files?: readonly RawFile[]) {
  const graph = await openTestGraph();
  const { gateway } = graph;
  const seeded = await seedGraph(gateway, { force: true, ...(files && { files }) });
  expect(seeded.status).not.toBe('invalid');
  const app: App = await createApp(gateway);

  async function run<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    const response = await app.apollo.executeOperation<T>(
      { query, variables },
      { contextValue: app.context() },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  }

  return {
    app,
    gateway,
    uri: graph.uri,
    run,
    close: async () => {
      await app.stop();
      await graph.close();
    },
  };
}
