import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { SearchBudgetExceededError } from '../domain/route-planner.js';
import { ConflictError, DatabaseTimeoutError, DatabaseUnavailableError } from '../errors.js';
import { faultLog } from '../log.js';
import type { ErrorCode } from './api-types.generated.js';
import {
  DraftConflictError,
  ForbiddenError,
  NotFoundError,
  NotSignedInError,
  RateLimitedError,
  UserInputError,
} from '../domain/errors.js';

/**
 * Values GraphQL itself rejects while coercing arguments are bad input too. Only errors without a
 * path: an error with a path was raised while producing the answer, and is ours, not the user's.
 */
const BAD_VALUE =
  /does not exist in ".*" enum|Expected value of type|cannot represent|got invalid value/;

/**
 * The error contract: BAD_USER_INPUT names the field; SERVICE_UNAVAILABLE when Neo4j is down or
 * too slow;
 * anything unexpected is masked as INTERNAL_SERVER_ERROR (logged without the request's variables,
 * which may hold a person's profile).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const where = {
    ...(formatted.locations && { locations: formatted.locations }),
    ...(formatted.path && { path: formatted.path }),
  };
  const known = knownError(original);
  if (known) return { message: known.message, ...where, extensions: known.extensions };
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && !formatted.path && BAD_VALUE.test(formatted.message)) {
    const field =
      /at "([^"]+)"/.exec(formatted.message)?.[1] ??
      /Variable "\$([^"]+)"/.exec(formatted.message)?.[1];
    return {
      ...formatted,
      extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, ...(field && { field }) },
    };
  }
  if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
    const masked = maskedFault(original, 'graphql');
    return { message: masked.message, ...where, extensions: masked.extensions };
  }
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

/** An error's answer: its message and its extensions, whose `code` is one of the SDL's ErrorCode. */
export interface KnownError {
  message: string;
  extensions: { code: ErrorCode } & Record<string, unknown>;
}

/**
 * The answer to every error the domain, the database or the planner raises on purpose; null for
 * anything else (a fault, masked). GraphQL and the export route answer with it alike.
 */
export function knownError(error: unknown): KnownError | null {
  if (error instanceof UserInputError) {
    return { message: error.message, extensions: { code: 'BAD_USER_INPUT', field: error.field } };
  }
  if (error instanceof DatabaseUnavailableError) {
    return {
      message: 'The graph database is not answering; try again shortly.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  if (error instanceof DatabaseTimeoutError) {
    return {
      message: 'The graph database took too long to answer; nothing was changed, try again.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  if (error instanceof SearchBudgetExceededError) {
    return {
      message:
        'This route search is too broad: lower maxSteps or limit, or choose fewer path families.',
      extensions: { code: 'SEARCH_TOO_BROAD', limit: error.limit },
    };
  }
  return workbenchError(error);
}

/**
 * An unexpected error's answer: masked, without details, and logged as one line, no stack (a
 * fault repeated by every request must not flood the log; the request's data is never logged).
 */
export function maskedFault(error: unknown, where: string): KnownError {
  faultLog(
    `[${where}] unexpected error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
  );
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** The HTTP status of each code, for the routes outside GraphQL (GraphQL answers 200 or 400). */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_DEEP: 400,
  QUERY_TOO_BROAD: 400,
  QUERY_TOO_COMPLEX: 400,
  OPERATION_NOT_SUPPORTED: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SEARCH_TOO_BROAD: 400,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** The workbench's errors (who may do what, drafts that moved on) and concurrent writes. */
function workbenchError(error: unknown): KnownError | null {
  if (error instanceof NotSignedInError) {
    return { message: error.message, extensions: { code: 'UNAUTHENTICATED' } };
  }
  if (error instanceof ForbiddenError) {
    return { message: error.message, extensions: { code: 'FORBIDDEN', reason: error.reason } };
  }
  if (error instanceof RateLimitedError) {
    return {
      message: error.message,
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Math.ceil(error.retryAfterSeconds) },
    };
  }
  if (error instanceof NotFoundError) {
    return { message: error.message, extensions: { code: 'NOT_FOUND' } };
  }
  if (error instanceof ConflictError) {
    // Two requests wrote the same thing at the same moment (a uniqueness constraint): retryable.
    return {
      message: 'Another request changed the same data at the same moment; try again.',
      extensions: { code: 'CONFLICT' },
    };
  }
  if (error instanceof DraftConflictError) {
    return {
      message: error.message,
      extensions: {
        code: 'CONFLICT',
        baseVersion: error.baseVersion,
        latestVersion: error.latestVersion,
        changes: error.changes,
      },
    };
  }
  return null;
}
