import { z } from 'zod';
import type { GraphGateway } from '../../neo4j/gateway.js';
import { VERSION_FIELDS, versionRow } from './draft-repository.js';

/**
 * Published block sets: a version of a draft the designers publish as a certification for a
 * target role. One publication per draft and role: publishing another version replaces it
 * (the version itself, immutable, stays in the history).
 */

const publicationRow = versionRow.extend({
  targetRoleId: z.string(),
  publishedBy: z.string(),
  publishedAt: z.string(),
});
export type PublicationRecord = z.infer<typeof publicationRow>;

const PUBLICATION_FIELDS = `p.targetRoleId AS targetRoleId, p.publishedBy AS publishedBy,
  p.publishedAt AS publishedAt, ${VERSION_FIELDS}`;

/** Publishes version `number` for a role; null when the draft or the version does not exist. */
export async function publishVersion(
  gateway: GraphGateway,
  publication: {
    draftId: string;
    number: number;
    targetRoleId: string;
    publishedBy: string;
    publishedAt: string;
  },
): Promise<PublicationRecord | null> {
  return gateway.write(async (tx) => {
    const [saved] = await tx.rows(
      `MATCH (d:Draft {id: $draftId})-[:HAS_VERSION]->(v:DraftVersion {number: $number})
       MERGE (d)-[:PUBLISHED]->(p:Publication {key: $key})
       SET p.draftId = $draftId, p.targetRoleId = $targetRoleId, p.version = $number,
           p.publishedBy = $publishedBy, p.publishedAt = $publishedAt
       WITH d, v, p
       OPTIONAL MATCH (p)-[old:OF_VERSION]->()
       DELETE old
       MERGE (p)-[:OF_VERSION]->(v)
       RETURN ${PUBLICATION_FIELDS}`,
      { ...publication, key: `${publication.draftId}:${publication.targetRoleId}` },
      publicationRow,
    );
    return saved ?? null;
  });
}

/** Every publication, newest first. */
export async function listPublications(gateway: GraphGateway): Promise<PublicationRecord[]> {
  return gateway.read(
    `MATCH (d:Draft)-[:PUBLISHED]->(p:Publication)-[:OF_VERSION]->(v:DraftVersion)
     RETURN ${PUBLICATION_FIELDS}
     ORDER BY p.publishedAt DESC, p.key`,
    {},
    publicationRow,
  );
}
