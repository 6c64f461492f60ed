import * as z from 'zod/mini';
import type { Level } from '../api/types.js';
import { LEVELS } from '../model/labels.js';

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

const level = z.enum(LEVELS as [Level, ...Level[]]);
/** skill id → level; null: « je ne l'ai pas ». */
export const storedLevels = z.record(z.string(), z.nullable(level));

/** skill id → how a given level is known, and since when (AAAA-MM-JJ or null). */
export const storedEvidence = z.optional(
  z.record(
    z.string(),
    z.object({
      kind: z.enum(['DECLARED', 'VALIDATED', 'CERTIFIED']),
      date: z.nullable(z.string()),
    }),
  ),
);
