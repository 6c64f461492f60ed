/** Input the user can fix: which field, and why. Becomes BAD_USER_INPUT at the API edge. */
export class UserInputError extends Error {
  constructor(
    readonly field: string,
    /** Why, without the field: « unknown role id "x" ». */
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'UserInputError';
  }
}

/** A write or a private read without a valid session. Becomes UNAUTHENTICATED. */
export class NotSignedInError extends Error {
  constructor(message = 'Sign in to do this.') {
    super(message);
    this.name = 'NotSignedInError';
  }
}

/** Signed in, but not allowed: a role without the right, or a write without its CSRF token. Becomes FORBIDDEN. */
export class ForbiddenError extends Error {
  constructor(
    message: string,
    readonly reason: 'ROLE' | 'CSRF' | 'ORIGIN' | 'OWNER',
  ) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** Too many failed sign-ins; `retryAfterSeconds` until the next try. Becomes RATE_LIMITED. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds)} s.`);
    this.name = 'RateLimitedError';
  }
}

/** A save on top of an outdated version; `changes` says what was saved since. Becomes CONFLICT. */
export class DraftConflictError extends Error {
  constructor(
    readonly baseVersion: number,
    readonly latestVersion: number,
    readonly changes: readonly unknown[],
  ) {
    super(
      `Version ${latestVersion} has been saved since version ${baseVersion}: reload it, or save again on top of it (${changes.length} change${changes.length === 1 ? '' : 's'} since).`,
    );
    this.name = 'DraftConflictError';
  }
}

/** A draft or version that does not exist. Becomes NOT_FOUND. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}
