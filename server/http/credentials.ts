import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestCredentials } from '../modules/auth/auth-service.js';
import { clientAddress, type TrustedProxies } from './client-address.js';

/**
 * The session cookie and what a request says of its origin. The cookie is HttpOnly (scripts
 * cannot read it), SameSite=Strict (no other site's page sends it), Path=/, expiring with the
 * session, and Secure with the __Host- prefix whenever the app is served over HTTPS.
 */
const SESSION_COOKIE = 'passerelles_session';

/** Whether cookies must be Secure: the request came over TLS, or COOKIE_SECURE=always (behind a TLS proxy). */
function isSecure(req: IncomingMessage): boolean {
  return (
    process.env.COOKIE_SECURE === 'always' ||
    ('encrypted' in req.socket && req.socket.encrypted === true)
  );
}

/** A cookie's name: with the __Host- prefix whenever cookies must be Secure. */
const cookieName = (req: IncomingMessage, name: string) =>
  isSecure(req) ? `__Host-${name}` : name;

const readCookie = (request: FastifyRequest, name: string): string | null =>
  request.cookies[cookieName(request.raw, name)] ?? null;

/** Sets one of our cookies: HttpOnly, SameSite=Strict, Path=/, Secure when it must be. */
function writeCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  name: string,
  value: string,
  maxAgeSeconds: number,
): void {
  const secure = isSecure(request.raw);
  void reply.setCookie(cookieName(request.raw, name), value, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    maxAge: maxAgeSeconds,
    secure,
  });
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
    sessionToken: readCookie(request, SESSION_COOKIE),
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
  writeCookie(request, reply, SESSION_COOKIE, token ?? '', token ? Math.floor(maxAgeSeconds) : 0);
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
  return (readCookie(request, BOOKMARK_COOKIE) ?? '')
    .split(',')
    .filter((bookmark) => BOOKMARK.test(bookmark))
    .slice(0, 4);
}

export function setBookmarkCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  bookmarks: readonly string[],
): void {
  writeCookie(request, reply, BOOKMARK_COOKIE, bookmarks.join(','), BOOKMARK_MAX_AGE_SECONDS);
  void reply.header('cache-control', 'no-store');
}
