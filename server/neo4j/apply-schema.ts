import { z } from 'zod';
import { pendingSchemaStatements, schemaStatements } from '../../schema/constraints.js';
import type { GraphGateway } from './gateway.js';

const nameRow = z.object({ name: z.string() });

/**
 * The constraints and indexes of schema/constraints.ts: those the store lacks are created (and
 * former ones dropped), each statement idempotent; a store that has them all gets two reads.
 */
export async function applySchema(gateway: GraphGateway): Promise<void> {
  const [constraints, indexes] = await Promise.all([
    gateway.read('SHOW CONSTRAINTS YIELD name RETURN name', {}, nameRow),
    gateway.read('SHOW INDEXES YIELD name RETURN name', {}, nameRow),
  ]);
  const existing = new Set([...constraints, ...indexes].map(({ name }) => name));
  for (const statement of pendingSchemaStatements(schemaStatements, existing))
    await gateway.schema(statement);
}
