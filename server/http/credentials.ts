import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestCredentials } from '../modules/auth/auth-service.js';
import { clientAddress, type TrustedProxies } from './client-address.js';

/**
 * The session cookie and what a request says of its origin. The cookie is HttpOnly (scripts
 * cannot read it), SameSite=Strict (no other site's page sends it), Path=/, expiring with the
 * session, and Secure with the __Host- prefix whenever the app is served over HTTPS.
 */
const COOKIE = 'passerelles_session';
const SECURE_COOKIE = `__Host-${COOKIE}`;

/** Whether cookies must be Secure: the request came over TLS, or COOKIE_SECURE=always (behind a TLS proxy). */
function isSecure(req: IncomingMessage): boolean {
  return (
    process.env.COOKIE_SECURE === 'always' ||
    ('encrypted' in req.socket && req.socket.encrypted === true)
  );
}

/** A browser's word on where a request comes from: Origin first, else Sec-Fetch-Site. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin) {
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

export function credentialsOf(
  request: FastifyRequest,
  proxies: TrustedProxies | null = null,
): RequestCredentials {
  const req = request.raw;
  const csrf = req.headers['x-csrf-token'];
  return {
    sessionToken: request.cookies[isSecure(req) ? SECURE_COOKIE : COOKIE] ?? null,
    csrfToken: typeof csrf === 'string' ? csrf : null,
    sameOrigin: sameOrigin(req),
    client: clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], proxies),
  };
}

/** Sets the cookie of a new session, or (token null) clears it. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string | null,
  maxAgeSeconds = 0,
): void {
  const secure = isSecure(request.raw);
  void reply.setCookie(secure ? SECURE_COOKIE : COOKIE, token ?? '', {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    maxAge: token ? Math.floor(maxAgeSeconds) : 0,
    secure,
  });
}

/**
 * The bookmarks of a person's last writes (neo4j/causal-scope.ts), kept for five minutes in a
 * cookie like the session's, so that her next request, whichever instance serves it, reads
 * after them. Only well-formed tokens are taken, at most four.
 */
const BOOKMARK_COOKIE = 'passerelles_after';
const BOOKMARK = /^[\w:+/=-]{1,200}$/;
const BOOKMARK_MAX_AGE_SECONDS = 300;

export function bookmarksOf(request: FastifyRequest): string[] {
  const name = isSecure(request.raw) ? `__Host-${BOOKMARK_COOKIE}` : BOOKMARK_COOKIE;
  const value = request.cookies[name] ?? '';
  return value
    .split(',')
    .filter((bookmark) => BOOKMARK.test(bookmark))
    .slice(0, 4);
}

export function setBookmarkCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  bookmarks: readonly string[],
): void {
  const secure = isSecure(request.raw);
  void reply.setCookie(
    secure ? `__Host-${BOOKMARK_COOKIE}` : BOOKMARK_COOKIE,
    bookmarks.join(','),
    {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      maxAge: BOOKMARK_MAX_AGE_SECONDS,
      secure,
    },
  );
  void reply.header('cache-control', 'no-store');
}
