import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Read-your-writes across instances on a Neo4j cluster or Aura: a request brings the bookmarks
 * of the person's last writes (a cookie, http/bookmark-cookie.ts) and collects those of its own.
 * Every session the gateway opens within the request starts after both, so a read served by
 * another member or another instance waits until those writes are applied there. On one Neo4j
 * a bookmark is met at once.
 */
export interface CausalScope {
  /** Bookmarks the request's reads and writes must follow. */
  after: string[];
  /** Bookmarks of the writes made during the request, once there are some. */
  written: string[] | null;
}

export const causalScope = new AsyncLocalStorage<CausalScope>();

/** The bookmarks a new session of the current request must start after (none outside one). */
export function bookmarksToFollow(): string[] {
  const scope = causalScope.getStore();
  return scope ? [...scope.after, ...(scope.written ?? [])] : [];
}

/**
 * Drops the bookmarks the request brought, when Neo4j refuses them (forged, or of a database
 * since replaced): true if there were some, and the work may be tried again without them.
 */
export function forgetBookmarks(): boolean {
  const scope = causalScope.getStore();
  if (!scope || scope.after.length === 0) return false;
  scope.after = [];
  return true;
}

/** Records what a write of the current request produced (nothing outside a request). */
export function recordWrite(bookmarks: readonly string[]): void {
  const scope = causalScope.getStore();
  if (scope && bookmarks.length > 0) scope.written = [...bookmarks];
}
