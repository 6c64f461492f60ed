import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';
import { ConflictError, DatabaseTimeoutError, DatabaseUnavailableError } from '../errors.js';
import { bookmarksToFollow, forgetBookmarks, recordWrite } from './causal-scope.js';

/**
 * Neo4j cannot answer now: the driver's own codes, and the server's while a restarted database is
 * still coming online (Bolt answers before the database does).
 */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Database.DatabaseUnavailable',
]);

/** A transaction that ran past its timeout (ours, or the server's own limit). */
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

function translate(error: unknown): unknown {
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code)) return new DatabaseUnavailableError(error);
    if (TIMEOUT_CODES.has(error.code)) return new DatabaseTimeoutError(error);
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new ConflictError(error.message, error);
    }
  }
  return error;
}

/** Bookmarks Neo4j refuses (not one of its own, or of another database). */
const INVALID_BOOKMARK_CODES = new Set([
  'Neo.ClientError.Transaction.InvalidBookmark',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture',
]);

/**
 * Runs `work`, and once more without the request's bookmarks if Neo4j refuses them: a forged or
 * stale cookie costs its sender a retry, never an error.
 */
async function followingBookmarks<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Neo4jError && INVALID_BOOKMARK_CODES.has(error.code) && forgetBookmarks())
      return work();
    throw error;
  }
}

/** How often an open circuit asks Neo4j whether it answers again. */
export const PROBE_INTERVAL_MS = 1_000;
/** A read that takes longer than this is abandoned by Neo4j (the request's work is bounded). */
export const READ_TIMEOUT_MS = 5_000;
/** A request's write (a sign-in, a draft saved) that takes longer than this is rolled back. */
export const WRITE_TIMEOUT_MS = 5_000;
/** Bulk writes (a seed, a batch of a ROME import) are not a request's: they get longer. */
export const BULK_WRITE_TIMEOUT_MS = 300_000;

/** What a write statement changed. */
export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/**
 * A write transaction as repositories see it: parameterised statements only, returned rows
 * parsed with zod like a read's (no casts of driver values).
 */
export interface WriteTransaction {
  /** Runs a statement and parses each row it returns with `row`. */
  rows<T>(cypher: string, params: Record<string, unknown>, row: z.ZodType<T>): Promise<T[]>;
  /** Runs a statement whose rows are not needed; what it changed. */
  run(cypher: string, params?: Record<string, unknown>): Promise<WriteCounts>;
}

const writeTransaction = (tx: ManagedTransaction): WriteTransaction => ({
  rows: async (cypher, params, row) => {
    const result = await tx.run(cypher, params);
    return result.records.map((record) => row.parse(record.toObject()));
  },
  run: async (cypher, params = {}) => {
    const counters = (await tx.run(cypher, params)).summary.counters.updates();
    return {
      nodesCreated: counters.nodesCreated,
      nodesDeleted: counters.nodesDeleted,
      relationshipsCreated: counters.relationshipsCreated,
      relationshipsDeleted: counters.relationshipsDeleted,
      propertiesSet: counters.propertiesSet,
    };
  },
});

/**
 * The one door to Neo4j: managed read/write transactions with their timeouts, parameters only,
 * records parsed with zod on the way out, driver errors turned into domain errors.
 *
 * It also keeps a circuit: once Neo4j is known to be down (a driver error says so, or the
 * launcher saw the local JVM exit), every call fails at once with DatabaseUnavailableError, the
 * calls under way are released, and a probe asks Neo4j every second until it answers again.
 * Requests then fail in microseconds instead of each waiting out the driver's retries.
 */
export class GraphGateway {
  private outage: { since: number } | null = null;
  /** Calls under way, released when the circuit opens. */
  private readonly underWay = new Set<(error: Error) => void>();
  private probe: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly log: (msg: string) => void = () => undefined,
  ) {}

  /** A session after the bookmarks of the request's person, if any (causal-scope.ts). */
  private session() {
    return this.driver.session({
      ...(this.database && { database: this.database }),
      bookmarks: bookmarksToFollow(),
    });
  }

  /** Opens the circuit: fail fast until the probe sees Neo4j answer again. */
  markUnavailable(reason: string): void {
    if (this.outage || this.closed) return;
    this.outage = { since: Date.now() };
    for (const release of this.underWay) release(new DatabaseUnavailableError(reason));
    this.underWay.clear();
    this.log(`Neo4j is not answering (${reason}); failing fast until it answers again.`);
    this.probe = setInterval(() => void this.tryClose(), PROBE_INTERVAL_MS);
    this.probe.unref();
  }

  private async tryClose(): Promise<void> {
    if (!this.outage || !(await this.reachable())) return;
    const seconds = ((Date.now() - this.outage.since) / 1000).toFixed(1);
    this.outage = null;
    clearInterval(this.probe);
    this.log(`Neo4j answers again (after ${seconds}s).`);
  }

  /** Runs work against Neo4j unless the circuit is open; an outage met on the way opens it. */
  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    if (this.outage) throw new DatabaseUnavailableError('circuit open');
    let release: ((error: Error) => void) | undefined;
    try {
      // A call under way when the circuit opens is released too, instead of retrying for seconds.
      return await new Promise<T>((resolve, reject) => {
        release = reject;
        this.underWay.add(reject);
        work().then(resolve, reject);
      });
    } catch (error) {
      const translated = translate(error);
      if (translated instanceof DatabaseUnavailableError) {
        this.markUnavailable(error instanceof Error ? (error.message.split('\n')[0] ?? '') : '');
      }
      throw translated;
    } finally {
      if (release) this.underWay.delete(release);
    }
  }

  async read<T>(cypher: string, params: Record<string, unknown>, row: z.ZodType<T>): Promise<T[]> {
    return this.guarded(() => followingBookmarks(() => this.readOnce(cypher, params, row)));
  }

  private async readOnce<T>(
    cypher: string,
    params: Record<string, unknown>,
    row: z.ZodType<T>,
  ): Promise<T[]> {
    const session = this.session();
    try {
      const result = await session.executeRead((tx) => tx.run(cypher, params), {
        timeout: READ_TIMEOUT_MS,
      });
      return result.records.map((record) => row.parse(record.toObject()));
    } finally {
      await session.close();
    }
  }

  /**
   * One managed write transaction, through the circuit like a read, rolled back after
   * `timeoutMs` (WRITE_TIMEOUT_MS unless a bulk write asks for more).
   */
  async write<T>(
    work: (tx: WriteTransaction) => Promise<T>,
    options: { timeoutMs?: number } = {},
  ): Promise<T> {
    return this.guarded(() =>
      followingBookmarks(async () => {
        const session = this.session();
        try {
          const result = await session.executeWrite((tx) => work(writeTransaction(tx)), {
            timeout: options.timeoutMs ?? WRITE_TIMEOUT_MS,
          });
          recordWrite(session.lastBookmarks());
          return result;
        } finally {
          await session.close();
        }
      }),
    );
  }

  /** Runs one schema statement (constraints and indexes cannot share a transaction with data). */
  async schema(cypher: string): Promise<void> {
    await this.guarded(async () => {
      const session = this.session();
      try {
        await session.run(cypher);
      } finally {
        await session.close();
      }
    });
  }

  private async reachable(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity(this.database ? { database: this.database } : {});
      return true;
    } catch {
      return false;
    }
  }

  /** Whether the circuit is open: Neo4j is known to be down and calls fail fast. */
  circuitOpen(): boolean {
    return this.outage !== null;
  }

  /** For GET /ready: false at once while the circuit is open, else asks Neo4j. */
  async isAvailable(): Promise<boolean> {
    if (this.outage) return false;
    return this.reachable();
  }

  /** Stops the probe (the driver is closed by its owner). */
  close(): void {
    this.closed = true;
    clearInterval(this.probe);
  }
}
