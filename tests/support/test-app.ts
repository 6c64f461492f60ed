import { expect } from 'vitest';
import { seedGraph } from '../../server/services/seeding.js';
import { createApp, type App } from '../../server/app.js';
import { connectTestGraph } from './test-graph.js';

/** The API on the seeded integration-test database, and a helper to run operations in process. */
export async function startTestApp() {
  const { driver, gateway } = connectTestGraph();
  const seeded = await seedGraph(gateway, { force: false });
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
    run,
    close: async () => {
      await app.stop();
      await driver.close();
    },
  };
}
