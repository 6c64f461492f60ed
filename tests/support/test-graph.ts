import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { GraphGateway } from '../../server/neo4j/gateway.js';

/** A driver and gateway on the integration-test database provided by global-setup.ts. */
export function connectTestGraph() {
  const { uri, user, password, database } = inject('neo4j');
  const auth = user ? neo4j.auth.basic(user, password) : undefined;
  const driver = neo4j.driver(uri, auth, { disableLosslessIntegers: true });
  return { driver, database, gateway: new GraphGateway(driver, database) };
}
