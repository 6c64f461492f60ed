import type { GraphGateway } from '../../neo4j/gateway.js';
import { applySchema } from '../../neo4j/apply-schema.js';
import { replaceDataset, storedChecksum, type WriteSummary } from './dataset-repository.js';
import type { DatasetError } from '../../../seeds/dataset/validate-graph.js';
import {
  loadDataset,
  readDataFiles,
  type DatasetResult,
  type RawFile,
} from '../../../seeds/dataset/load-dataset.js';
import { toWritePlan } from '../../../seeds/dataset/write-plan.js';
import { rewriteRomeJoins } from '../rome/rome-service.js';

export type SeedOutcome =
  | { status: 'invalid'; errors: DatasetError[] }
  | { status: 'unchanged'; checksum: string }
  | { status: 'written'; checksum: string; summary: WriteSummary };

export interface SeedOptions {
  /** Write even when the stored checksum matches (npm run seed always reconciles). */
  force: boolean;
  files?: readonly RawFile[];
  /** A dataset already loaded and validated (the CLI validates before it starts a database). */
  dataset?: DatasetResult;
}

/** Whether the graph already holds this (valid) dataset: nothing for a seed to write. */
export async function holdsDataset(
  gateway: GraphGateway,
  dataset: Extract<DatasetResult, { ok: true }>,
): Promise<boolean> {
  return (await storedChecksum(gateway)) === dataset.checksum;
}

/**
 * Validates every data file first; writes nothing unless the whole dataset is valid. Then applies
 * the schema and reconciles the graph with the dataset in a single transaction.
 */
export async function seedGraph(gateway: GraphGateway, options: SeedOptions): Promise<SeedOutcome> {
  const dataset = options.dataset ?? loadDataset(options.files ?? readDataFiles());
  if (!dataset.ok) return { status: 'invalid', errors: dataset.errors };
  await applySchema(gateway);
  if (!options.force && (await storedChecksum(gateway)) === dataset.checksum) {
    return { status: 'unchanged', checksum: dataset.checksum };
  }
  const summary = await replaceDataset(gateway, toWritePlan(dataset.graph), dataset.checksum);
  // The study's roles and skills are rewritten: their joins to ROME (if imported) are too.
  await rewriteRomeJoins(gateway);
  return { status: 'written', checksum: dataset.checksum, summary };
}
