import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { AccountRole } from '../../../schema/workbench.js';
import { emailSchema, passwordSchema } from '../../../schema/workbench.js';
import type { GraphGateway } from '../../neo4j/gateway.js';
import { THROTTLE_POLICIES } from './sign-in-throttle.js';
import {
  beginAttempt,
  clearThrottle,
  createAccount,
  createSession,
  deleteSession,
  findAccountByEmail,
  findSession,
  recordFailures,
} from './account-repository.js';
import {
  ForbiddenError,
  NotSignedInError,
  RateLimitedError,
  UserInputError,
} from '../../domain/errors.js';
import { decoyHash, hashPassword, verifyPassword } from './passwords.js';

/** How long a session lasts from sign-in (a working day); then sign in again. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/** What the HTTP edge knows of a request's credentials; nothing here is ever logged. */
export interface RequestCredentials {
  sessionToken: string | null;
  /** The X-CSRF-Token header. */
  csrfToken: string | null;
  /** False when a browser says the request comes from another site (Origin, Sec-Fetch-Site). */
  sameOrigin: boolean;
  /**
   * The client's address (behind a trusted proxy, the one it forwards), for throttling only;
   * hashed before it is stored.
   */
  client: string;
}

export const NO_CREDENTIALS: RequestCredentials = {
  sessionToken: null,
  csrfToken: null,
  sameOrigin: true,
  client: 'in-process',
};

export interface Viewer {
  accountId: string;
  email: string;
  role: AccountRole;
  csrfToken: string;
  expiresAt: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const token = () => randomBytes(32).toString('base64url');

/** The session behind a request's cookie, or null (no cookie, unknown or expired). */
export async function viewerOf(
  gateway: GraphGateway,
  credentials: RequestCredentials,
  now = Date.now(),
): Promise<Viewer | null> {
  if (!credentials.sessionToken) return null;
  const session = await findSession(gateway, sha256(credentials.sessionToken), now);
  if (!session) return null;
  return {
    accountId: session.account.id,
    email: session.account.email,
    role: session.account.role,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
  };
}

const sameToken = (a: string, b: string) => {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * A write's checks, in order: from this site (Origin), signed in, a role that may write, and the
 * session's CSRF token in the X-CSRF-Token header (SameSite=Strict cookies are the first line;
 * the token is the second).
 */
export function authorizeWrite(
  viewer: Viewer | null,
  credentials: RequestCredentials,
  roles: readonly AccountRole[],
): Viewer {
  if (!credentials.sameOrigin) {
    throw new ForbiddenError('This request comes from another site.', 'ORIGIN');
  }
  if (!viewer) throw new NotSignedInError();
  if (!roles.includes(viewer.role)) {
    throw new ForbiddenError(`This needs one of the roles ${roles.join(', ')}.`, 'ROLE');
  }
  if (!credentials.csrfToken || !sameToken(credentials.csrfToken, viewer.csrfToken)) {
    throw new ForbiddenError('The CSRF token is missing or wrong: reload the page.', 'CSRF');
  }
  return viewer;
}

export function authorizeRead(viewer: Viewer | null): Viewer {
  if (!viewer) throw new NotSignedInError();
  return viewer;
}

export interface SignedIn {
  viewer: Viewer;
  /** The cookie's value; only its hash is stored. */
  sessionToken: string;
}

let decoy: Promise<string> | undefined;

/**
 * Checks a password and opens a session. Throttled by failures only (sign-in-throttle.ts),
 * counted in Neo4j so that every instance shares them; an unknown e-mail costs the same hashing
 * time as a wrong password, and both get the same answer.
 */
export async function signIn(
  gateway: GraphGateway,
  input: { email: string; password: string },
  credentials: RequestCredentials,
  now = Date.now(),
): Promise<SignedIn> {
  if (!credentials.sameOrigin) {
    throw new ForbiddenError('This request comes from another site.', 'ORIGIN');
  }
  const email = emailSchema.safeParse(input.email);
  if (!email.success) throw new UserInputError('email', 'is not an e-mail address');
  if (input.password.length === 0 || input.password.length > 256) {
    throw new UserInputError('password', 'must be 1 to 256 characters long');
  }
  const [emailHash, clientHash] = [sha256(email.data), sha256(credentials.client)];
  const account = { key: `email:${emailHash}`, policy: THROTTLE_POLICIES.account };
  const client = { key: `client:${clientHash}`, policy: THROTTLE_POLICIES.client };
  const accountFromClient = {
    key: `email-client:${emailHash}:${clientHash}`,
    policy: THROTTLE_POLICIES.accountFromClient,
  };
  const attempt = await beginAttempt(
    gateway,
    { check: [account, client], reserve: accountFromClient },
    now,
  );
  if (attempt.refused) throw new RateLimitedError(Math.max(1, (attempt.retryAt - now) / 1000));

  const found = await findAccountByEmail(gateway, email.data);
  const valid = await verifyPassword(
    input.password,
    found?.passwordHash ?? (await (decoy ??= decoyHash())),
  );
  if (!found || !valid) {
    await recordFailures(gateway, [account, client], now);
    throw new NotSignedInError('Wrong e-mail or password.');
  }
  await clearThrottle(gateway, accountFromClient.key);

  const sessionToken = token();
  const csrfToken = token();
  const expiresAt = now + SESSION_TTL_MS;
  await createSession(
    gateway,
    { tokenHash: sha256(sessionToken), csrfToken, accountId: found.id, expiresAt },
    now,
  );
  return {
    sessionToken,
    viewer: {
      accountId: found.id,
      email: found.email,
      role: found.role,
      csrfToken,
      expiresAt,
    },
  };
}

export async function signOut(gateway: GraphGateway, sessionToken: string): Promise<void> {
  await deleteSession(gateway, sha256(sessionToken));
}

/** npm run user:add: a new account; the e-mail and password are checked first. */
export async function addAccount(
  gateway: GraphGateway,
  input: { email: string; password: string; role: AccountRole },
): Promise<{ id: string; email: string }> {
  const email = emailSchema.safeParse(input.email);
  if (!email.success) throw new UserInputError('email', 'is not an e-mail address');
  const password = passwordSchema.safeParse(input.password);
  if (!password.success) {
    throw new UserInputError('password', password.error.issues[0]?.message ?? 'is not valid');
  }
  if (await findAccountByEmail(gateway, email.data)) {
    throw new UserInputError('email', `an account already exists for ${email.data}`);
  }
  const id = randomUUID();
  await createAccount(
    gateway,
    { id, email: email.data, role: input.role, passwordHash: await hashPassword(password.data) },
    new Date(),
  );
  return { id, email: email.data };
}
