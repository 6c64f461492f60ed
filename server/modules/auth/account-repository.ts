import { z } from 'zod';
import { accountRoleSchema, type AccountRole } from '../../../schema/workbench.js';
import {
  afterFailure,
  standing,
  THROTTLE_POLICIES,
  type ThrottlePolicy,
  type ThrottleState,
} from './sign-in-throttle.js';
import type { GraphGateway, WriteTransaction } from '../../neo4j/gateway.js';

/** Accounts, sessions and login throttles: shared by every server instance through Neo4j. */

export interface AccountRecord {
  id: string;
  email: string;
  role: AccountRole;
  passwordHash: string;
}

export interface SessionRecord {
  account: Omit<AccountRecord, 'passwordHash'>;
  csrfToken: string;
  expiresAt: number;
}

const accountRow = z.object({
  id: z.string(),
  email: z.string(),
  role: accountRoleSchema,
  passwordHash: z.string(),
});

export async function createAccount(
  gateway: GraphGateway,
  account: AccountRecord,
  now: Date,
): Promise<void> {
  await gateway.write((tx) =>
    tx.run(
      `CREATE (:Account {id: $id, email: $email, role: $role, passwordHash: $passwordHash,
                         createdAt: $createdAt})`,
      { ...account, createdAt: now.toISOString() },
    ),
  );
}

export async function findAccountByEmail(
  gateway: GraphGateway,
  email: string,
): Promise<AccountRecord | null> {
  const rows = await gateway.read(
    `MATCH (a:Account {email: $email})
     RETURN a.id AS id, a.email AS email, a.role AS role, a.passwordHash AS passwordHash`,
    { email },
    accountRow,
  );
  return rows[0] ?? null;
}

export async function createSession(
  gateway: GraphGateway,
  session: { tokenHash: string; csrfToken: string; accountId: string; expiresAt: number },
  now: number,
): Promise<void> {
  await gateway.write(async (tx) => {
    // Expired sessions go when someone signs in: the store does not grow without bound.
    await tx.run('MATCH (s:Session) WHERE s.expiresAt <= $now WITH s LIMIT 1000 DETACH DELETE s', {
      now,
    });
    await tx.run(
      `MATCH (a:Account {id: $accountId})
       CREATE (s:Session {tokenHash: $tokenHash, csrfToken: $csrfToken, accountId: $accountId,
                          createdAt: $now, expiresAt: $expiresAt})-[:OF_ACCOUNT]->(a)`,
      { ...session, now },
    );
  });
}

const sessionRow = z.object({
  id: z.string(),
  email: z.string(),
  role: accountRoleSchema,
  csrfToken: z.string(),
  expiresAt: z.number(),
});

/** The unexpired session of a token hash, with its account as it is now (a role change applies at once). */
export async function findSession(
  gateway: GraphGateway,
  tokenHash: string,
  now: number,
): Promise<SessionRecord | null> {
  const rows = await gateway.read(
    `MATCH (s:Session {tokenHash: $tokenHash})-[:OF_ACCOUNT]->(a:Account)
     WHERE s.expiresAt > $now
     RETURN a.id AS id, a.email AS email, a.role AS role, s.csrfToken AS csrfToken,
            s.expiresAt AS expiresAt`,
    { tokenHash, now },
    sessionRow,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    account: { id: row.id, email: row.email, role: row.role },
    csrfToken: row.csrfToken,
    expiresAt: row.expiresAt,
  };
}

export async function deleteSession(gateway: GraphGateway, tokenHash: string): Promise<void> {
  await gateway.write((tx) =>
    tx.run('MATCH (s:Session {tokenHash: $tokenHash}) DETACH DELETE s', { tokenHash }),
  );
}

/** One sign-in counter: its key (hashed e-mail and/or client) and its policy. */
export interface ThrottleCounter {
  key: string;
  policy: ThrottlePolicy;
}

const throttleRow = z.object({
  failures: z.number(),
  lastFailureAt: z.number(),
  nextAllowedAt: z.number(),
});

/**
 * A counter, locked for the rest of the transaction (MERGE then SET takes the node's write lock:
 * concurrent attempts on one counter are taken one by one), as it stands at `now`.
 */
async function lockCounter(tx: WriteTransaction, counter: ThrottleCounter, now: number) {
  const [state] = await tx.rows(
    `MERGE (t:LoginThrottle {key: $key})
       ON CREATE SET t.failures = 0, t.lastFailureAt = 0, t.nextAllowedAt = 0
     SET t.lockedAt = $now
     RETURN coalesce(t.failures, 0) AS failures, coalesce(t.lastFailureAt, 0) AS lastFailureAt,
            coalesce(t.nextAllowedAt, 0) AS nextAllowedAt`,
    { key: counter.key, now },
    throttleRow,
  );
  if (!state) throw new Error(`throttle counter ${counter.key} not written`);
  return standing(state, counter.policy, now);
}

async function storeCounter(tx: WriteTransaction, key: string, state: ThrottleState) {
  await tx.run(
    `MATCH (t:LoginThrottle {key: $key})
     SET t.failures = $failures, t.lastFailureAt = $lastFailureAt, t.nextAllowedAt = $nextAllowedAt`,
    { key, ...state },
  );
}

/**
 * Before a password is checked: refused while any counter says to wait (a refused attempt counts
 * for nothing). Otherwise `reserve` is counted as a failure at once, so that parallel guesses
 * from one client wait like sequential ones; a success clears it (`clearThrottle`).
 */
export async function beginAttempt(
  gateway: GraphGateway,
  counters: { check: readonly ThrottleCounter[]; reserve: ThrottleCounter },
  now: number,
): Promise<{ refused: boolean; retryAt: number }> {
  return gateway.write(async (tx) => {
    const states = [];
    for (const counter of counters.check) {
      const [row] = await tx.rows(
        `MATCH (t:LoginThrottle {key: $key})
         RETURN t.failures AS failures, t.lastFailureAt AS lastFailureAt,
                t.nextAllowedAt AS nextAllowedAt`,
        { key: counter.key },
        throttleRow,
      );
      if (row) states.push(standing(row, counter.policy, now));
    }
    const reserved = await lockCounter(tx, counters.reserve, now);
    const retryAt = Math.max(0, ...[...states, reserved].map((state) => state.nextAllowedAt));
    if (retryAt > now) return { refused: true, retryAt };
    await storeCounter(
      tx,
      counters.reserve.key,
      afterFailure(reserved, counters.reserve.policy, now),
    );
    return { refused: false, retryAt: 0 };
  });
}

const FORGET_ALL_AFTER_MS = Math.max(
  ...Object.values(THROTTLE_POLICIES).map((policy) => policy.forgetAfterMs),
);

/** After a wrong password: one more failure on each counter; long-quiet counters are deleted. */
export async function recordFailures(
  gateway: GraphGateway,
  counters: readonly ThrottleCounter[],
  now: number,
): Promise<void> {
  await gateway.write(async (tx) => {
    for (const counter of counters) {
      const state = await lockCounter(tx, counter, now);
      await storeCounter(tx, counter.key, afterFailure(state, counter.policy, now));
    }
    await tx.run(
      `MATCH (t:LoginThrottle) WHERE coalesce(t.lastFailureAt, 0) < $before
       WITH t LIMIT 100 DELETE t`,
      { before: now - FORGET_ALL_AFTER_MS },
    );
  });
}

/** A successful sign-in clears the counter it reserved (the e-mail's from this client). */
export async function clearThrottle(gateway: GraphGateway, key: string): Promise<void> {
  await gateway.write((tx) => tx.run('MATCH (t:LoginThrottle {key: $key}) DELETE t', { key }));
}
