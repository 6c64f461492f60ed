import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { SearchBudgetExceededError } from '../domain/route-planner.js';
import { ConflictError, DatabaseUnavailableError } from '../errors.js';
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
 * The error contract: BAD_USER_INPUT names the field; SERVICE_UNAVAILABLE when Neo4j is down;
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
  if (original instanceof UserInputError) {
    return {
      message: original.message,
      ...where,
      extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, field: original.field },
    };
  }
  const known = workbenchError(original);
  if (known) return { message: known.message, ...where, extensions: known.extensions };
  if (original instanceof DatabaseUnavailableError) {
    return {
      message: 'The graph database is not answering; try again shortly.',
      ...where,
      extensions: { code: 'SERVICE_UNAVAILABLE' satisfies ErrorCode },
    };
  }
  if (original instanceof SearchBudgetExceededError) {
    return {
      message:
        'This route search is too broad: lower maxSteps or limit, or choose fewer path families.',
      ...where,
      extensions: { code: 'SEARCH_TOO_BROAD' satisfies ErrorCode, limit: original.limit },
    };
  }
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
    // One line, no stack: a fault repeated by every request must not flood the log.
    faultLog(
      `[graphql] unexpected error: ${original instanceof Error ? `${original.name}: ${original.message}` : String(original)}`,
    );
    return {
      message: 'Internal server error',
      ...where,
      extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode },
    };
  }
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

/** An error's answer: its message and its extensions, whose `code` is one of the SDL's ErrorCode. */
interface KnownError {
  message: string;
  extensions: { code: ErrorCode } & Record<string, unknown>;
}

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
