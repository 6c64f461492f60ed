import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM copies; Apollo loads the CJS one, so our code must too
    // (otherwise: "Cannot use GraphQLNonNull from another module or realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{schema,seeds,server,neo4j-launcher,scripts,bench,web}/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.int.test.ts'],
          // Each file starts a Neo4j of its own (tests/support/test-graph.ts), so files run side
          // by side; against the one server NEO4J_URI names, they run one at a time.
          fileParallelism: !process.env.NEO4J_URI,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
