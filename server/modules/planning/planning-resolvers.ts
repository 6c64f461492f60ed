import type { Coverage, TrainingOffer } from '../../domain/coverage.js';
import type { GapBlock, MissingSkill, SkillGapResult } from '../../domain/gap.js';
import type { RoleMatchResult } from '../../domain/reachable.js';
import { routeId, type RouteStep } from '../../domain/route-planner.js';
import type { Resolvers } from '../../graphql/api-types.generated.js';
import { certificationsArgs, diplomasArgs, parseArgs } from '../../graphql/arguments.js';
import { block, item, many, one, role, skill } from '../../graphql/lookups.js';
import { careerRoutesArgs, reachableRolesArgs, skillGapArgs } from './planning-arguments.js';
import { careerRoutes, reachable, skillGap, stepCertifications } from './planning-service.js';
import type { BlocCredit, BlocSkillCredit } from '../../domain/bloc-credit.js';
import { blockCode } from '../drafts/draft-export.js';
import { publishedOnce } from '../drafts/publication-service.js';
import type { FieldCosts } from '../../graphql/field-costs.js';
import { schemeSources, type FundingRecord } from '../../domain/funding.js';
import type { StepMeansRecord } from '../../domain/step-means.js';
import type { FundingScheme } from '../../../schema/funding.js';

/** The route planner: what a profile lacks for a role, the routes there, the roles within reach. */

export const planningResolvers: Resolvers = {
  Query: {
    skillGap: async (_, args, ctx) => {
      const { profile, targetRoleId } = parseArgs(skillGapArgs, args);
      return skillGap(await ctx.planning(), profile, targetRoleId);
    },
    careerRoutes: async (_, args, ctx) => {
      const parsed = parseArgs(careerRoutesArgs, args);
      if (parsed.includeRome) ctx.useRome();
      return careerRoutes(await ctx.planning(), parsed, ctx.deadline);
    },
    reachableRoles: async (_, args, ctx) =>
      reachable(await ctx.planning(), parseArgs(reachableRolesArgs, args)).matches,
    reachable: async (_, args, ctx) => {
      const parsed = parseArgs(reachableRolesArgs, args);
      if (parsed.includeRome) ctx.useRome();
      return reachable(await ctx.planning(), parsed);
    },
  },
  SkillGap: {
    targetRole: one(role, (g: SkillGapResult) => g.roleId),
    uncoveredSkills: many(skill, (g: SkillGapResult) => g.uncoveredSkillIds),
  },
  MissingSkill: {
    skill: one(skill, (m: MissingSkill) => m.skillId),
    coverage: (m: MissingSkill): Coverage => m.coverage,
    trainedBy: (m: MissingSkill) => m.offers,
    currentEvidence: (m: MissingSkill) => m.evidence?.kind ?? null,
    currentEvidenceDate: (m: MissingSkill) => m.evidence?.date ?? null,
  },
  TrainingOffer: {
    block: one(block, (o: TrainingOffer) => o.blockId),
    item: one(item, (o: TrainingOffer) => o.itemId),
  },
  BlockRecommendation: {
    block: one(block, (b: GapBlock) => b.blockId),
    items: many(item, (b: GapBlock) => b.itemIds),
    skills: many(skill, (b: GapBlock) => b.skillIds),
  },
  CareerRoute: {
    id: routeId,
  },
  RouteStep: {
    from: one(role, (s: RouteStep) => s.move.from),
    to: one(role, (s: RouteStep) => s.move.to),
    family: (s: RouteStep) => s.move.family,
    kind: (s: RouteStep) => s.move.kind,
    distance: (s: RouteStep) => s.move.distance,
    kindSource: (s: RouteStep) => s.move.kindSource,
    rank: (s: RouteStep) => s.move.rank ?? null,
    conditions: (s: RouteStep) => s.conditions,
    note: (s: RouteStep) => s.move.note,
    source: (s: RouteStep) => s.move.source,
    means: (s: RouteStep) => s.means ?? [],
    funding: (s: RouteStep) => s.funding ?? [],
    diplomas: (s: RouteStep, args) =>
      (s.diplomas ?? []).slice(0, parseArgs(diplomasArgs, args).limit),
    certifications: async (s: RouteStep, args, ctx) =>
      stepCertifications(s, await publishedOnce(ctx, ctx.gateway)).slice(
        0,
        parseArgs(certificationsArgs, args).limit,
      ),
  },
  BlocCredit: {
    code: (b: BlocCredit) => blockCode(b.number),
  },
  BlocSkillCredit: {
    // A published version keeps the skills it was saved with: one may have left the dataset.
    skill: async (s: BlocSkillCredit, _, ctx) =>
      (await ctx.planning()).graph.skills.get(s.skillId) ?? null,
  },
  StepMeans: {
    block: async (m: StepMeansRecord, _, ctx) =>
      m.blockId === null ? null : block(await ctx.planning(), m.blockId),
  },
  Funding: {
    scheme: (f: FundingRecord) => f.scheme,
  },
  FundingScheme: {
    sources: schemeSources,
    reviewNote: (s: FundingScheme) => s.reviewNote ?? null,
  },
  RoleMatch: {
    role: one(role, (m: RoleMatchResult) => m.roleId),
    via: many(role, (m: RoleMatchResult) => m.viaRoleIds),
  },
};

/** The route search, and a gap per reachable role. */
export const planningCosts: FieldCosts = {
  Query: { careerRoutes: () => 1_000, reachable: () => 1_000 },
};
