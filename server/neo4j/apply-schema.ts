import { schemaStatements } from '../../schema/constraints.js';
import type { GraphGateway } from './gateway.js';

/** The constraints and indexes of schema/constraints.ts, each created if it does not exist. */
export async function applySchema(gateway: GraphGateway): Promise<void> {
  for (const statement of schemaStatements) await gateway.schema(statement);
}
