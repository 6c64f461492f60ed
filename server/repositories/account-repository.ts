import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { accountRoleSchema, type AccountRole } from '../../schema/workbench.js';
import type { GraphGateway } from '../neo4j/gateway.js';

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

/** A throttle's rule: at most `attempts` sign-in attempts per window, then locked for `lockMs`. */
export interface ThrottleRule {
  key: string;
  attempts: number;
  windowMs: number;
  lockMs: number;
}

async function countAttempt(tx: ManagedTransaction, rule: ThrottleRule, now: number) {
  // MERGE then SET takes the node's write lock: concurrent attempts are counted one by one.
  const result = await tx.run(
    `MERGE (t:LoginThrottle {key: $key})
       ON CREATE SET t.attempts = 0, t.windowStart = $now, t.lockedUntil = 0
     WITH t
     SET t.attempts = CASE WHEN t.windowStart + $windowMs <= $now THEN 1 ELSE t.attempts + 1 END,
         t.windowStart = CASE WHEN t.windowStart + $windowMs <= $now THEN $now ELSE t.windowStart END
     WITH t, t.lockedUntil > $now AS wasLocked
     SET t.lockedUntil = CASE WHEN NOT wasLocked AND t.attempts > $attempts
                              THEN $now + $lockMs ELSE t.lockedUntil END
     RETURN wasLocked OR t.attempts > $attempts AS refused, t.lockedUntil AS lockedUntil`,
    { ...rule, now },
  );
  const record = result.records[0];
  return {
    refused: record?.get('refused') === true,
    lockedUntil: Number(record?.get('lockedUntil') ?? 0),
  };
}

/**
 * Counts one sign-in attempt against every rule (an e-mail's and a client's); refused while any
 * of them is over its limit, with the time the lock ends.
 */
export async function recordAttempt(
  gateway: GraphGateway,
  rules: readonly ThrottleRule[],
  now: number,
): Promise<{ refused: boolean; retryAt: number }> {
  return gateway.write(async (tx) => {
    let refused = false;
    let retryAt = 0;
    for (const rule of rules) {
      const outcome = await countAttempt(tx, rule, now);
      if (outcome.refused) {
        refused = true;
        retryAt = Math.max(retryAt, outcome.lockedUntil);
      }
    }
    return { refused, retryAt };
  });
}

/** A successful sign-in clears the e-mail's count (not the client's: one client, many accounts). */
export async function clearThrottle(gateway: GraphGateway, key: string): Promise<void> {
  await gateway.write((tx) => tx.run('MATCH (t:LoginThrottle {key: $key}) DELETE t', { key }));
}
