import { countGraph } from '../modules/dataset/dataset-repository.js';
import { loadDataset } from '../../seeds/dataset/load-dataset.js';
import { seedGraph } from '../modules/dataset/seed-service.js';
import { withGraph } from './with-graph.js';

const log = (msg: string) => {
  console.log(msg);
};

async function main(): Promise<number> {
  // Validate before connecting: a broken dataset must not even start a database.
  const dataset = loadDataset();
  if (!dataset.ok) {
    console.error(`The dataset has ${dataset.errors.length} error(s); nothing was written:`);
    for (const error of dataset.errors) console.error(`  ✗ ${error.where} — ${error.message}`);
    return 1;
  }
  return withGraph(log, async (gateway, connection) => {
    const started = performance.now();
    const outcome = await seedGraph(gateway, { force: true, dataset });
    if (outcome.status !== 'written') throw new Error(`unexpected seed outcome: ${outcome.status}`);
    const ms = performance.now() - started;
    const s = outcome.summary;
    log(`Seeded ${connection.uri} in ${ms.toFixed(0)} ms (one transaction).`);
    log(
      `Changes: +${s.nodesCreated}/-${s.nodesDeleted} nodes, +${s.relationshipsCreated}/-${s.relationshipsDeleted} relationships, ${s.propertiesSet} properties set.`,
    );
    const counts = await countGraph(gateway);
    log('Nodes by label:');
    for (const [label, count] of Object.entries(counts.nodes))
      log(`  ${label.padEnd(20)} ${count}`);
    log('Relationships by type:');
    for (const [type, count] of Object.entries(counts.relationships))
      log(`  ${type.padEnd(20)} ${count}`);
    return 0;
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
