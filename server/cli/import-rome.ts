import { romeSource } from '../../schema/rome.js';
import { countLiveRome } from '../modules/rome/rome-repository.js';
import { importRome, prepareRomeImport } from '../modules/rome/rome-import-service.js';
import { withGraph } from './with-graph.js';

/**
 * npm run import:rome -- <folder>: loads France Travail's ROME 4.0 files beside the study, in the
 * local Neo4j or the one NEO4J_URI names. Checks every file before it connects; all or nothing.
 */

const log = (msg: string) => {
  console.log(msg);
};

async function main(args: readonly string[]): Promise<number> {
  const folder = args[0];
  if (!folder || args.length > 1) {
    console.error('usage: npm run import:rome -- <folder of the ROME files>');
    return 2;
  }
  const started = performance.now();
  const prepared = prepareRomeImport(folder);
  if (!prepared.ok) {
    const more = prepared.more > 0 ? ` (and ${prepared.more} more)` : '';
    console.error(`The ROME files or their joins have problems${more}; nothing was written:`);
    for (const e of prepared.errors) console.error(`  ✗ ${e.where} — ${e.message}`);
    return 1;
  }
  const { graph, joins, credentials } = prepared.input;
  log(
    `Checked ${romeSource(graph.release, folder)}: ${graph.fiches.length} fiches, ` +
      `${graph.skills.length} compétences et savoirs, ${graph.requires.length} liens, ` +
      `${graph.mobilities.length} mobilités, ${joins.roles.length + joins.appellations.length + joins.skills.length} jointures, ${credentials.credentials.length} diplômes ` +
      `(${(performance.now() - started).toFixed(0)} ms).`,
  );
  return withGraph(log, async (gateway, connection) => {
    let last = '';
    await importRome(gateway, prepared.input, {
      progress: (what, done, total) => {
        const line = `  ${what} : ${done}/${total}`;
        if (done === total || line !== last) log(line);
        last = line;
      },
    });
    const live = await countLiveRome(gateway);
    log(
      `ROME ${graph.release.code} is loaded in ${connection.uri} beside the study ` +
        `(${live.fiches} fiches, ${live.skills} compétences et savoirs, ${live.requires} liens, ` +
        `${live.mobilities} mobilités) in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
        `heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB.`,
    );
    return 0;
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
