import { loadDatabaseSettings } from '../../neo4j-launcher/index.js';
import { openGraph, type GraphConnection } from '../neo4j/connection.js';
import { GraphGateway } from '../neo4j/gateway.js';

/**
 * A command's database: the running local Neo4j (started for the duration if need be) or the one
 * NEO4J_URI names, closed when the work is done, whatever happens.
 */
export async function withGraph<T>(
  log: (msg: string) => void,
  work: (gateway: GraphGateway, connection: GraphConnection) => Promise<T>,
): Promise<T> {
  const connection = await openGraph(loadDatabaseSettings(process.env), log);
  try {
    return await work(new GraphGateway(connection.driver, connection.database), connection);
  } finally {
    await connection.close();
  }
}
