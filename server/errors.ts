/**
 * Errors every layer may raise or recognise; this module imports nothing, so that the GraphQL
 * edge can tell an outage from a bug without importing the database layer.
 */

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

/** Neo4j answers, but a transaction ran past its timeout (rolled back): worth a retry. */
export class DatabaseTimeoutError extends Error {
  constructor(cause: unknown) {
    super('The graph database took too long to answer', { cause });
    this.name = 'DatabaseTimeoutError';
  }
}
