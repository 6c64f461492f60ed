import * as z from 'zod/mini';
import type { Level } from '../api/types.js';
import { LEVELS } from './labels.js';

/**
 * Levels and how they are known, as a browser keeps them or a « Mon projet » file holds them:
 * read back through these schemas, what does not fit is ignored.
 */

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
