import { z } from 'zod';
import { conditionKindSchema, levelSchema, pathFamilySchema } from '../../schema/common.js';
import { UserInputError } from '../services/errors.js';

/** zod at the API edge: GraphQL checks types, these check ranges and sizes. */

const id = z.string().trim().min(1, 'must not be empty').max(200, 'is too long');
const range = (min: number, max: number) =>
  z
    .number()
    .int()
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);

const profile = z.object({
  currentRoleId: id,
  skills: z
    .array(z.object({ skillId: id, level: levelSchema.nullable() }))
    .max(500, 'lists too many skills')
    .nullish(),
  diplomas: z.array(id).max(50, 'lists too many diplomas').nullish(),
});

export const searchArgs = z.object({ search: z.string().max(200, 'is too long').nullish() });
export const skillGapArgs = z.object({ profile, targetRoleId: id });
export const careerRoutesArgs = z.object({
  profile,
  targetRoleId: id,
  limit: range(1, 20),
  maxSteps: range(1, 6),
  families: z.array(pathFamilySchema).nullish(),
  scenario: z.string().max(100, 'is too long').nullish(),
  includeRome: z.boolean().nullish(),
});
export const teamGapArgs = z.object({
  team: z
    .array(
      profile.extend({ id: z.string().trim().min(1, 'must not be empty').max(100, 'is too long') }),
    )
    .max(500, 'lists more than 500 people'),
  target: z.object({
    roleId: id.nullish(),
    family: pathFamilySchema.nullish(),
    futureProfileId: id.nullish(),
  }),
});
export const reachableRolesArgs = z.object({
  profile,
  maxSteps: range(1, 6),
  limit: range(1, 50),
  offset: range(0, 10_000).default(0),
  families: z.array(pathFamilySchema).nullish(),
  avoid: z.array(conditionKindSchema).nullish(),
  orderBy: z.enum(['MATCH', 'DURATION', 'STEPS']).nullish(),
  scenario: z.string().max(100, 'is too long').nullish(),
  includeRome: z.boolean().nullish(),
});
export const diagnosticArgs = z.object({
  scores: z
    .array(
      z.object({
        itemId: z.string().max(100, 'is too long'),
        today: z
          .number()
          .nullish()
          .transform((v) => v ?? null),
        tomorrow: z
          .number()
          .nullish()
          .transform((v) => v ?? null),
      }),
    )
    .max(100, 'lists too many scores'),
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
