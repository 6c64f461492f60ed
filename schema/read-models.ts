import { z } from 'zod';
import { nodeSchemas, type NodeLabel, type NodeOf } from './nodes.js';
import { relationshipSpecs, type RelationshipType } from './relationships.js';

/**
 * A record as the server reads it back from Neo4j, derived from the one schema that describes
 * it for the seed: a property the seed may leave out comes back absent and is read as null.
 */
export type ReadBack<T> = {
  [K in keyof T]-?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K];
};

export type NodeRead<L extends NodeLabel> = ReadBack<NodeOf<L>>;
export type RelationshipRead<T extends RelationshipType> = ReadBack<
  z.infer<(typeof relationshipSpecs)[T]['props']>
>;

function readBack(shape: z.ZodRawShape): z.ZodObject {
  return z.object(
    Object.fromEntries(
      Object.entries(shape).map(([key, field]) => [
        key,
        field instanceof z.ZodOptional
          ? (field.unwrap() as z.ZodType).nullish().transform((value) => value ?? null)
          : field,
      ]),
    ),
  );
}

/**
 * The parser of a node's properties (`n {.*}`) into its read model: the seed's schema, the same
 * checks, properties it does not know dropped, absent ones null.
 */
export const nodeRead = <L extends NodeLabel>(label: L) =>
  readBack(nodeSchemas[label].shape) as unknown as z.ZodType<NodeRead<L>>;

/** The same for a relationship's properties. */
export const relationshipRead = <T extends RelationshipType>(type: T) =>
  readBack(relationshipSpecs[type].props.shape) as unknown as z.ZodType<RelationshipRead<T>>;
