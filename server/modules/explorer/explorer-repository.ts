import { z } from 'zod';
import { pathFamilySchema } from '../../../schema/common.js';
import { EXPLORER_LABELS, EXPLORER_TYPES } from '../../../schema/graph-kinds.js';
import type { GraphGateway } from '../../neo4j/gateway.js';

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
  /** How many links the node has in the whole graph (the explorer shows what is not drawn). */
  degree: number;
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

export interface ExplorerGraph {
  nodes: ExplorerNode[];
  edges: ExplorerEdge[];
}

const props = z.record(z.string(), z.unknown());
const nodeRow = z.object({
  kind: z.string(),
  id: z.string(),
  label: z.string(),
  family: z.string().nullable(),
  source: z.string(),
  degree: z.number(),
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

/** A node key is "Label:id" (ids are unique per label only); the label must be the model's. */
export function parseNodeKey(key: string): { kind: string; id: string } | null {
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  const id = key.slice(at + 1);
  return at > 0 && id && EXPLORER_LABELS.includes(kind) ? { kind, id } : null;
}

/** Every model relationship type, for patterns (types cannot be parameters; these are ours). */
const ANY_TYPE = EXPLORER_TYPES.join('|');

/** Nodes and the links between them (of the given types), by element id, shaped for the explorer. */
async function graphOf(
  gateway: GraphGateway,
  nodeIds: readonly string[],
  relationshipIds: readonly string[] | null,
  types: readonly string[],
): Promise<ExplorerGraph> {
  const nodes = await gateway.read(
    `MATCH (n) WHERE elementId(n) IN $ids
     WITH n, [l IN labels(n) WHERE l IN $labels][0] AS kind
     RETURN kind, n.id AS id,
            coalesce(n.title, n.label, n.name, n.acronym, CASE WHEN n.number IS NOT NULL THEN 'Q' + toString(toInteger(n.number)) END, n.id) AS label,
            CASE WHEN kind = 'Role' THEN n.family END AS family, n.source AS source,
            COUNT { (n)--() } AS degree, properties(n) AS props
     ORDER BY kind, id`,
    { ids: nodeIds, labels: EXPLORER_LABELS },
    nodeRow,
  );
  const edges = await gateway.read(
    `MATCH (a)-[r]->(b)
     WHERE elementId(a) IN $ids AND elementId(b) IN $ids AND type(r) IN $types
       AND ($relationshipIds IS NULL OR elementId(r) IN $relationshipIds)
     WITH a, r, b, [l IN labels(a) WHERE l IN $labels][0] AS fromKind, [l IN labels(b) WHERE l IN $labels][0] AS toKind
     RETURN type(r) AS type, fromKind + ':' + a.id AS from, toKind + ':' + b.id AS to, r.source AS source, properties(r) AS props
     ORDER BY type, from, to`,
    { ids: nodeIds, relationshipIds, types, labels: EXPLORER_LABELS },
    edgeRow,
  );
  return {
    nodes: nodes.map(({ props: values, ...n }) => ({
      ...n,
      key: `${n.kind}:${n.id}`,
      properties: toProperties(values),
    })),
    edges: edges.map(({ props: values, ...e }) => ({
      ...e,
      key: `${e.type}:${e.from}>${e.to}`,
      properties: toProperties(values),
    })),
  };
}

/**
 * Which neighbours come first when a limit cuts (nearest first, then by kind): the roles and
 * their moves, the job sheet and the training before the grades and questionnaire statements.
 */
const NEIGHBOUR_PRIORITY = [
  'Role',
  'JobSheet',
  'FutureProfile',
  'TrainingBlock',
  'TrainingItem',
  'Skill',
  'Activity',
  'Condition',
  'Scenario',
  'TensionAxis',
  'TrainingProgramme',
  'Organisation',
  'Grade',
  'Category',
  'Level',
  'DiagnosticItem',
  'Statement',
  'RomeFiche',
  'RomeSkill',
];

export interface NeighbourhoodQuery {
  kind: string;
  id: string;
  depth: 1 | 2;
  kinds: readonly string[];
  types: readonly string[];
  limit: number;
}

/**
 * A node and its neighbours within `depth` links of the given types, of the given kinds, nearest
 * first, at most `limit` of them; `total` says how many there are in all.
 */
export async function loadNeighbourhood(
  gateway: GraphGateway,
  q: NeighbourhoodQuery,
): Promise<(ExplorerGraph & { centerKey: string; total: number }) | null> {
  if (!EXPLORER_LABELS.includes(q.kind)) return null;
  const rows = await gateway.read(
    `MATCH (c:${q.kind} {id: $id})
     OPTIONAL MATCH p = (c)-[:${ANY_TYPE}*1..2]-(n)
     WHERE length(p) <= $depth AND n <> c
       AND all(r IN relationships(p) WHERE type(r) IN $types)
       AND any(l IN labels(n) WHERE l IN $kinds)
     WITH c, n, min(length(p)) AS distance,
          coalesce([i IN range(0, size($priority) - 1) WHERE $priority[i] IN labels(n)][0], 99) AS rank
     ORDER BY distance, rank, n.id
     WITH c, [x IN collect(n) WHERE x IS NOT NULL | elementId(x)] AS around
     RETURN elementId(c) AS center, around[0..$limit] AS shown, size(around) AS total`,
    {
      id: q.id,
      depth: q.depth,
      types: q.types,
      kinds: q.kinds,
      limit: q.limit,
      priority: NEIGHBOUR_PRIORITY,
    },
    z.object({ center: z.string(), shown: z.array(z.string()), total: z.number() }),
  );
  const row = rows[0];
  if (!row) return null;
  const graph = await graphOf(gateway, [row.center, ...row.shown], null, q.types);
  return { ...graph, centerKey: `${q.kind}:${q.id}`, total: row.total };
}

/** The shortest chain of links (any model type, at most `maxLength`) between two nodes, or null. */
export async function loadPath(
  gateway: GraphGateway,
  from: { kind: string; id: string },
  to: { kind: string; id: string },
  maxLength: number,
): Promise<ExplorerGraph | null> {
  for (const kind of [from.kind, to.kind]) {
    if (!EXPLORER_LABELS.includes(kind)) return null;
  }
  // shortestPath fails inside Neo4j between a node and itself: the path is that node alone.
  if (from.kind === to.kind && from.id === to.id) {
    const self = await gateway.read(
      `MATCH (a:${from.kind} {id: $id}) RETURN elementId(a) AS node`,
      { id: from.id },
      z.object({ node: z.string() }),
    );
    return self[0] ? graphOf(gateway, [self[0].node], [], EXPLORER_TYPES) : null;
  }
  const rows = await gateway.read(
    `MATCH (a:${from.kind} {id: $from}), (b:${to.kind} {id: $to})
     MATCH p = shortestPath((a)-[:${ANY_TYPE}*..${String(Math.trunc(maxLength))}]-(b))
     RETURN [n IN nodes(p) | elementId(n)] AS nodes, [r IN relationships(p) | elementId(r)] AS links`,
    { from: from.id, to: to.id },
    z.object({ nodes: z.array(z.string()), links: z.array(z.string()) }),
  );
  const row = rows[0];
  if (!row) return null;
  return graphOf(gateway, row.nodes, row.links, EXPLORER_TYPES);
}

const count = z.number();

/** Counts by kind, roles by path family, links by (kind, type, kind): the « vue d'ensemble ». */
export async function loadOverview(gateway: GraphGateway) {
  const kinds = await gateway.read(
    `MATCH (n) WITH n, [l IN labels(n) WHERE l IN $labels][0] AS kind WHERE kind IS NOT NULL
     RETURN kind, CASE WHEN kind = 'Role' THEN n.family END AS family, count(*) AS count
     ORDER BY kind, family`,
    { labels: EXPLORER_LABELS },
    z.object({ kind: z.string(), family: pathFamilySchema.nullable(), count }),
  );
  const links = await gateway.read(
    `MATCH (a)-[r]->(b) WHERE type(r) IN $types
     WITH [l IN labels(a) WHERE l IN $labels][0] AS fromKind, type(r) AS type,
          [l IN labels(b) WHERE l IN $labels][0] AS toKind
     RETURN fromKind, type, toKind, count(*) AS count ORDER BY count DESC, type`,
    { types: EXPLORER_TYPES, labels: EXPLORER_LABELS },
    z.object({ fromKind: z.string(), type: z.string(), toKind: z.string(), count }),
  );
  return { kinds, links };
}
