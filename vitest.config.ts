import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The global teardown stops the test Neo4j, which checkpoints its store first.
    teardownTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{schema,seeds,server,neo4j-launcher,web}/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.int.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // The integration files share one real database and reseed it: run them one by one.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
