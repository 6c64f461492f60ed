import * as z from 'zod/mini';

/**
 * What this browser keeps is read back through a schema: an old version of the app, another tab
 * or a hand-edited entry may have left anything there, and what does not fit is ignored (as if
 * nothing were kept) rather than sent to the API or drawn.
 */
export function readStored<T>(storage: Storage, key: string, schema: z.ZodMiniType<T>): T | null {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export { storedEvidence, storedLevels } from '../model/level-schemas.js';
