import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type FieldNode,
  getNullableType,
  getVariableValues,
  isListType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 12;
export const MAX_COMPLEXITY = 100_000;
/** Root fields of one operation, aliases included: each is a separate use case to run. */
export const MAX_ROOT_FIELDS = 10;
/** Aliased fields anywhere in one operation: aliases are how one request asks for work N times. */
export const MAX_ALIASES = 20;
/** Assumed length of a list field without a `limit` argument, for cost estimates. */
const DEFAULT_LIST_SIZE = 10;

/**
 * What a root field costs by itself, beyond its answer's size: the work it makes Neo4j or the
 * process do. explorerGraph reads the whole graph (five per request at most); a full-text search
 * is a Lucene query; roles and skills answer from the cached graph unless they search.
 */
const FIELD_COST: Readonly<Record<string, (args: Record<string, unknown>) => number>> = {
  explorerGraph: () => 20_000,
  search: () => 2_000,
  roles: (args) => (typeof args.search === 'string' && args.search.trim() ? 2_000 : 0),
  skills: (args) => (typeof args.search === 'string' && args.search.trim() ? 2_000 : 0),
  careerRoutes: () => 1_000,
};

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

/**
 * A list field costs its children times its `limit` argument (or a default size); root fields
 * that make Neo4j or the planner work add their own cost (FIELD_COST).
 */
const listAware: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = type.name === 'Query' ? (FIELD_COST[field.name]?.(args) ?? 0) : 0;
  if (!isListType(getNullableType(field.type))) return 1 + own + childComplexity;
  const size = typeof args.limit === 'number' ? args.limit : DEFAULT_LIST_SIZE;
  return 1 + own + childComplexity * size;
};

/** Fields of a selection set with fragments spread in (each fragment once). */
function* fieldsOf(
  set: SelectionSetNode,
  context: ValidationContext,
  seen: Set<string>,
): Generator<FieldNode> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      yield* fieldsOf(selection.selectionSet, context, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) yield* fieldsOf(fragment.selectionSet, context, seen);
    }
  }
}

function countAliases(set: SelectionSetNode, context: ValidationContext, seen: Set<string>) {
  let count = 0;
  for (const field of fieldsOf(set, context, seen)) {
    if (field.alias) count++;
    if (field.selectionSet) count += countAliases(field.selectionSet, context, seen);
  }
  return count;
}

/**
 * Rejects operations with more than `maxRoot` root fields or `maxAliases` aliases: the cost limit
 * prices one answer, these stop a request from asking for the same work many times over.
 */
export const breadthLimit =
  (maxRoot: number, maxAliases: number): ValidationRule =>
  (context) => ({
    OperationDefinition(node) {
      const roots = [...fieldsOf(node.selectionSet, context, new Set())].filter(
        (field) => !field.name.value.startsWith('__'),
      ).length;
      const aliases = countAliases(node.selectionSet, context, new Set());
      const problem =
        roots > maxRoot
          ? `${roots} root fields exceed the maximum of ${maxRoot}`
          : aliases > maxAliases
            ? `${aliases} aliases exceed the maximum of ${maxAliases}`
            : null;
      if (problem) {
        context.reportError(
          new GraphQLError(`The operation is too broad: ${problem}.`, {
            nodes: [node],
            extensions: { code: 'QUERY_TOO_BROAD' },
          }),
        );
      }
    },
  });

const clientError = (message: string, code: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra, http: { status: 400 } } });

/**
 * Checks that come after parsing and validation and before anything runs: the operation is one
 * the schema supports (queries only), its variables are valid (named in the error, HTTP 400), and
 * its estimated cost stays within `maximum`.
 */
export function operationGuards(schema: GraphQLSchema, maximum: number): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: async ({ request, document, operation }) => {
          if (!operation) return; // Apollo has already answered "unknown operation"
          if (!schema.getRootType(operation.operation)) {
            throw clientError(
              `This API answers queries only; it has no ${operation.operation}s.`,
              'OPERATION_NOT_SUPPORTED',
            );
          }
          const { errors } = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          const invalid = errors?.[0];
          if (invalid) {
            const field = /Variable "\$([^"]+)"/.exec(invalid.message)?.[1];
            throw clientError(invalid.message, 'BAD_USER_INPUT', field ? { field } : {});
          }
          const cost = getComplexity({
            schema,
            query: document,
            ...(request.operationName ? { operationName: request.operationName } : {}),
            variables: request.variables ?? {},
            estimators: [listAware],
          });
          if (cost > maximum) {
            throw clientError(
              `Query cost ${cost} exceeds the maximum of ${maximum}.`,
              'QUERY_TOO_COMPLEX',
            );
          }
          await Promise.resolve();
        },
      }),
  };
}
