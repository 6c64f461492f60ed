import type { IncomingMessage } from 'node:http';
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
export function isSecure(req: IncomingMessage): boolean {
  return (
    process.env.COOKIE_SECURE === 'always' ||
    ('encrypted' in req.socket && req.socket.encrypted === true)
  );
}

function cookies(req: IncomingMessage): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) jar.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return jar;
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
  req: IncomingMessage,
  proxies: TrustedProxies | null = null,
): RequestCredentials {
  const jar = cookies(req);
  const csrf = req.headers['x-csrf-token'];
  return {
    sessionToken: jar.get(isSecure(req) ? SECURE_COOKIE : COOKIE) ?? null,
    csrfToken: typeof csrf === 'string' ? csrf : null,
    sameOrigin: sameOrigin(req),
    client: clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], proxies),
  };
}

/** Set-Cookie for a new session, or (token null) one that clears it. */
export function sessionCookie(secure: boolean, token: string | null, maxAgeSeconds = 0) {
  return [
    `${secure ? SECURE_COOKIE : COOKIE}=${token ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${token ? Math.floor(maxAgeSeconds) : 0}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
