import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  ROME_DATASET_ID,
  ROME_LABELS,
  ROME_RETIRED_LABEL,
  ROME_STAGING_LABEL,
  romeCredentialsFileSchema,
  type RomeCredentials,
  type RomeGraph,
  type RomeJoins,
  type RomeLabel,
} from '../../../schema/rome.js';
import { BULK_WRITE_TIMEOUT_MS, type GraphGateway } from '../../neo4j/gateway.js';

/**
 * ROME's writes: staged under their own labels in bounded batches, swapped in by one
 * transaction, the previous release deleted after. Labels and types come from schema/rome.ts
 * only; every value is a parameter.
 */

/** An import's batches and its swap are bulk writes, not a request's. */
const BULK = { timeoutMs: BULK_WRITE_TIMEOUT_MS };

const WRITE_BATCH = 5_000;
const DELETE_BATCH = 1_000;

const STAGED = Object.values(ROME_STAGING_LABEL);
const RETIRED = Object.values(ROME_RETIRED_LABEL);

const countRow = z.object({ count: z.number() });

/** Deletes every node of a label, a bounded batch per transaction. */
async function deleteAll(gateway: GraphGateway, label: string): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await gateway.write(async (tx) => {
      const [row] = await tx.rows(
        `MATCH (n:${label}) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS count`,
        { batch: neo4j.int(DELETE_BATCH) },
        countRow,
      );
      return row?.count ?? 0;
    }, BULK);
    total += deleted;
    if (deleted === 0) return total;
  }
}

/** What an interrupted import may have left: staged or retired nodes, invisible to readers. */
export async function clearRomeLeftovers(gateway: GraphGateway): Promise<number> {
  let total = 0;
  for (const label of [...STAGED, ...RETIRED]) total += await deleteAll(gateway, label);
  return total;
}

export async function clearRomeStaging(gateway: GraphGateway): Promise<void> {
  for (const label of STAGED) await deleteAll(gateway, label);
}

export async function deleteRetiredRome(gateway: GraphGateway): Promise<void> {
  for (const label of RETIRED) await deleteAll(gateway, label);
}

export type StageProgress = (what: string, done: number, total: number) => void;

async function inBatches<T>(
  gateway: GraphGateway,
  what: string,
  rows: readonly T[],
  cypher: string,
  progress: StageProgress,
  toParam: (row: T) => Record<string, unknown> = (row) => row as Record<string, unknown>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_BATCH) {
    const batch = rows.slice(start, start + WRITE_BATCH).map(toParam);
    await gateway.write((tx) => tx.run(cypher, { rows: batch }), BULK);
    progress(what, Math.min(start + WRITE_BATCH, rows.length), rows.length);
  }
}

const staged = (label: RomeLabel) => ROME_STAGING_LABEL[label];

/** Writes a release under the staging labels; readers do not see it yet. */
export async function stageRome(
  gateway: GraphGateway,
  graph: RomeGraph,
  progress: StageProgress,
): Promise<void> {
  await inBatches(
    gateway,
    'fiches',
    graph.fiches,
    `UNWIND $rows AS row CREATE (n:${staged('RomeFiche')}) SET n = row`,
    progress,
  );
  await inBatches(
    gateway,
    'compétences et savoirs',
    graph.skills,
    `UNWIND $rows AS row CREATE (n:${staged('RomeSkill')}) SET n = row`,
    progress,
  );
  await inBatches(
    gateway,
    'liens fiche → compétence',
    graph.requires,
    `UNWIND $rows AS row
     MATCH (a:${staged('RomeFiche')} {id: row.fiche}) MATCH (b:${staged('RomeSkill')} {id: row.skill})
     CREATE (a)-[r:ROME_REQUIRES]->(b)
     SET r = row { .kind, .core, .level, .levelSource, .source }`,
    progress,
  );
  await inBatches(
    gateway,
    'mobilités',
    graph.mobilities,
    `UNWIND $rows AS row
     MATCH (a:${staged('RomeFiche')} {id: row.from}) MATCH (b:${staged('RomeFiche')} {id: row.to})
     CREATE (a)-[r:ROME_MOBILITY]->(b)
     SET r = row { .rank, .source }`,
    progress,
    (m) => ({ ...m, rank: neo4j.int(m.rank) }),
  );
}

export interface RomeCounts {
  fiches: number;
  skills: number;
  requires: number;
  mobilities: number;
}

/**
 * One transaction: the live release becomes retired, the staged one live, and the bookkeeping
 * node says which release is loaded. Readers see the old release or the new one, never a mix.
 */
export async function swapInRome(
  gateway: GraphGateway,
  graph: RomeGraph,
  counts: RomeCounts,
  credentials: RomeCredentials,
): Promise<void> {
  await gateway.write(async (tx) => {
    for (const label of ROME_LABELS)
      await tx.run(`MATCH (n:${label}) SET n:${ROME_RETIRED_LABEL[label]} REMOVE n:${label}`);
    for (const label of ROME_LABELS)
      await tx.run(
        `MATCH (n:${ROME_STAGING_LABEL[label]}) SET n:${label} REMOVE n:${staged(label)}`,
      );
    await tx.run(
      `MERGE (d:DatasetVersion {id: $id})
       SET d.release = $release.code, d.number = $release.number, d.published = $release.published,
           d.title = $release.title, d.importedAt = toString(datetime()),
           d.fiches = $counts.fiches, d.skills = $counts.skills,
           d.requires = $counts.requires, d.mobilities = $counts.mobilities,
           d.credentials = $credentials`,
      {
        id: ROME_DATASET_ID,
        credentials: JSON.stringify(credentials),
        release: graph.release,
        counts: {
          fiches: neo4j.int(counts.fiches),
          skills: neo4j.int(counts.skills),
          requires: neo4j.int(counts.requires),
          mobilities: neo4j.int(counts.mobilities),
        },
      },
    );
  }, BULK);
}

const statusRow = z.object({
  release: z.string(),
  published: z.string(),
  importedAt: z.string(),
  fiches: z.number(),
  skills: z.number(),
  requires: z.number(),
  mobilities: z.number(),
});
export type RomeStatus = z.infer<typeof statusRow>;

/** Which ROME release is loaded, or null. */
export async function romeStatus(gateway: GraphGateway): Promise<RomeStatus | null> {
  const rows = await gateway.read(
    `MATCH (d:DatasetVersion {id: $id}) WHERE d.release IS NOT NULL
     RETURN d.release AS release, d.published AS published, d.importedAt AS importedAt,
            d.fiches AS fiches, d.skills AS skills, d.requires AS requires, d.mobilities AS mobilities`,
    { id: ROME_DATASET_ID },
    statusRow,
  );
  return rows[0] ?? null;
}

/**
 * The reviewed diplomas stored with the live release (as checked against it at import); null
 * when no release is loaded or it was imported before diplomas were stored with it.
 */
export async function storedRomeCredentials(
  gateway: GraphGateway,
): Promise<RomeCredentials | null> {
  const [row] = await gateway.read(
    `MATCH (d:DatasetVersion {id: $id}) WHERE d.credentials IS NOT NULL
     RETURN d.credentials AS credentials`,
    { id: ROME_DATASET_ID },
    z.object({
      credentials: z
        .string()
        .transform((json) => romeCredentialsFileSchema.parse(JSON.parse(json))),
    }),
  );
  return row?.credentials ?? null;
}

/** What is live, counted in the graph (for checks and the command's report). */
export async function countLiveRome(gateway: GraphGateway): Promise<RomeCounts> {
  const count = async (cypher: string) => (await gateway.read(cypher, {}, countRow))[0]?.count ?? 0;
  return {
    fiches: await count('MATCH (n:RomeFiche) RETURN count(n) AS count'),
    skills: await count('MATCH (n:RomeSkill) RETURN count(n) AS count'),
    requires: await count('MATCH ()-[r:ROME_REQUIRES]->() RETURN count(r) AS count'),
    mobilities: await count('MATCH ()-[r:ROME_MOBILITY]->() RETURN count(r) AS count'),
  };
}

/**
 * Makes the joins between the study and ROME equal to the reviewed file, in one transaction.
 * A line whose nodes are not both in the graph (ROME not imported) links nothing.
 */
export async function replaceRomeJoins(gateway: GraphGateway, joins: RomeJoins): Promise<void> {
  const derived = (rationale: string) => `derived: ${rationale}`;
  await gateway.write(async (tx) => {
    await tx.run('MATCH (:Role)-[r:ROME_FICHE|ROME_APPELLATION]->(:RomeFiche) DELETE r');
    await tx.run('MATCH (:Skill)-[r:ROME_ITEM]->(:RomeSkill) DELETE r');
    await tx.run(
      `UNWIND $rows AS j MATCH (a:Role {id: j.role}) MATCH (b:RomeFiche {id: j.fiche})
       CREATE (a)-[:ROME_FICHE {source: j.source}]->(b)`,
      { rows: joins.roles.map((j) => ({ ...j, source: derived(j.rationale) })) },
    );
    await tx.run(
      `UNWIND $rows AS j MATCH (a:Role {id: j.role}) MATCH (b:RomeFiche {id: j.fiche})
       CREATE (a)-[:ROME_APPELLATION {appellation: j.appellation, code: j.code, source: j.source}]->(b)`,
      { rows: joins.appellations.map((j) => ({ ...j, source: derived(j.rationale) })) },
    );
    await tx.run(
      `UNWIND $rows AS j MATCH (a:Skill {id: j.skill}) MATCH (b:RomeSkill {id: j.item})
       CREATE (a)-[:ROME_ITEM {source: j.source}]->(b)`,
      { rows: joins.skills.map((j) => ({ ...j, source: derived(j.rationale) })) },
    );
  }, BULK);
}
