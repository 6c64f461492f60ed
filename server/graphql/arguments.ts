import { z } from 'zod';
import { levelEvidenceSchema, levelSchema } from '../../schema/common.js';
import { isRealDay } from '../../schema/days.js';
import { UserInputError } from '../domain/errors.js';

/**
 * zod at the API edge: GraphQL checks types, these check ranges and sizes. Each module parses its
 * own arguments; the pieces several share (an id, a range, a profile) are here.
 */

export const id = z.string().trim().min(1, 'must not be empty').max(200, 'is too long');
export const range = (min: number, max: number) =>
  z
    .number()
    .int()
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);

/** A day written AAAA-MM-JJ that is real and not yet to come (when a level was validated). */
const pastDay = z
  .string()
  .refine(isRealDay, 'must be a real day written AAAA-MM-JJ')
  .refine((s) => new Date(`${s}T00:00:00Z`).getTime() <= Date.now(), 'must not be in the future');

export const profile = z.object({
  currentRoleId: id,
  skills: z
    .array(
      z.object({
        skillId: id,
        level: levelSchema.nullable(),
        evidence: levelEvidenceSchema.nullish(),
        evidenceDate: pastDay.nullish(),
      }),
    )
    .max(500, 'lists too many skills')
    .nullish(),
  diplomas: z.array(id).max(50, 'lists too many diplomas').nullish(),
  serviceYears: z
    .number()
    .min(0, 'must be between 0 and 50 years')
    .max(50, 'must be between 0 and 50 years')
    .nullish(),
});

/** "profile.skills.0.skillId" → "profile.skills[0].skillId" */
const fieldName = (path: readonly PropertyKey[]) =>
  path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`,
    )
    .join('');

export function parseArgs<T>(schema: z.ZodType<T>, args: unknown): T {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new UserInputError(fieldName(issue?.path ?? []), issue?.message ?? 'is invalid');
}

/** How many published certifications a route's step or a team map shows, the most recent first. */
export const diplomasArgs = z.object({
  limit: z.number().int().min(1, 'must be between 1 and 3').max(3, 'must be between 1 and 3'),
});

export const certificationsArgs = z.object({
  limit: z.number().int().min(1, 'must be between 1 and 10').max(10, 'must be between 1 and 10'),
});
