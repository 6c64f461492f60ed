import neo4j, { type Driver } from 'neo4j-driver';
import {
  boltUri,
  runningInstance,
  superviseLocalNeo4j,
  type DatabaseSettings,
  type SupervisorEvents,
} from '../../neo4j-launcher/index.js';

export interface GraphConnection {
  driver: Driver;
  database: string | undefined;
  /** Where the data lives, for start-up messages (never includes credentials). */
  uri: string;
  /** Closes the driver, and stops the local Neo4j if this connection started it. */
  close(): Promise<void>;
  /** Asks a local Neo4j this connection started to stop now, without waiting (forced exit). */
  signalStop(): void;
}

const noSupervision: SupervisorEvents = { onDown: () => undefined, onUp: () => undefined };

// Retries of a failing transaction stop after 5 s, so the API reports an outage quickly.
const DRIVER_CONFIG = {
  disableLosslessIntegers: true,
  connectionTimeout: 10_000,
  maxTransactionRetryTime: 5_000,
};

async function connect(uri: string, auth: ReturnType<typeof neo4j.auth.basic> | undefined) {
  const driver = neo4j.driver(uri, auth, DRIVER_CONFIG);
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    await driver.close();
    throw new Error(
      `Cannot reach Neo4j at ${uri}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return driver;
}

/**
 * Connects to the configured Neo4j. Locally, reuses a database started by `npm run db:start`,
 * or starts one tied to this process and supervised by it (restarted when its JVM dies; `events`
 * hears of each outage and recovery).
 */
export async function openGraph(
  settings: DatabaseSettings,
  log: (msg: string) => void,
  events: SupervisorEvents = noSupervision,
): Promise<GraphConnection> {
  const unsupervised = (driver: Driver, database: string | undefined, uri: string) => ({
    driver,
    database,
    uri,
    close: () => driver.close(),
    signalStop: () => undefined,
  });
  if (settings.kind === 'remote') {
    const driver = await connect(settings.uri, neo4j.auth.basic(settings.user, settings.password));
    return unsupervised(driver, settings.database, settings.uri);
  }
  const running = runningInstance(settings.homeDir);
  if (running && running.port === settings.port) {
    const uri = boltUri(running.port);
    return unsupervised(await connect(uri, undefined), undefined, uri);
  }
  const local = await superviseLocalNeo4j({ ...settings, log }, events);
  try {
    const driver = await connect(local.uri, undefined);
    return {
      driver,
      database: undefined,
      uri: local.uri,
      close: async () => {
        await driver.close();
        await local.stop();
      },
      signalStop: () => {
        local.signalStop();
      },
    };
  } catch (error) {
    await local.stop();
    throw error;
  }
}
