import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mergeCosts } from './field-costs.js';
import { aliasesIn, costOf, depthOf } from './limits.js';
import { fieldCosts } from './resolvers.js';
import { typeDefs } from './sdl.js';

const schema = buildSchema(typeDefs);
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  costOf(schema, fieldCosts, parse(query), variables);

const shape = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  if (!operation) throw new Error('no operation');
  return {
    depth: depthOf(operation.selectionSet, fragments),
    aliases: aliasesIn(operation.selectionSet, fragments),
  };
};

describe('the cost of an operation', () => {
  it('prices a search beyond its answer: roles with a search cost a full-text query more', () => {
    expect(cost('{ roles(search: "cadre") { id } }') - cost('{ roles { id } }')).toBe(5_000);
    expect(cost('{ roles(search: "   ") { id } }')).toBe(cost('{ roles { id } }'));
  });

  it('grows a neighbourhood with its limit, from variables too', () => {
    const query =
      'query N($limit: Int!) { neighbourhood(key: "Role:x", depth: 1, limit: $limit) { total } }';
    expect(cost(query, { limit: 200 }) - cost(query, { limit: 10 })).toBe(100 * 190);
  });

  it('grows a team gap with the team: 50 per person', () => {
    const team = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `p${i}`, currentRoleId: 'x' }));
    const query =
      'query T($team: [TeamMemberInput!]!) { teamGap(team: $team, target: { roleId: "x" }) { summary { size } } }';
    expect(cost(query, { team: team(500) }) - cost(query, { team: team(0) })).toBe(25_000);
  });

  it('prices the public list of published certifications at a Neo4j read, not only its answer', () => {
    expect(cost('{ certifications { draftId } }')).toBeGreaterThan(1_000);
  });

  it('prices a sign-in at one password hash', () => {
    expect(cost('mutation { signIn(email: "a@b.fr", password: "x") { email } }')).toBeGreaterThan(
      60_000,
    );
  });

  it('refuses a field priced by two modules', () => {
    expect(() =>
      mergeCosts([{ Query: { search: () => 1 } }, { Query: { search: () => 2 } }]),
    ).toThrow('Query.search is priced by two modules');
  });
});

describe('the shape of an operation', () => {
  it('counts depth and aliases through fragments, where they are spread', () => {
    const query = `
      query { a: roles { ...R } b: roles { ...R } }
      fragment R on Role { x: id nextMoves { to { id } } }`;
    expect(shape(query)).toEqual({ depth: 4, aliases: 4 });
  });
});
