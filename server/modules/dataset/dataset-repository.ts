import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { NODE_LABELS, type NodeLabel } from '../../../schema/nodes.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../../schema/relationships.js';
import type { WritePlan } from '../../../seeds/dataset/write-plan.js';
import { BULK_WRITE_TIMEOUT_MS, type GraphGateway, type WriteCounts } from '../../neo4j/gateway.js';

/** Labels and types reach Cypher text only from the model's own lists; values are parameters. */
function assertModelLabel(label: string): void {
  if (!(NODE_LABELS as readonly string[]).includes(label))
    throw new Error(`not a model label: ${label}`);
}
function assertModelType(type: string): void {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type))
    throw new Error(`not a model type: ${type}`);
}

/** JavaScript numbers travel as floats; whole numbers (orders, ranks, question numbers) are stored as integers. */
const withIntegers = (props: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(props).map(([k, v]) => [
      k,
      typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v,
    ]),
  );

/** What a reseed changed, summed over its statements. */
export type WriteSummary = WriteCounts;

const DATASET_ID = 'passerelles';

/**
 * Makes the graph equal to the plan in one transaction: MERGE by id, properties replaced only
 * where they differ, and nodes and relationships that left the dataset deleted. A second run
 * with the same plan changes nothing.
 */
export async function replaceDataset(
  gateway: GraphGateway,
  plan: WritePlan,
  checksum: string,
): Promise<WriteSummary> {
  return gateway.write(
    async (tx) => {
      const summary: WriteSummary = {
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
        propertiesSet: 0,
      };
      const run = async (cypher: string, params: Record<string, unknown>) => {
        const counts = await tx.run(cypher, params);
        for (const key of Object.keys(summary) as (keyof WriteCounts)[])
          summary[key] += counts[key];
      };

      for (const [label, rows] of plan.nodesByLabel) {
        assertModelLabel(label);
        await run(
          `UNWIND $rows AS row MERGE (n:${label} {id: row.id})
         WITH n, row WHERE properties(n) <> row SET n = row`,
          { rows: rows.map(withIntegers) },
        );
        await run(`MATCH (n:${label}) WHERE NOT n.id IN $ids DETACH DELETE n`, {
          ids: rows.map((row) => row.id),
        });
      }
      for (const [type, keys] of plan.relationshipKeys) {
        assertModelType(type);
        await run(`MATCH (a)-[r:${type}]->(b) WHERE NOT (a.id + '>' + b.id) IN $keys DELETE r`, {
          keys,
        });
      }
      for (const group of plan.relationshipGroups) {
        assertModelType(group.type);
        assertModelLabel(group.fromLabel);
        assertModelLabel(group.toLabel);
        await run(
          `UNWIND $rows AS row
         MATCH (a:${group.fromLabel} {id: row.from}) MATCH (b:${group.toLabel} {id: row.to})
         MERGE (a)-[r:${group.type}]->(b)
         WITH r, row WHERE properties(r) <> row.props SET r = row.props`,
          { rows: group.rows.map((row) => ({ ...row, props: withIntegers(row.props) })) },
        );
      }
      await run(
        `MERGE (m:DatasetVersion {id: $id}) WITH m WHERE m.checksum IS NULL OR m.checksum <> $checksum
       SET m.checksum = $checksum`,
        { id: DATASET_ID, checksum },
      );
      return summary;
    },
    { timeoutMs: BULK_WRITE_TIMEOUT_MS },
  );
}

export async function storedChecksum(gateway: GraphGateway): Promise<string | null> {
  const rows = await gateway.read(
    'MATCH (m:DatasetVersion {id: $id}) RETURN m.checksum AS checksum',
    { id: DATASET_ID },
    z.object({ checksum: z.string() }),
  );
  return rows[0]?.checksum ?? null;
}

export interface GraphCounts {
  nodes: Partial<Record<NodeLabel, number>>;
  relationships: Partial<Record<RelationshipType, number>>;
}

const countRow = z.object({ count: z.number() });

/** Counts by model label and relationship type, from Neo4j's count store (one cheap query each). */
export async function countGraph(gateway: GraphGateway): Promise<GraphCounts> {
  const counts: GraphCounts = { nodes: {}, relationships: {} };
  for (const label of NODE_LABELS) {
    assertModelLabel(label);
    const [row] = await gateway.read(`MATCH (n:${label}) RETURN count(n) AS count`, {}, countRow);
    if (row && row.count > 0) counts.nodes[label] = row.count;
  }
  for (const type of RELATIONSHIP_TYPES) {
    assertModelType(type);
    const [row] = await gateway.read(
      `MATCH ()-[r:${type}]->() RETURN count(r) AS count`,
      {},
      countRow,
    );
    if (row && row.count > 0) counts.relationships[type] = row.count;
  }
  return counts;
}
