import type { NodeLabel } from './nodes.js';
import type { RelationshipType } from './relationships.js';

/** Where a fact was written: the data file and the path inside it, for error messages. */
export interface Origin {
  file: string;
  path: readonly PropertyKey[];
}

export interface NodeRecord {
  label: NodeLabel;
  props: { id: string } & Record<string, unknown>;
  origin: Origin;
}

export interface RelationshipRecord {
  type: RelationshipType;
  fromId: string;
  toId: string;
  props: Record<string, unknown>;
  origin: Origin;
}

/** An id held in a property (e.g. a move's conditionIds) that must name an existing node. */
export interface PropertyReference {
  label: NodeLabel;
  id: string;
  origin: Origin;
}

/** The whole import payload: what the loader validates and then writes in one transaction. */
export interface GraphData {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  references: PropertyReference[];
}

export const formatOrigin = (origin: Origin): string =>
  origin.path.length === 0 ? origin.file : `${origin.file}: ${origin.path.map(String).join('.')}`;
