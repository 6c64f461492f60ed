import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';

export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The graph database is not answering', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

export class ConflictError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'ConflictError';
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

function translate(error: unknown): unknown {
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code)) return new DatabaseUnavailableError(error);
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new ConflictError(error.message, error);
    }
  }
  return error;
}

/**
 * The one door to Neo4j: managed read/write transactions, parameters only, records parsed with
 * zod on the way out, driver errors turned into domain errors.
 */
export class GraphGateway {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  private session() {
    return this.driver.session(this.database ? { database: this.database } : {});
  }

  async read<T>(cypher: string, params: Record<string, unknown>, row: z.ZodType<T>): Promise<T[]> {
    const session = this.session();
    try {
      const result = await session.executeRead((tx) => tx.run(cypher, params));
      return result.records.map((record) => row.parse(record.toObject()));
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session();
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  /** Runs one schema statement (constraints and indexes cannot share a transaction with data). */
  async schema(cypher: string): Promise<void> {
    const session = this.session();
    try {
      await session.run(cypher);
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  async isAvailable(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity(this.database ? { database: this.database } : {});
      return true;
    } catch {
      return false;
    }
  }
}
