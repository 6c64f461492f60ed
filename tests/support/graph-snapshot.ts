import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { GraphGateway } from '../../server/neo4j/gateway.js';

/**
 * A fingerprint of everything in the database (labels, properties, relationships), to prove that
 * a failed import left the graph exactly as it was. Test-only: it reads the whole graph.
 */
export async function snapshotGraph(
  gateway: GraphGateway,
): Promise<{ nodes: number; rels: number; digest: string }> {
  const rows = await gateway.read(
    `MATCH (n) WITH n ORDER BY n.id, labels(n)[0]
     RETURN labels(n) AS labels, properties(n) AS props,
            COLLECT { MATCH (n)-[r]->(m) RETURN [type(r), m.id, properties(r)] ORDER BY type(r), m.id } AS out`,
    {},
    z.object({
      labels: z.array(z.string()),
      props: z.record(z.string(), z.unknown()),
      out: z.array(z.unknown()),
    }),
  );
  const canonical = rows.map((row) =>
    JSON.stringify([row.labels.sort(), sortKeys(row.props), row.out]),
  );
  return {
    nodes: rows.length,
    rels: rows.reduce((sum, row) => sum + row.out.length, 0),
    digest: createHash('sha256').update(canonical.sort().join('\n')).digest('hex'),
  };
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
