import { randomBytes } from 'node:crypto';
import type { PathFamily } from '../../../schema/common.js';
import type { DraftBlock } from '../../../schema/workbench.js';
import { draftCoverage, type DraftCoverageResult } from './draft-coverage.js';
import { blocksFromStudy, completeBlocks, type ParsedBlock } from './draft-content.js';
import { diffDrafts, type DraftChange } from './draft-diff.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import type { RoleRecord } from '../../domain/records.js';
import type { GraphGateway } from '../../neo4j/gateway.js';
import {
  appendVersion,
  findVersion,
  insertDraft,
  listDrafts,
  listVersions,
  removeDraft,
  type DraftVersionRecord,
} from './draft-repository.js';
import type { Viewer } from '../auth/auth-service.js';
import {
  DraftConflictError,
  ForbiddenError,
  NotFoundError,
  UserInputError,
} from '../../domain/errors.js';
import { roleById, rolesOfFamilies, rolesOfFutureProfile } from '../planning/targets.js';

/** The designers' workbench: drafts of block sets, their versions, diffs and coverage. */

const newPartId = () => randomBytes(6).toString('hex');
const newDraftId = () => `m${randomBytes(8).toString('hex')}`;
const datasetVersionOf = (ctx: PlanningContext) => ctx.version?.slice(0, 12) ?? null;

export const drafts = (gateway: GraphGateway) => listDrafts(gateway);

export async function draftVersion(
  gateway: GraphGateway,
  id: string,
  version: number | null,
): Promise<DraftVersionRecord> {
  const found = await findVersion(gateway, id, version);
  if (!found) {
    throw new NotFoundError(
      version === null ? `No draft "${id}".` : `Draft "${id}" has no version ${version}.`,
    );
  }
  return found;
}

export async function createDraft(
  gateway: GraphGateway,
  ctx: PlanningContext,
  viewer: Viewer,
  input: { title: string; fromStudy: boolean },
): Promise<DraftVersionRecord> {
  const id = newDraftId();
  const blocks = input.fromStudy ? blocksFromStudy(ctx.graph.blocks, newPartId) : [];
  return insertDraft(
    gateway,
    { id, title: input.title },
    {
      author: viewer.email,
      createdAt: new Date().toISOString(),
      comment: input.fromStudy ? "Copie des blocs de l'étude ANFH" : 'Maquette vide',
      restoredFrom: null,
      datasetVersion: datasetVersionOf(ctx),
      blocks,
    },
  );
}

/** The block set with ids for new parts, or BAD_USER_INPUT naming the first problem (and how many). */
function checkedBlocks(ctx: PlanningContext, parsed: readonly ParsedBlock[]): DraftBlock[] {
  const { blocks, problems } = completeBlocks(parsed, newPartId, (id) => ctx.graph.skills.has(id));
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} other problem(s))` : '';
    throw new UserInputError(first.field, `${first.reason}${more}`);
  }
  return blocks;
}

async function append(
  gateway: GraphGateway,
  id: string,
  baseVersion: number | null,
  version: Parameters<typeof appendVersion>[3],
): Promise<DraftVersionRecord> {
  const outcome = await appendVersion(gateway, id, baseVersion, version);
  if (outcome.status === 'missing') throw new NotFoundError(`No draft "${id}".`);
  if (outcome.status === 'conflict') {
    const [base, latest] = await Promise.all([
      draftVersion(gateway, id, baseVersion),
      draftVersion(gateway, id, outcome.latest),
    ]);
    throw new DraftConflictError(
      base.number,
      latest.number,
      diffDrafts(base.blocks, latest.blocks),
    );
  }
  return outcome.version;
}

/** A new version on top of `baseVersion`; CONFLICT when another was saved since. */
export async function saveDraft(
  gateway: GraphGateway,
  ctx: PlanningContext,
  viewer: Viewer,
  input: { id: string; baseVersion: number; comment: string; blocks: readonly ParsedBlock[] },
): Promise<DraftVersionRecord> {
  const blocks = checkedBlocks(ctx, input.blocks);
  return append(gateway, input.id, input.baseVersion, {
    author: viewer.email,
    createdAt: new Date().toISOString(),
    comment: input.comment,
    restoredFrom: null,
    datasetVersion: datasetVersionOf(ctx),
    blocks,
  });
}

/** An old version's blocks, saved again as the newest version (history is never rewritten). */
export async function restoreDraftVersion(
  gateway: GraphGateway,
  ctx: PlanningContext,
  viewer: Viewer,
  input: { id: string; version: number },
): Promise<DraftVersionRecord> {
  const old = await draftVersion(gateway, input.id, input.version);
  return append(gateway, input.id, null, {
    author: viewer.email,
    createdAt: new Date().toISOString(),
    comment: `Restauration de la version ${input.version}`,
    restoredFrom: input.version,
    datasetVersion: datasetVersionOf(ctx),
    blocks: old.blocks,
  });
}

export const draftHistory = (gateway: GraphGateway, id: string) => listVersions(gateway, id);

export async function draftDiff(
  gateway: GraphGateway,
  input: { id: string; from: number; to: number },
): Promise<DraftChange[]> {
  const [from, to] = await Promise.all([
    draftVersion(gateway, input.id, input.from),
    draftVersion(gateway, input.id, input.to),
  ]);
  return diffDrafts(from.blocks, to.blocks);
}

export type CoverageTargetKind = 'ALL' | 'FAMILIES' | 'ROLES' | 'FUTURE_PROFILE';
export interface CoverageTarget {
  kind: CoverageTargetKind;
  families?: readonly PathFamily[] | null | undefined;
  roleIds?: readonly string[] | null | undefined;
  futureProfileId?: string | null | undefined;
}

/** The roles a designer's coverage target stands for. */
function coverageRoles(ctx: PlanningContext, target: CoverageTarget): RoleRecord[] {
  switch (target.kind) {
    case 'ALL':
      return [...ctx.graph.roles.values()];
    case 'FAMILIES':
      if (!target.families?.length)
        throw new UserInputError('target.families', 'must list a family');
      return rolesOfFamilies(ctx, target.families);
    case 'ROLES':
      if (!target.roleIds?.length) throw new UserInputError('target.roleIds', 'must list a role');
      return target.roleIds.map((id, i) => roleById(ctx, id, `target.roleIds[${i}]`));
    case 'FUTURE_PROFILE':
      return rolesOfFutureProfile(ctx, target.futureProfileId ?? '', 'target.futureProfileId');
  }
}

/**
 * Coverage of a saved version, or of the blocks being edited (`blocks`, not saved: the editor's
 * live view), against the target's roles, beside the study's blocks.
 */
export async function coverageOf(
  gateway: GraphGateway,
  ctx: PlanningContext,
  input: {
    id: string;
    version: number | null;
    target: CoverageTarget;
    blocks: readonly ParsedBlock[] | null;
  },
): Promise<DraftCoverageResult> {
  const roles = coverageRoles(ctx, input.target);
  const blocks = input.blocks
    ? checkedBlocks(ctx, input.blocks)
    : (await draftVersion(gateway, input.id, input.version)).blocks;
  return draftCoverage(ctx, blocks, roles);
}

/** Deletes a draft and its history: its creator or an administrator only. */
export async function deleteDraft(gateway: GraphGateway, viewer: Viewer, id: string) {
  const outcome = await removeDraft(
    gateway,
    id,
    (createdBy) => viewer.role === 'ADMIN' || createdBy === viewer.email,
  );
  if (outcome === 'missing') throw new NotFoundError(`No draft "${id}".`);
  if (outcome === 'refused') {
    throw new ForbiddenError('Only its creator or an administrator may delete a draft.', 'OWNER');
  }
  return true;
}
