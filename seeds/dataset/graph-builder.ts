import type { GraphData, Origin } from '../../schema/graph-data.js';
import type { NodeLabel } from '../../schema/nodes.js';
import type { RelationshipType } from '../../schema/relationships.js';

type Path = readonly PropertyKey[];

/** Collects nodes, relationships and property references, each tagged with where it was written. */
export class GraphBuilder {
  readonly data: GraphData = { nodes: [], relationships: [], references: [] };
  private file = '';

  inFile(file: string): this {
    this.file = file;
    return this;
  }

  private origin(path: Path): Origin {
    return { file: this.file, path };
  }

  node(label: NodeLabel, props: { id: string } & Record<string, unknown>, path: Path): void {
    this.data.nodes.push({ label, props: withoutUndefined(props), origin: this.origin(path) });
  }

  rel(
    type: RelationshipType,
    fromId: string,
    toId: string,
    props: Record<string, unknown>,
    path: Path,
  ) {
    this.data.relationships.push({
      type,
      fromId,
      toId,
      props: withoutUndefined(props),
      origin: this.origin(path),
    });
  }

  /** One relationship per target id, all with the group's source; paths end with the id's index. */
  linkAll(
    type: RelationshipType,
    fromId: string,
    group: { source: string },
    toIds: readonly string[],
    path: Path,
  ) {
    toIds.forEach((toId, j) => {
      this.rel(type, fromId, toId, { source: group.source }, [...path, j]);
    });
  }

  ref(label: NodeLabel, id: string, path: Path): void {
    this.data.references.push({ label, id, origin: this.origin(path) });
  }
}

/** Neo4j does not store null or undefined properties; dropping them keeps re-imports idempotent. */
function withoutUndefined<T extends Record<string, unknown>>(props: T): T {
  return Object.fromEntries(
    Object.entries(props).filter(([, value]) => value !== undefined && value !== null),
  ) as T;
}
