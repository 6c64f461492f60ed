import { z } from 'zod';
import { pathFamilySchema, slugSchema } from '../../../schema/common.js';
import { draftBlocksSchema } from '../../../schema/workbench.js';

/** zod for the drafts' arguments: sizes and formats GraphQL's types cannot say. */

const draftId = z.string().regex(/^[a-z0-9]{1,40}$/, 'is not a draft id');
const versionNumber = z.number().int().min(1, 'must be 1 or more').max(1_000_000, 'is too large');

export const createDraftArgs = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(200, 'is longer than 200 characters'),
  fromStudy: z.boolean(),
});
export const saveDraftArgs = z.object({
  id: draftId,
  baseVersion: versionNumber,
  comment: z.string().trim().max(500, 'is longer than 500 characters'),
  blocks: draftBlocksSchema,
});
export const draftArgs = z.object({ id: draftId, version: versionNumber.nullish() });
export const draftIdArgs = z.object({ id: draftId });
export const restoreArgs = z.object({ id: draftId, version: versionNumber });
export const publishArgs = z.object({
  id: draftId,
  version: versionNumber,
  targetRoleId: slugSchema,
});
export const diffArgs = z.object({ id: draftId, from: versionNumber, to: versionNumber });
export const coverageArgs = z.object({
  id: draftId,
  version: versionNumber.nullish(),
  target: z.object({
    kind: z.enum(['ALL', 'FAMILIES', 'ROLES', 'FUTURE_PROFILE']),
    families: z.array(pathFamilySchema).max(5).nullish(),
    roleIds: z.array(z.string().max(200)).max(200, 'lists more than 200 roles').nullish(),
    futureProfileId: z.string().max(200).nullish(),
  }),
  blocks: draftBlocksSchema.nullish(),
});
