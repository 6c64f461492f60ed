import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Everything the server sends comes from the server itself: no inline script, no third-party
 * origin, never framed. data: and blob: images are the PNG exports and the favicon.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Sets the security headers every response carries, /graphql and errors included. */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
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

export function hostAllowed(req: IncomingMessage, allowed: ReadonlySet<string> | null): boolean {
  if (allowed === null) return true;
  const name = hostName(req.headers.host);
  return name !== null && allowed.has(name);
}
