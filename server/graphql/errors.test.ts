import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '../log.js';
import { ConflictError, DatabaseTimeoutError, DatabaseUnavailableError } from '../errors.js';
import { UserInputError } from '../domain/errors.js';
import { formatError } from './errors.js';

const format = (error: unknown, extra: Record<string, unknown> = {}) =>
  formatError({ message: error instanceof Error ? error.message : 'x', ...extra }, error);

describe('formatError', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('names the field of a bad input', () => {
    expect(format(new UserInputError('limit', 'must be between 1 and 20'))).toEqual({
      message: 'limit: must be between 1 and 20',
      extensions: { code: 'BAD_USER_INPUT', field: 'limit' },
    });
  });

  it('turns argument coercion failures into BAD_USER_INPUT with the field', () => {
    const error = new GraphQLError(
      'Variable "$p" got invalid value "EXPERT" at "p.skills[0].level"; Value "EXPERT" does not exist in "Level" enum.',
    );
    expect(format(error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'p.skills[0].level',
    });
  });

  it('masks an error raised while producing the answer, even if it reads like a bad value', () => {
    vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const error = new GraphQLError(
      'Enum "PathFamily" cannot represent value: "Gestion de l\'information"',
      { path: ['explorerGraph'] },
    );
    expect(format(error, { path: ['explorerGraph', 'nodes', 0, 'family'] })).toEqual({
      message: 'Internal server error',
      path: ['explorerGraph', 'nodes', 0, 'family'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('says CONFLICT, retryable and without details, when two requests wrote the same thing at once', () => {
    const formatted = format(
      new ConflictError(
        'Node(12) already exists with label `Session` and property `tokenHash`',
        {},
      ),
    );
    expect(formatted.extensions).toEqual({ code: 'CONFLICT' });
    expect(formatted.message).toBe(
      'Another request changed the same data at the same moment; try again.',
    );
  });

  it('says when the database is down, without details', () => {
    const formatted = format(
      new DatabaseUnavailableError(new Error('connect ECONNREFUSED 127.0.0.1:7687')),
    );
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(formatted.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });

  it('says when the database took too long (a write rolled back), without details', () => {
    const formatted = format(new DatabaseTimeoutError(new Error('Neo.ClientError.Transaction…')));
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(formatted.message).toMatch(/took too long.*nothing was changed/);
  });

  it('masks anything unexpected and keeps no stack trace', () => {
    vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const formatted = formatError(
      {
        message: 'secret detail',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      new Error('secret detail'),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
