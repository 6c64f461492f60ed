import { knownHours } from './draft-content.js';
import { blockCode } from './draft-export.js';
import type { BlockService, DraftCoverageResult, SkillCoverage } from './draft-coverage.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import type { DraftVersionRecord } from './draft-repository.js';
import type { DraftBlock, DraftItem, DraftSkill } from '../../../schema/workbench.js';
import { authorizeRead, authorizeWrite } from '../auth/auth-service.js';
import {
  coverageOf,
  createDraft,
  deleteDraft,
  draftDiff,
  draftHistory,
  drafts,
  draftVersion,
  restoreDraftVersion,
  saveDraft,
} from './draft-service.js';
import type {
  MutationCreateDraftArgs,
  MutationDeleteDraftArgs,
  MutationRestoreDraftVersionArgs,
  MutationSaveDraftArgs,
  QueryDraftArgs,
  QueryDraftCoverageArgs,
  QueryDraftDiffArgs,
  QueryDraftHistoryArgs,
} from '../../graphql/api-types.generated.js';
import { parseArgs } from '../../graphql/arguments.js';
import type { ApiContext } from '../../graphql/context.js';
import { many, one, role, skill } from '../../graphql/lookups.js';
import {
  coverageArgs,
  createDraftArgs,
  diffArgs,
  draftArgs,
  draftIdArgs,
  restoreArgs,
  saveDraftArgs,
} from './drafts-arguments.js';

interface NumberedBlock extends DraftBlock {
  number: number;
}

/** A draft's skill may have left the dataset since the version was saved: looked up softly. */
const skillOf = (p: PlanningContext, id: string) => p.graph.skills.get(id) ?? null;
type Served = BlockService['roles'][number];

/** Who may write drafts. */
const WRITERS = ['DESIGNER', 'ADMIN'] as const;

const reader = async (ctx: ApiContext) => authorizeRead(await ctx.viewer());
const writer = async (ctx: ApiContext) =>
  authorizeWrite(await ctx.viewer(), ctx.credentials, WRITERS);

/** The designers' drafts (the workbench): every field needs a session, every write a writer. */
export const draftsResolvers = {
  Query: {
    drafts: async (_: unknown, _args: unknown, ctx: ApiContext) => {
      await reader(ctx);
      return drafts(ctx.gateway);
    },
    draft: async (_: unknown, args: QueryDraftArgs, ctx: ApiContext) => {
      await reader(ctx);
      const { id, version } = parseArgs(draftArgs, args);
      return draftVersion(ctx.gateway, id, version ?? null);
    },
    draftHistory: async (_: unknown, args: QueryDraftHistoryArgs, ctx: ApiContext) => {
      await reader(ctx);
      return draftHistory(ctx.gateway, parseArgs(draftIdArgs, args).id);
    },
    draftDiff: async (_: unknown, args: QueryDraftDiffArgs, ctx: ApiContext) => {
      await reader(ctx);
      return draftDiff(ctx.gateway, parseArgs(diffArgs, args));
    },
    draftCoverage: async (_: unknown, args: QueryDraftCoverageArgs, ctx: ApiContext) => {
      await reader(ctx);
      const { id, version, target, blocks } = parseArgs(coverageArgs, args);
      return coverageOf(ctx.gateway, await ctx.planning(), {
        id,
        version: version ?? null,
        target,
        blocks: blocks ?? null,
      });
    },
  },
  Mutation: {
    createDraft: async (_: unknown, args: MutationCreateDraftArgs, ctx: ApiContext) => {
      const viewer = await writer(ctx);
      return createDraft(
        ctx.gateway,
        await ctx.planning(),
        viewer,
        parseArgs(createDraftArgs, args),
      );
    },
    saveDraft: async (_: unknown, args: MutationSaveDraftArgs, ctx: ApiContext) => {
      const viewer = await writer(ctx);
      const input = parseArgs(saveDraftArgs, args);
      return saveDraft(ctx.gateway, await ctx.planning(), viewer, input);
    },
    restoreDraftVersion: async (
      _: unknown,
      args: MutationRestoreDraftVersionArgs,
      ctx: ApiContext,
    ) => {
      const viewer = await writer(ctx);
      return restoreDraftVersion(
        ctx.gateway,
        await ctx.planning(),
        viewer,
        parseArgs(restoreArgs, args),
      );
    },
    deleteDraft: async (_: unknown, args: MutationDeleteDraftArgs, ctx: ApiContext) => {
      const viewer = await writer(ctx);
      return deleteDraft(ctx.gateway, viewer, parseArgs(draftIdArgs, args).id);
    },
  },

  DraftVersion: {
    blocks: (v: DraftVersionRecord): NumberedBlock[] =>
      v.blocks.map((block, i) => ({ ...block, number: i + 1 })),
    hours: (v: DraftVersionRecord) =>
      knownHours(v.blocks.flatMap((b) => b.items.map((item) => item.hours))),
  },
  DraftBlock: {
    code: (b: NumberedBlock) => blockCode(b.number),
    hours: (b: NumberedBlock) => knownHours(b.items.map((item) => item.hours)),
  },
  DraftItem: {
    skills: (i: DraftItem) => i.skills,
  },
  DraftSkill: {
    label: async (s: DraftSkill, _: unknown, ctx: ApiContext) =>
      skillOf(await ctx.planning(), s.skillId)?.label ??
      `${s.skillId} (ne figure plus dans le jeu de données)`,
    skill: async (s: DraftSkill, _: unknown, ctx: ApiContext) =>
      skillOf(await ctx.planning(), s.skillId),
  },
  // Coverage is computed on the current graph: its roles and skills are there.
  DraftCoverage: { roles: many(role, (c: DraftCoverageResult) => c.roleIds) },
  DraftSkillCoverage: {
    skill: one(skill, (s: SkillCoverage) => s.skillId),
    roles: many(role, (s: SkillCoverage) => s.roleIds),
  },
  DraftBlockService: { roles: (b: BlockService) => b.roles },
  ServedRole: {
    role: one(role, (r: Served) => r.roleId),
    skills: many(skill, (r: Served) => r.skillIds),
  },
};
