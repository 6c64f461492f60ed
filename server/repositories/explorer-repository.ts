import { z } from 'zod';
import { NODE_LABELS } from '../../schema/nodes.js';
import { RELATIONSHIP_TYPES } from '../../schema/relationships.js';
import type { GraphGateway } from '../neo4j/gateway.js';

export interface ExplorerProperty {
  key: string;
  value: string;
}

export interface ExplorerNode {
  key: string;
  id: string;
  kind: string;
  label: string;
  family: string | null;
  source: string;
  properties: ExplorerProperty[];
}

export interface ExplorerEdge {
  key: string;
  type: string;
  from: string;
  to: string;
  source: string;
  properties: ExplorerProperty[];
}

const props = z.record(z.string(), z.unknown());
const nodeRow = z.object({
  kind: z.string(),
  id: z.string(),
  label: z.string(),
  family: z.string().nullable(),
  source: z.string(),
  props,
});
const edgeRow = z.object({
  type: z.string(),
  from: z.string(),
  to: z.string(),
  source: z.string(),
  props,
});

/** Properties shown in the explorer's side panel, in a stable order; lists joined. */
const toProperties = (values: Record<string, unknown>): ExplorerProperty[] =>
  Object.entries(values)
    .filter(([key]) => key !== 'source' && key !== 'id')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({
      key,
      value: Array.isArray(value) ? value.map(String).join(' · ') : String(value),
    }));

/** Node keys are "Label:id": ids are unique per label only. */
export async function loadExplorerGraph(
  gateway: GraphGateway,
): Promise<{ nodes: ExplorerNode[]; edges: ExplorerEdge[] }> {
  const nodes = await gateway.read(
    `MATCH (n) WITH n, [l IN labels(n) WHERE l IN $labels][0] AS kind WHERE kind IS NOT NULL
     RETURN kind, n.id AS id,
            coalesce(n.title, n.label, n.name, CASE WHEN n.number IS NOT NULL THEN 'Q' + toString(toInteger(n.number)) END, n.id) AS label,
            CASE WHEN kind = 'Role' THEN n.family END AS family, n.source AS source, properties(n) AS props
     ORDER BY kind, id`,
    { labels: NODE_LABELS },
    nodeRow,
  );
  const edges = await gateway.read(
    `MATCH (a)-[r]->(b) WHERE type(r) IN $types
     WITH a, r, b, [l IN labels(a) WHERE l IN $labels][0] AS fromKind, [l IN labels(b) WHERE l IN $labels][0] AS toKind
     RETURN type(r) AS type, fromKind + ':' + a.id AS from, toKind + ':' + b.id AS to, r.source AS source, properties(r) AS props
     ORDER BY type, from, to`,
    { types: RELATIONSHIP_TYPES, labels: NODE_LABELS },
    edgeRow,
  );
  return {
    nodes: nodes.map((n) => ({
      key: `${n.kind}:${n.id}`,
      ...n,
      properties: toProperties(n.props),
    })),
    edges: edges.map((e) => ({
      key: `${e.type}:${e.from}>${e.to}`,
      ...e,
      properties: toProperties(e.props),
    })),
  };
}
