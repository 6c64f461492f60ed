/**
 * What the server may use of the launcher: the database settings (local or NEO4J_URI), a local
 * Neo4j found running or started and supervised. The launcher imports nothing from the server.
 */
export { boltUri, runningInstance } from './local-neo4j.js';
export { DEFAULT_LOCAL_PORT, loadDatabaseSettings, type DatabaseSettings } from './settings.js';
export { superviseLocalNeo4j, type SupervisedNeo4j, type SupervisorEvents } from './supervisor.js';
