import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  delayAfter,
  guessesWithin,
  NO_FAILURES,
  standing,
  THROTTLE_POLICIES,
} from './sign-in-throttle.js';

const DAY = 24 * 60 * 60 * 1000;
const { accountFromClient, account, client } = THROTTLE_POLICIES;

describe('sign-in throttling policy', () => {
  it('lets the free failures through, then doubles the wait up to its cap', () => {
    expect([1, 2, 3].map((n) => delayAfter(n, accountFromClient))).toEqual([0, 0, 0]);
    expect([4, 5, 6].map((n) => delayAfter(n, accountFromClient))).toEqual([2000, 4000, 8000]);
    expect(delayAfter(40, accountFromClient)).toBe(15 * 60 * 1000);
    expect(delayAfter(1000, account)).toBe(60 * 1000);
  });

  it('keeps guessing impractical: a few hundred guesses a day against a 12-character password', () => {
    expect(guessesWithin(DAY, accountFromClient)).toBeLessThan(120);
    // Spread over many addresses, an account still takes at most one guess a minute.
    expect(guessesWithin(DAY, account)).toBeLessThan(1_500);
    expect(guessesWithin(DAY, client)).toBeLessThan(320);
  });

  it('never makes the owner wait more than a minute because others guessed from elsewhere', () => {
    expect(account.maxDelayMs).toBeLessThanOrEqual(60_000);
  });

  it('counts failures in a row and forgets them after a quiet day', () => {
    let state = NO_FAILURES;
    for (let i = 0; i < 5; i++) state = afterFailure(state, accountFromClient, 1000 + i);
    expect(state).toEqual({ failures: 5, lastFailureAt: 1004, nextAllowedAt: 1004 + 4000 });
    expect(standing(state, accountFromClient, 1004 + DAY - 1).failures).toBe(5);
    expect(standing(state, accountFromClient, 1004 + DAY)).toEqual(NO_FAILURES);
    expect(afterFailure(state, accountFromClient, 1004 + DAY).failures).toBe(1);
  });
});
