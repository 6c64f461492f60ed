import { buildSchema, Kind, parse, validate } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as queries from './queries.js';

describe('the operations of the web app', () => {
  const document = parse(queries.ROLES.document);
  const names = document.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [],
  );

  it('each name the client sends is an operation of operations.graphql, and the reverse', () => {
    const sent = Object.values(queries).map((operation) => operation.name);
    expect(sent.sort()).toEqual([...names].sort());
  });

  it('is valid against the API contract', () => {
    // The SDL as npm run codegen reads it: the base and each server module's part.
    const parts = readdirSync('server/modules', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => readFileSync(`server/modules/${file}`, 'utf8'));
    const schema = buildSchema(
      [readFileSync('server/graphql/base.graphql', 'utf8'), ...parts].join('\n'),
    );
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
