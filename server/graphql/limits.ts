import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNullableType,
  getVariableValues,
  isListType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ErrorCode } from './api-types.generated.js';
import { limitOf, type FieldCost, type FieldCosts } from './field-costs.js';

export const MAX_DEPTH = 12;
export const MAX_COMPLEXITY = 100_000;
/** Root fields of one operation, aliases included: each is a separate use case to run. */
export const MAX_ROOT_FIELDS = 10;
/** Aliased fields anywhere in one operation: aliases are how one request asks for work N times. */
export const MAX_ALIASES = 20;
/** Assumed length of a list field without a `limit` argument, for cost estimates. */
const DEFAULT_LIST_SIZE = 10;

/**
 * A list field costs its children times its `limit` argument (or a default size); root fields
 * that make Neo4j or the planner work add their own cost (each module's, field-costs.ts).
 */
const listAware =
  (costs: Required<FieldCosts>): ComplexityEstimator =>
  ({ type, field, args, childComplexity }) => {
    const table: Readonly<Record<string, FieldCost>> | undefined =
      type.name === 'Query' ? costs.Query : type.name === 'Mutation' ? costs.Mutation : undefined;
    const own = table?.[field.name]?.(args) ?? 0;
    if (!isListType(getNullableType(field.type))) return 1 + own + childComplexity;
    return 1 + own + childComplexity * limitOf(args, DEFAULT_LIST_SIZE);
  };

/** The estimated cost of an operation: what operationGuards compares with the maximum. */
export function costOf(
  schema: GraphQLSchema,
  costs: Required<FieldCosts>,
  query: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
) {
  return getComplexity({
    schema,
    query,
    ...(operationName ? { operationName } : {}),
    variables,
    estimators: [listAware(costs)],
  });
}

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

const fragmentsOf = (document: DocumentNode): Fragments =>
  new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION
        ? [[definition.name.value, definition] as const]
        : [],
    ),
  );

/**
 * The fields of a selection set with inline fragments and fragment spreads flattened in; a
 * fragment already being expanded on the way here (`open`) is not expanded again.
 */
function* fieldsOf(
  set: SelectionSetNode,
  fragments: Fragments,
  open: ReadonlySet<string> = new Set(),
): Generator<{ field: FieldNode; open: ReadonlySet<string> }> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      yield { field: selection, open };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      yield* fieldsOf(selection.selectionSet, fragments, open);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !open.has(name)) {
        yield* fieldsOf(fragment.selectionSet, fragments, new Set([...open, name]));
      }
    }
  }
}

/** How deeply fields nest (introspection fields do not count: they have their own shape). */
export function depthOf(set: SelectionSetNode, fragments: Fragments, open?: ReadonlySet<string>) {
  let max = 0;
  for (const { field, open: inner } of fieldsOf(set, fragments, open)) {
    if (field.name.value.startsWith('__')) continue;
    max = Math.max(
      max,
      1 + (field.selectionSet ? depthOf(field.selectionSet, fragments, inner) : 0),
    );
  }
  return max;
}

/** Aliased fields anywhere below a selection set, fragments counted where they are spread. */
export function aliasesIn(set: SelectionSetNode, fragments: Fragments, open?: ReadonlySet<string>) {
  let count = 0;
  for (const { field, open: inner } of fieldsOf(set, fragments, open)) {
    if (field.alias) count++;
    if (field.selectionSet) count += aliasesIn(field.selectionSet, fragments, inner);
  }
  return count;
}

const clientError = (message: string, code: ErrorCode, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra, http: { status: 400 } } });

/** The first limit an operation breaks, as a client error, or null. */
function shapeProblem(operation: OperationDefinitionNode, fragments: Fragments) {
  const depth = depthOf(operation.selectionSet, fragments);
  if (depth > MAX_DEPTH) {
    return clientError(
      `Query depth ${depth} exceeds the maximum of ${MAX_DEPTH}.`,
      'QUERY_TOO_DEEP',
    );
  }
  const roots = [...fieldsOf(operation.selectionSet, fragments)].filter(
    ({ field }) => !field.name.value.startsWith('__'),
  ).length;
  if (roots > MAX_ROOT_FIELDS) {
    return clientError(
      `The operation is too broad: ${roots} root fields exceed the maximum of ${MAX_ROOT_FIELDS}.`,
      'QUERY_TOO_BROAD',
    );
  }
  const aliases = aliasesIn(operation.selectionSet, fragments);
  if (aliases > MAX_ALIASES) {
    return clientError(
      `The operation is too broad: ${aliases} aliases exceed the maximum of ${MAX_ALIASES}.`,
      'QUERY_TOO_BROAD',
    );
  }
  return null;
}

/** Client-error codes Apollo answers with HTTP 200 unless told otherwise. */
const CLIENT_CODES_AS_400 = new Set(['PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND']);

/**
 * Checks that come after parsing and validation and before anything runs, each refusal a client
 * error (HTTP 400) with its own code: the operation is one the schema supports (queries and mutations, no subscriptions);
 * it nests at most MAX_DEPTH deep; it has at most MAX_ROOT_FIELDS root fields and MAX_ALIASES
 * aliases (the cost limit prices one answer, these stop a request from asking for the same work
 * many times over); its variables are valid (the error names the variable); its estimated cost
 * stays within `maximum` (what each field costs: `costs`).
 */
export function operationGuards(
  schema: GraphQLSchema,
  maximum: number,
  costs: Required<FieldCosts>,
): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: async ({ request, document, operation }) => {
          if (!operation) return; // Apollo has already answered "unknown operation"
          if (!schema.getRootType(operation.operation)) {
            throw clientError(
              `This API answers queries and mutations; it has no ${operation.operation}s.`,
              'OPERATION_NOT_SUPPORTED',
            );
          }
          const shape = shapeProblem(operation, fragmentsOf(document));
          if (shape) throw shape;
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
          const cost = costOf(
            schema,
            costs,
            document,
            request.variables ?? {},
            request.operationName ?? undefined,
          );
          if (cost > maximum) {
            throw clientError(
              `Query cost ${cost} exceeds the maximum of ${maximum}.`,
              'QUERY_TOO_COMPLEX',
            );
          }
          await Promise.resolve();
        },
        willSendResponse: async ({ response, errors }) => {
          if (errors?.some((error) => CLIENT_CODES_AS_400.has(String(error.extensions.code)))) {
            response.http.status = 400;
          }
          await Promise.resolve();
        },
      }),
  };
}
