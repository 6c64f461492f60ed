import type { MutationResolvers, QueryResolvers } from './api-types.generated.js';
import { mergeFields } from './merge-fields.js';

/**
 * What a root field costs by itself, beyond its answer's size: the work it makes Neo4j or the
 * process do. Each module declares its own beside its resolvers, keyed by the generated field
 * names (a field renamed or removed in the SDL fails to compile here). The arguments are those
 * of the request, not yet checked (the estimate runs before the resolvers parse them).
 */
export type FieldCost = (args: Readonly<Record<string, unknown>>) => number;

export interface FieldCosts {
  Query?: Partial<Record<keyof QueryResolvers, FieldCost>>;
  Mutation?: Partial<Record<keyof MutationResolvers, FieldCost>>;
}

/** A full-text search through Neo4j's Lucene index: what any field that searches costs. */
export const FULL_TEXT_SEARCH = 5_000;

/** A `limit` argument when the request gives a number, else the field's default. */
export const limitOf = (args: Readonly<Record<string, unknown>>, fallback: number) =>
  typeof args.limit === 'number' ? args.limit : fallback;

/** Whether a `search` argument asks for a full-text search (a non-blank text). */
export const searches = (args: Readonly<Record<string, unknown>>) =>
  typeof args.search === 'string' && args.search.trim() !== '';

/** The modules' costs as one table per root type; a field priced by two modules is refused. */
export function mergeCosts(parts: readonly FieldCosts[]): Required<FieldCosts> {
  const merged = mergeFields<FieldCost>(parts, 'priced');
  return { Query: merged.Query ?? {}, Mutation: merged.Mutation ?? {} };
}
