import type { GraphData } from '../../schema/graph-data.js';
import { NODE_LABELS, type NodeLabel } from '../../schema/nodes.js';
import {
  RELATIONSHIP_TYPES,
  relationshipSpecs,
  type RelationshipType,
} from '../../schema/relationships.js';

export interface RelationshipGroup {
  type: RelationshipType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: { from: string; to: string; props: Record<string, unknown> }[];
}

/** The validated graph arranged for batched writes: rows per label and per (type, endpoint labels). */
export interface WritePlan {
  nodesByLabel: Map<NodeLabel, Record<string, unknown>[]>;
  relationshipGroups: RelationshipGroup[];
  /** Every relationship's "fromId>toId" key by type, including types with none left. */
  relationshipKeys: Map<RelationshipType, string[]>;
}

export const relationshipKey = (fromId: string, toId: string): string => `${fromId}>${toId}`;

/** Call only on a graph that validateGraph accepted: endpoints are then known and unambiguous. */
export function toWritePlan(graph: GraphData): WritePlan {
  const nodesByLabel = new Map<NodeLabel, Record<string, unknown>[]>(
    NODE_LABELS.map((l) => [l, []]),
  );
  const labelsById = new Map<string, NodeLabel[]>();
  for (const node of graph.nodes) {
    nodesByLabel.get(node.label)?.push(node.props);
    labelsById.set(node.props.id, [...(labelsById.get(node.props.id) ?? []), node.label]);
  }
  const pick = (id: string, allowed: readonly NodeLabel[]): NodeLabel => {
    const label = labelsById.get(id)?.find((candidate) => allowed.includes(candidate));
    if (!label)
      throw new Error(`unresolved endpoint "${id}": validate the graph before planning writes`);
    return label;
  };

  const groups = new Map<string, RelationshipGroup>();
  const relationshipKeys = new Map<RelationshipType, string[]>(
    RELATIONSHIP_TYPES.map((t) => [t, []]),
  );
  for (const rel of graph.relationships) {
    const spec = relationshipSpecs[rel.type];
    const fromLabel = pick(rel.fromId, spec.from);
    const toLabel = pick(rel.toId, spec.to);
    const groupKey = `${rel.type}|${fromLabel}|${toLabel}`;
    const group = groups.get(groupKey) ?? { type: rel.type, fromLabel, toLabel, rows: [] };
    group.rows.push({ from: rel.fromId, to: rel.toId, props: rel.props });
    groups.set(groupKey, group);
    relationshipKeys.get(rel.type)?.push(relationshipKey(rel.fromId, rel.toId));
  }
  return { nodesByLabel, relationshipGroups: [...groups.values()], relationshipKeys };
}
