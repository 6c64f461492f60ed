import { knownHours } from '../domain/draft-content.js';
import { blockCode } from '../domain/draft-export.js';
import type { BlockService, DraftCoverageResult, SkillCoverage } from '../domain/draft-coverage.js';
import type { PlanningContext } from '../domain/planning-context.js';
import type { DraftVersionRecord } from '../repositories/draft-repository.js';
import type { DraftBlock, DraftItem, DraftSkill } from '../../schema/workbench.js';
import {
  authorizeRead,
  authorizeWrite,
  signIn,
  signOut,
  SESSION_TTL_MS,
  type Viewer,
} from '../services/auth-service.js';
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
} from '../services/draft-service.js';
import type {
  MutationCreateDraftArgs,
  MutationDeleteDraftArgs,
  MutationRestoreDraftVersionArgs,
  MutationSaveDraftArgs,
  MutationSignInArgs,
  QueryDraftArgs,
  QueryDraftCoverageArgs,
  QueryDraftDiffArgs,
  QueryDraftHistoryArgs,
} from './api-types.generated.js';
import { parseArgs } from './arguments.js';
import type { ApiContext } from './context.js';
import { many, one, role, skill } from './lookups.js';
import {
  coverageArgs,
  createDraftArgs,
  diffArgs,
  draftArgs,
  draftIdArgs,
  restoreArgs,
  saveDraftArgs,
  signInArgs,
} from './workbench-arguments.js';

/** Who may write drafts. */
const WRITERS = ['DESIGNER', 'ADMIN'] as const;

const reader = async (ctx: ApiContext) => authorizeRead(await ctx.viewer());
const writer = async (ctx: ApiContext) =>
  authorizeWrite(await ctx.viewer(), ctx.credentials, WRITERS);

/** The workbench's root fields: thin, like the others; a session for every one but `me`. */
export const workbenchQuery = {
  me: (_: unknown, _args: unknown, ctx: ApiContext) => ctx.viewer(),
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
};

export const workbenchMutation = {
  signIn: async (_: unknown, args: MutationSignInArgs, ctx: ApiContext) => {
    const signedIn = await signIn(ctx.gateway, parseArgs(signInArgs, args), ctx.credentials);
    ctx.outcome.sessionCookie = {
      token: signedIn.sessionToken,
      maxAgeSeconds: SESSION_TTL_MS / 1000,
    };
    return signedIn.viewer;
  },
  signOut: async (_: unknown, _args: unknown, ctx: ApiContext) => {
    const viewer = await ctx.viewer();
    if (viewer && ctx.credentials.sessionToken) {
      // Another site cannot sign a person out: the same checks as any write, before anything.
      authorizeWrite(viewer, ctx.credentials, [viewer.role]);
      await signOut(ctx.gateway, ctx.credentials.sessionToken);
    }
    ctx.outcome.sessionCookie = { token: null, maxAgeSeconds: 0 };
    return viewer !== null;
  },
  createDraft: async (_: unknown, args: MutationCreateDraftArgs, ctx: ApiContext) => {
    const viewer = await writer(ctx);
    return createDraft(ctx.gateway, await ctx.planning(), viewer, parseArgs(createDraftArgs, args));
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
};

interface NumberedBlock extends DraftBlock {
  number: number;
}

/** A draft's skill may have left the dataset since the version was saved: looked up softly. */
const skillOf = (p: PlanningContext, id: string) => p.graph.skills.get(id) ?? null;
type Served = BlockService['roles'][number];

export const workbenchTypes = {
  Viewer: {
    expiresAt: (v: Viewer) => new Date(v.expiresAt).toISOString(),
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
