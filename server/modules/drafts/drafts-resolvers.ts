import { knownHours, type NumberedBlock } from './draft-content.js';
import { blockCode } from './draft-export.js';
import type {
  BlockService,
  DraftCoverageResult,
  ServedRole,
  SkillCoverage,
  TypicalProfileCredit,
} from './draft-coverage.js';
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
import type { Resolvers } from '../../graphql/api-types.generated.js';
import { parseArgs } from '../../graphql/arguments.js';
import type { ApiContext } from '../../graphql/context.js';
import { many, one, role, skill } from '../../graphql/lookups.js';
import {
  coverageArgs,
  createDraftArgs,
  diffArgs,
  draftArgs,
  draftIdArgs,
  publishArgs,
  restoreArgs,
  saveDraftArgs,
} from './drafts-arguments.js';
import type { PublishedCertification } from '../../domain/bloc-credit.js';
import { publicationProblems } from './publication-check.js';
import { certifications, publishDraft } from './publication-service.js';
import type { FieldCosts } from '../../graphql/field-costs.js';

/** A draft's skill may have left the dataset since the version was saved: looked up softly. */
const skillOf = (p: PlanningContext, id: string) => p.graph.skills.get(id) ?? null;

/** A block set's blocks as Bloc 1…n, and its hours (a version's or a publication's). */
const numbered = (blocks: readonly DraftBlock[]): NumberedBlock[] =>
  blocks.map((block, i) => ({ ...block, number: i + 1 }));
const setHours = (blocks: readonly DraftBlock[]) =>
  knownHours(blocks.flatMap((b) => b.items.map((item) => item.hours)));

/** Who may write drafts. */
const WRITERS = ['DESIGNER', 'ADMIN'] as const;

const reader = async (ctx: ApiContext) => authorizeRead(await ctx.viewer());
const writer = async (ctx: ApiContext) =>
  authorizeWrite(await ctx.viewer(), ctx.credentials, WRITERS);

/** The designers' drafts (the workbench): every field needs a session, every write a writer. */
export const draftsResolvers: Resolvers = {
  Query: {
    drafts: async (_, _args, ctx) => {
      await reader(ctx);
      return drafts(ctx.gateway);
    },
    draft: async (_, args, ctx) => {
      await reader(ctx);
      const { id, version } = parseArgs(draftArgs, args);
      return draftVersion(ctx.gateway, id, version ?? null);
    },
    draftHistory: async (_, args, ctx) => {
      await reader(ctx);
      return draftHistory(ctx.gateway, parseArgs(draftIdArgs, args).id);
    },
    draftDiff: async (_, args, ctx) => {
      await reader(ctx);
      return draftDiff(ctx.gateway, parseArgs(diffArgs, args));
    },
    certifications: (_, _args, ctx) => certifications(ctx.gateway),
    draftCoverage: async (_, args, ctx) => {
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
    createDraft: async (_, args, ctx) => {
      const viewer = await writer(ctx);
      return createDraft(
        ctx.gateway,
        await ctx.planning(),
        viewer,
        parseArgs(createDraftArgs, args),
      );
    },
    saveDraft: async (_, args, ctx) => {
      const viewer = await writer(ctx);
      const input = parseArgs(saveDraftArgs, args);
      return saveDraft(ctx.gateway, await ctx.planning(), viewer, input);
    },
    restoreDraftVersion: async (_, args, ctx) => {
      const viewer = await writer(ctx);
      return restoreDraftVersion(
        ctx.gateway,
        await ctx.planning(),
        viewer,
        parseArgs(restoreArgs, args),
      );
    },
    deleteDraft: async (_, args, ctx) => {
      const viewer = await writer(ctx);
      return deleteDraft(ctx.gateway, viewer, parseArgs(draftIdArgs, args).id);
    },
    publishDraft: async (_, args, ctx) => {
      const viewer = await writer(ctx);
      return publishDraft(ctx.gateway, await ctx.planning(), viewer, parseArgs(publishArgs, args));
    },
  },
  Certification: {
    version: (c: PublishedCertification) => c.number,
    // E-mails are personal data: shown to signed-in designers only.
    author: async (c: PublishedCertification, _, ctx) => ((await ctx.viewer()) ? c.author : null),
    publishedBy: async (c: PublishedCertification, _, ctx) =>
      (await ctx.viewer()) ? c.publishedBy : null,
    targetRole: one(role, (c: PublishedCertification) => c.targetRoleId),
    blocks: (c: PublishedCertification) => numbered(c.blocks),
    hours: (c: PublishedCertification) => setHours(c.blocks),
  },

  DraftVersion: {
    publicationProblems: (v: DraftVersionRecord) => publicationProblems(v.blocks),
    blocks: (v: DraftVersionRecord) => numbered(v.blocks),
    hours: (v: DraftVersionRecord) => setHours(v.blocks),
  },
  DraftBlock: {
    code: (b: NumberedBlock) => blockCode(b.number),
    hours: (b: NumberedBlock) => knownHours(b.items.map((item) => item.hours)),
  },
  DraftItem: {
    skills: (i: DraftItem) => i.skills,
    // A published maquette is public; its authors' working notes are not.
    notes: async (i: DraftItem, _: unknown, ctx: ApiContext) =>
      (await ctx.viewer()) ? i.notes : '',
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
  TypicalProfileCredit: {
    role: one(role, (t: TypicalProfileCredit) => t.roleId),
  },
  ServedRole: {
    role: one(role, (r: ServedRole) => r.roleId),
    skills: many(skill, (r: ServedRole) => r.skillIds),
  },
};

/**
 * A coverage reads a version or checks a block set, then joins it to the roles; the published
 * certifications are read from Neo4j with their versions (public: anyone may ask); writes validate.
 */
export const draftsCosts: FieldCosts = {
  Query: { draftCoverage: () => 1_000, draftHistory: () => 1_000, certifications: () => 1_000 },
  Mutation: {
    saveDraft: () => 1_000,
    createDraft: () => 1_000,
    restoreDraftVersion: () => 1_000,
    publishDraft: () => 1_000,
  },
};
