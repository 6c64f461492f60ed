/**
 * Sign-in throttling as OWASP's Authentication Cheat Sheet advises: only failures count, and each
 * failure past a few free ones makes the next attempt wait longer (exponential back-off, capped),
 * instead of locking an account that anyone could lock by guessing wrong on purpose.
 *
 * Three counters, each with its own policy:
 * - an account from one client: the guesser's own counter, so it slows down fastest;
 * - an account from any client: guessing spread over many addresses, capped low so that its
 *   owner, signing in from elsewhere, waits a minute at worst;
 * - a client on any account: spraying one password over many accounts.
 */
export interface ThrottlePolicy {
  /** Failures that cost nothing; the next one starts the back-off. */
  freeFailures: number;
  /** The wait after the first failure past the free ones; it doubles with each further failure. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A counter is forgotten after this long without a failure. */
  forgetAfterMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

export const THROTTLE_POLICIES = {
  accountFromClient: {
    freeFailures: 3,
    firstDelayMs: 2 * SECOND,
    maxDelayMs: 15 * MINUTE,
    forgetAfterMs: DAY,
  },
  account: { freeFailures: 10, firstDelayMs: SECOND, maxDelayMs: MINUTE, forgetAfterMs: DAY },
  client: { freeFailures: 20, firstDelayMs: SECOND, maxDelayMs: 5 * MINUTE, forgetAfterMs: DAY },
} as const satisfies Record<string, ThrottlePolicy>;

/** How long the next attempt must wait after `failures` failures in a row. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  const past = failures - policy.freeFailures;
  if (past <= 0) return 0;
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(past - 1, 40));
}

/**
 * Upper bound on the guesses one client can make against one account in `periodMs`, waiting out
 * every delay exactly: what makes guessing impractical, tested.
 */
export function guessesWithin(periodMs: number, policy: ThrottlePolicy): number {
  let elapsed = 0;
  let guesses = 0;
  while (elapsed <= periodMs) {
    guesses++;
    elapsed += Math.max(1, delayAfter(guesses, policy));
  }
  return guesses;
}

/** A counter as stored: failures in a row, when the last one was, and when trying is allowed again. */
export interface ThrottleState {
  failures: number;
  lastFailureAt: number;
  nextAllowedAt: number;
}

export const NO_FAILURES: ThrottleState = { failures: 0, lastFailureAt: 0, nextAllowedAt: 0 };

/** The counter as it stands at `now`: forgotten after a quiet period. */
export function standing(state: ThrottleState, policy: ThrottlePolicy, now: number): ThrottleState {
  return now - state.lastFailureAt >= policy.forgetAfterMs ? NO_FAILURES : state;
}

/** The counter after one more failure at `now`. */
export function afterFailure(
  state: ThrottleState,
  policy: ThrottlePolicy,
  now: number,
): ThrottleState {
  const failures = standing(state, policy, now).failures + 1;
  const delay = delayAfter(failures, policy);
  // No wait is 0, not `now`: a concurrent attempt that read the clock a moment earlier must pass.
  return { failures, lastFailureAt: now, nextAllowedAt: delay > 0 ? now + delay : 0 };
}
