import { z } from 'zod';
import { storedBlocksSchema, type DraftBlock } from '../../../schema/workbench.js';
import type { GraphGateway, WriteTransaction } from '../../neo4j/gateway.js';

/**
 * Drafts (maquettes) and their versions. A version is immutable: its blocks are one JSON
 * snapshot, validated on the way in and parsed with zod on the way out.
 */

const summaryRow = z.object({
  id: z.string(),
  title: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  latestVersion: z.number(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export type DraftSummary = z.infer<typeof summaryRow>;

export const versionRow = z.object({
  draftId: z.string(),
  title: z.string(),
  createdBy: z.string(),
  number: z.number(),
  author: z.string(),
  createdAt: z.string(),
  comment: z.string(),
  restoredFrom: z.number().nullable(),
  datasetVersion: z.string().nullable(),
  blocks: z.string().transform((json) => storedBlocksSchema.parse(JSON.parse(json))),
});

export type DraftVersionRecord = z.infer<typeof versionRow>;

export const VERSION_FIELDS = `d.id AS draftId, d.title AS title, d.createdBy AS createdBy, v.number AS number, v.author AS author,
  v.createdAt AS createdAt, v.comment AS comment, v.restoredFrom AS restoredFrom,
  v.datasetVersion AS datasetVersion, v.blocks AS blocks`;

export async function listDrafts(gateway: GraphGateway): Promise<DraftSummary[]> {
  return gateway.read(
    `MATCH (d:Draft)
     RETURN d.id AS id, d.title AS title, d.createdBy AS createdBy, d.createdAt AS createdAt,
            d.latestVersion AS latestVersion, d.updatedAt AS updatedAt, d.updatedBy AS updatedBy
     ORDER BY d.updatedAt DESC, d.id`,
    {},
    summaryRow,
  );
}

/** One version, or the latest when `number` is null; null when the draft or version does not exist. */
export async function findVersion(
  gateway: GraphGateway,
  draftId: string,
  number: number | null,
): Promise<DraftVersionRecord | null> {
  const rows = await gateway.read(
    `MATCH (d:Draft {id: $draftId})
     MATCH (d)-[:HAS_VERSION]->(v:DraftVersion {number: coalesce($number, d.latestVersion)})
     RETURN ${VERSION_FIELDS}`,
    { draftId, number },
    versionRow,
  );
  return rows[0] ?? null;
}

/** Every version, newest first, with its blocks (the history shows their size). */
export async function listVersions(
  gateway: GraphGateway,
  draftId: string,
): Promise<DraftVersionRecord[]> {
  return gateway.read(
    `MATCH (d:Draft {id: $draftId})-[:HAS_VERSION]->(v:DraftVersion)
     RETURN ${VERSION_FIELDS} ORDER BY v.number DESC`,
    { draftId },
    versionRow,
  );
}

export interface NewVersion {
  author: string;
  createdAt: string;
  comment: string;
  restoredFrom: number | null;
  datasetVersion: string | null;
  blocks: DraftBlock[];
}

/** Writes version `number` of a draft and returns it as stored (read back in the same transaction). */
async function addVersion(
  tx: WriteTransaction,
  draftId: string,
  number: number,
  v: NewVersion,
): Promise<DraftVersionRecord> {
  const [saved] = await tx.rows(
    `MATCH (d:Draft {id: $draftId})
     CREATE (d)-[:HAS_VERSION]->(v:DraftVersion {key: $key, draftId: $draftId, number: $number,
       author: $author, createdAt: $createdAt, comment: $comment, restoredFrom: $restoredFrom,
       datasetVersion: $datasetVersion, blocks: $blocks})
     SET d.latestVersion = $number, d.updatedAt = $createdAt, d.updatedBy = $author
     RETURN ${VERSION_FIELDS}`,
    {
      draftId,
      key: `${draftId}:${number}`,
      number,
      author: v.author,
      createdAt: v.createdAt,
      comment: v.comment,
      restoredFrom: v.restoredFrom,
      datasetVersion: v.datasetVersion,
      blocks: JSON.stringify(v.blocks),
    },
    versionRow,
  );
  if (!saved) throw new Error(`draft ${draftId} vanished while version ${number} was written`);
  return saved;
}

/** A new draft and its version 1, in one transaction; version 1 as saved. */
export async function insertDraft(
  gateway: GraphGateway,
  draft: { id: string; title: string },
  first: NewVersion,
): Promise<DraftVersionRecord> {
  return gateway.write(async (tx) => {
    await tx.run(
      `CREATE (:Draft {id: $id, title: $title, createdBy: $author, createdAt: $createdAt,
                       latestVersion: 0, updatedAt: $createdAt, updatedBy: $author})`,
      { ...draft, author: first.author, createdAt: first.createdAt },
    );
    return addVersion(tx, draft.id, 1, first);
  });
}

export type AppendOutcome =
  | { status: 'saved'; version: DraftVersionRecord }
  | { status: 'missing' }
  | { status: 'conflict'; latest: number };

/**
 * Appends a version on top of `baseVersion` (null: on top of whatever is latest, as a restore
 * does). The draft node is locked first (a write to it), so two saves on the same base cannot
 * both pass the check: the second sees the first's version and reports a conflict.
 */
export async function appendVersion(
  gateway: GraphGateway,
  draftId: string,
  baseVersion: number | null,
  version: NewVersion,
): Promise<AppendOutcome> {
  return gateway.write(async (tx) => {
    const [locked] = await tx.rows(
      `MATCH (d:Draft {id: $draftId}) SET d.lockedAt = $createdAt RETURN d.latestVersion AS latest`,
      { draftId, createdAt: version.createdAt },
      z.object({ latest: z.number() }),
    );
    if (!locked) return { status: 'missing' } as const;
    const { latest } = locked;
    if (baseVersion !== null && baseVersion !== latest) return { status: 'conflict', latest };
    return { status: 'saved', version: await addVersion(tx, draftId, latest + 1, version) };
  });
}

/** Deletes a draft and its versions if `allowed(createdBy)`; what happened. */
export async function removeDraft(
  gateway: GraphGateway,
  draftId: string,
  allowed: (createdBy: string) => boolean,
): Promise<'deleted' | 'missing' | 'refused'> {
  return gateway.write(async (tx) => {
    const [found] = await tx.rows(
      'MATCH (d:Draft {id: $draftId}) RETURN d.createdBy AS createdBy',
      { draftId },
      z.object({ createdBy: z.string() }),
    );
    if (!found) return 'missing';
    if (!allowed(found.createdBy)) return 'refused';
    await tx.run(
      `MATCH (d:Draft {id: $draftId}) OPTIONAL MATCH (d)-[:HAS_VERSION]->(v:DraftVersion)
       OPTIONAL MATCH (d)-[:PUBLISHED]->(p:Publication)
       DETACH DELETE d, v, p`,
      { draftId },
    );
    return 'deleted';
  });
}
