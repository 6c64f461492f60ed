import type { RomeGraph } from '../../schema/rome.js';
import { parseRome } from '../../seeds/rome/parse-rome.js';
import { readRomeFolder } from '../../seeds/rome/read-rome.js';
import type { RomeError } from '../../seeds/rome/rome-files.js';
import type { GraphGateway } from '../neo4j/gateway.js';
import {
  applyRomeSchema,
  clearRomeLeftovers,
  clearRomeStaging,
  deleteRetiredRome,
  stageRome,
  swapInRome,
  type RomeCounts,
  type StageProgress,
} from '../repositories/rome-repository.js';

export type RomeReadOutcome =
  { ok: true; graph: RomeGraph } | { ok: false; errors: RomeError[]; more: number };

/** Reads and checks a release folder; touches no database. */
export function readRomeRelease(folder: string): RomeReadOutcome {
  const read = readRomeFolder(folder);
  if (!read.ok) return { ok: false, errors: read.errors, more: 0 };
  return parseRome(read.texts);
}

export const countsOf = (graph: RomeGraph): RomeCounts => ({
  fiches: graph.fiches.length,
  skills: graph.skills.length,
  requires: graph.requires.length,
  mobilities: graph.mobilities.length,
});

export interface ImportHooks {
  progress: StageProgress;
  /** Tests only: runs after staging, before the swap (a failure here must change nothing). */
  beforeSwap?: () => Promise<void>;
}

/**
 * Loads a checked release beside the study, all or nothing: it is staged under labels no reader
 * sees, then one transaction swaps it for the previous release, which is deleted after. If
 * staging fails, the staged nodes are deleted and the previous release stays as it was.
 */
export async function importRome(
  gateway: GraphGateway,
  graph: RomeGraph,
  hooks: ImportHooks,
): Promise<RomeCounts> {
  await applyRomeSchema(gateway);
  await clearRomeLeftovers(gateway);
  try {
    await stageRome(gateway, graph, hooks.progress);
    await hooks.beforeSwap?.();
  } catch (error) {
    await clearRomeStaging(gateway);
    throw error;
  }
  const counts = countsOf(graph);
  await swapInRome(gateway, graph, counts);
  await deleteRetiredRome(gateway);
  return counts;
}
