import { z } from 'zod';
import { conditionKindSchema, pathFamilySchema } from '../../../schema/common.js';
import { id, profile, range } from '../../graphql/arguments.js';

/** zod for the planner's arguments: ranges and sizes GraphQL's types cannot say. */

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
