import { readFileSync } from 'node:fs';
import {
  buildSchema,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../schema/project-root.js';
import { costOf, depthOf, MAX_COMPLEXITY, MAX_DEPTH } from './limits.js';
import { fieldCosts } from './resolvers.js';
import { typeDefs } from './sdl.js';

const schema = buildSchema(typeDefs);
/** The operations the web app sends, read as text: the server does not import the app. */
const document = parse(
  readFileSync(projectPath('web', 'src', 'api', 'operations.graphql'), 'utf8'),
);
const operations = document.definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
);
const fragments = new Map(
  document.definitions.flatMap((d) =>
    d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
  ),
);

/** The smallest value a required variable takes (lists empty, limits left to their defaults). */
function minimal(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return minimal(type.ofType);
  if (type instanceof GraphQLList) return [];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]?.value;
  if (type instanceof GraphQLInputObjectType)
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => f.type instanceof GraphQLNonNull)
        .map((f) => [f.name, minimal(f.type)]),
    );
  if (type instanceof GraphQLScalarType)
    return { Int: 1, Float: 1, Boolean: false }[type.name] ?? 'x';
  return null;
}

describe('the web app’s operations', () => {
  it.each(operations.map((o) => [o.name?.value ?? '(anonymous)', o] as const))(
    '%s fits the API’s bounds on cost and depth as the app sends it',
    (name, operation) => {
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).flatMap((v) => {
          const type = typeFromAST(schema, v.type) as GraphQLInputType | undefined;
          return type instanceof GraphQLNonNull ? [[v.variable.name.value, minimal(type)]] : [];
        }),
      );
      expect(costOf(schema, fieldCosts, document, variables, name)).toBeLessThanOrEqual(
        MAX_COMPLEXITY,
      );
      expect(depthOf(operation.selectionSet, fragments)).toBeLessThanOrEqual(MAX_DEPTH);
    },
  );
});
