import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNullableType,
  isListType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 12;
export const MAX_COMPLEXITY = 100_000;
/** Assumed length of a list field without a `limit` argument, for cost estimates. */
const DEFAULT_LIST_SIZE = 10;

function depthOf(
  set: SelectionSetNode,
  context: ValidationContext,
  depth: number,
  fragments: ReadonlySet<string>,
): number {
  let max = depth;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue; // introspection has its own shape
      max = Math.max(
        max,
        selection.selectionSet
          ? depthOf(selection.selectionSet, context, depth + 1, fragments)
          : depth + 1,
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(selection.selectionSet, context, depth, fragments));
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      if (fragment && !fragments.has(name)) {
        max = Math.max(
          max,
          depthOf(fragment.selectionSet, context, depth, new Set([...fragments, name])),
        );
      }
    }
  }
  return max;
}

/** Rejects operations nested deeper than `maxDepth` fields. */
export const depthLimit =
  (maxDepth: number): ValidationRule =>
  (context) => ({
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, context, 0, new Set());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`Query depth ${depth} exceeds the maximum of ${maxDepth}.`, {
            nodes: [node],
            extensions: { code: 'QUERY_TOO_DEEP' },
          }),
        );
      }
    },
  });

/** A list field costs its children times its `limit` argument (or a default size). */
const listAware: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!isListType(getNullableType(field.type))) return 1 + childComplexity;
  const size = typeof args.limit === 'number' ? args.limit : DEFAULT_LIST_SIZE;
  return 1 + childComplexity * size;
};

/** Rejects operations whose estimated cost exceeds `maximum`, before they run. */
export function costLimit(schema: GraphQLSchema, maximum: number): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: async ({ request, document }) => {
          const cost = getComplexity({
            schema,
            query: document,
            ...(request.operationName ? { operationName: request.operationName } : {}),
            variables: request.variables ?? {},
            estimators: [listAware],
          });
          if (cost > maximum) {
            throw new GraphQLError(`Query cost ${cost} exceeds the maximum of ${maximum}.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
            });
          }
          await Promise.resolve();
        },
      }),
  };
}
