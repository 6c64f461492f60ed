import type { RomeCredentials, RomeGraph, RomeJoins } from '../../../schema/rome.js';
import { loadDataset } from '../../../seeds/dataset/load-dataset.js';
import { parseRome } from '../../../seeds/rome/parse-rome.js';
import { readRomeFolder } from '../../../seeds/rome/read-rome.js';
import { checkRomeJoins, readRomeJoins } from '../../../seeds/rome/rome-joins.js';
import { checkRomeCredentials, readRomeCredentials } from '../../../seeds/rome/rome-credentials.js';
import type { RomeError } from '../../../seeds/rome/rome-files.js';
import type { GraphGateway } from '../../neo4j/gateway.js';
import { applySchema } from '../../neo4j/apply-schema.js';
import {
  clearRomeLeftovers,
  clearRomeStaging,
  deleteRetiredRome,
  replaceRomeJoins,
  stageRome,
  swapInRome,
  type RomeCounts,
  type StageProgress,
} from './rome-repository.js';

export type PrepareOutcome =
  { ok: true; input: ImportInput } | { ok: false; errors: RomeError[]; more: number };

/**
 * Reads and checks a release folder and the reviewed joins against it and the study's dataset;
 * touches no database.
 */
export function prepareRomeImport(
  folder: string,
  reviewed: { joinsFile?: string; credentialsFile?: string } = {},
): PrepareOutcome {
  const read = readRomeFolder(folder);
  if (!read.ok) return { ok: false, errors: read.errors, more: 0 };
  const release = parseRome(read.texts);
  if (!release.ok) return release;
  const dataset = loadDataset();
  if (!dataset.ok) return { ok: false, errors: dataset.errors, more: 0 };
  const joins = readRomeJoins(reviewed.joinsFile);
  if (!joins.ok) return { ok: false, errors: joins.errors, more: 0 };
  const ids = (label: string) =>
    new Set(dataset.graph.nodes.filter((n) => n.label === label).map((n) => n.props.id));
  const errors = checkRomeJoins(
    joins.joins,
    { roles: ids('Role'), skills: ids('Skill') },
    release.graph,
  );
  // The reviewed diplomas must name the release's regulated fiches in ROME's words.
  const diplomas = readRomeCredentials(reviewed.credentialsFile);
  if (!diplomas.ok) return { ok: false, errors: diplomas.errors, more: 0 };
  errors.push(...checkRomeCredentials(diplomas.credentials, release.graph.fiches));
  if (errors.length > 0) return { ok: false, errors, more: 0 };
  return {
    ok: true,
    input: { graph: release.graph, joins: joins.joins, credentials: diplomas.credentials },
  };
}

const countsOf = (graph: RomeGraph): RomeCounts => ({
  fiches: graph.fiches.length,
  skills: graph.skills.length,
  requires: graph.requires.length,
  mobilities: graph.mobilities.length,
});

export interface ImportInput {
  graph: RomeGraph;
  /** Checked against the study and the release (checkRomeJoins). */
  joins: RomeJoins;
  /**
   * The reviewed diplomas, checked against the release (checkRomeCredentials): stored with the
   * release, so that planning reads what was checked, never the file at run time.
   */
  credentials: RomeCredentials;
}

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
  { graph, joins, credentials }: ImportInput,
  hooks: ImportHooks,
): Promise<RomeCounts> {
  await applySchema(gateway);
  await clearRomeLeftovers(gateway);
  try {
    await stageRome(gateway, graph, hooks.progress);
    await hooks.beforeSwap?.();
  } catch (error) {
    await clearRomeStaging(gateway);
    throw error;
  }
  const counts = countsOf(graph);
  await swapInRome(gateway, graph, counts, credentials);
  await replaceRomeJoins(gateway, joins);
  await deleteRetiredRome(gateway);
  return counts;
}
