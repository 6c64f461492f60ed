import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * Everything the server sends comes from the server itself: no inline script, no third-party
 * origin, never framed. data: and blob: images are the PNG exports and the favicon.
 */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The policy as sent, for tests and documents. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(
    ([name, values]) =>
      `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`,
  )
  .join(';');

/**
 * Helmet's headers (kept current by its maintainers: nosniff, HSTS, no cross-origin opener or
 * resource, no referrer…) with our policy and framing refused.
 */
const helmetHeaders = helmet({
  contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
});

/** Sets the security headers every answer carries, /graphql and errors included. */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  helmetHeaders(req, res, () => undefined);
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);

/**
 * The host names a request may be addressed to, or null to accept any. A server bound to loopback
 * answers only loopback names (and ALLOWED_HOSTS), so that a web page cannot reach it through a
 * DNS name of its own that resolves to 127.0.0.1 (DNS rebinding). Bound to another interface, it
 * checks only when ALLOWED_HOSTS is set (behind a proxy, set it to the public names).
 */
export function allowedHosts(
  boundTo: string,
  configured: readonly string[],
): ReadonlySet<string> | null {
  const names = configured.map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (isLoopback(boundTo)) return new Set([...LOOPBACK_NAMES, boundTo.toLowerCase(), ...names]);
  return names.length > 0 ? new Set(names) : null;
}

/** The host name of a Host header, without its port ("[::1]:4000" → "[::1]"). */
export function hostName(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(header.trim());
  return match?.[1]?.toLowerCase() ?? null;
}

export function hostAllowed(
  host: string | undefined,
  allowed: ReadonlySet<string> | null,
): boolean {
  if (allowed === null) return true;
  const name = hostName(host);
  return name !== null && allowed.has(name);
}
