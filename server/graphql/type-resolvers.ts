import type { Coverage, TrainingOffer } from '../domain/coverage.js';
import type { FamilyCoverage, UncoveredRequirement } from '../domain/family-coverage.js';
import type { GapBlock, MissingSkill, SkillGapResult } from '../domain/gap.js';
import { conditionKinds, type RoleMatchResult } from '../domain/reachable.js';
import type { FutureProfileRecord } from '../domain/records.js';
import type {
  ConditionRecord,
  DevelopsRecord,
  LevelRecord,
  MoveRecord,
  RequirementRecord,
  RoleRecord,
  TrainingBlockRecord,
  TrainingItemRecord,
} from '../domain/records.js';
import { routeId, type RouteStep } from '../domain/route-planner.js';
import type { MemberGap, SkillNeed, TeamGapResult, TrainingNeed } from '../domain/team-gap.js';
import type { JobSheetRecord } from '../repositories/job-sheet-repository.js';
import type { ApiContext } from './context.js';
import { block, item, many, one, role, skill } from './lookups.js';

/** Maps domain records to GraphQL fields; lookups by id go through the planning graph. */

type Activity = JobSheetRecord['activities'][number];

export const typeResolvers = {
  JobSheet: {
    code: (s: JobSheetRecord) => s.sheet.code,
    title: (s: JobSheetRecord) => s.sheet.title,
    family: (s: JobSheetRecord) => s.sheet.family,
    subFamily: (s: JobSheetRecord) => s.sheet.subFamily,
    definition: (s: JobSheetRecord) => s.sheet.definition,
    prerequisites: (s: JobSheetRecord) => s.sheet.prerequisites,
    professionalRelations: (s: JobSheetRecord) => s.sheet.professionalRelations,
    trainingLevel: (s: JobSheetRecord) => s.sheet.trainingLevel,
    statutoryCorrespondence: (s: JobSheetRecord) => s.sheet.statutoryCorrespondence,
    source: (s: JobSheetRecord) => s.sheet.source,
    role: one(role, (s: JobSheetRecord) => s.roleId),
    passerelles: many(role, (s: JobSheetRecord) => s.passerelleIds),
  },
  Activity: {
    mobilises: many(skill, (a: Activity) => a.mobilises),
  },
  LevelDefinition: {
    level: (l: LevelRecord) => l.id,
    typicalMonths: async (l: LevelRecord, _: unknown, ctx: ApiContext) =>
      (await ctx.planning()).scale.monthsTo(l.id),
  },
  Condition: { kinds: (c: ConditionRecord) => conditionKinds(c) },
  Role: {
    kind: (r: RoleRecord) => r.roleKind,
    aliases: (r: RoleRecord) => r.aliases ?? [],
    nextMoves: (r: RoleRecord) => r.moves,
  },
  Requirement: {
    skill: one(skill, (r: RequirementRecord) => r.skillId),
  },
  Move: {
    rank: (m: MoveRecord) => m.rank ?? null,
    from: one(role, (m: MoveRecord) => m.from),
    to: one(role, (m: MoveRecord) => m.to),
  },
  TrainingBlock: {
    kind: (b: TrainingBlockRecord) => b.blockKind,
  },
  TrainingItem: {
    skills: (i: TrainingItemRecord) => i.develops,
  },
  DevelopedSkill: {
    skill: one(skill, (d: DevelopsRecord) => d.skillId),
  },
  SkillGap: {
    targetRole: one(role, (g: SkillGapResult) => g.roleId),
    uncoveredSkills: many(skill, (g: SkillGapResult) => g.uncoveredSkillIds),
  },
  MissingSkill: {
    skill: one(skill, (m: MissingSkill) => m.skillId),
    coverage: (m: MissingSkill): Coverage => m.coverage,
    trainedBy: (m: MissingSkill) => m.offers,
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
  },
  FamilyCoverage: {
    roles: many(role, (f: FamilyCoverage) => f.roleIds),
  },
  UncoveredRequirement: {
    skill: one(skill, (u: UncoveredRequirement) => u.skillId),
    roles: many(role, (u: UncoveredRequirement) => u.roleIds),
  },
  RoleMatch: {
    role: one(role, (m: RoleMatchResult) => m.roleId),
    via: many(role, (m: RoleMatchResult) => m.viaRoleIds),
  },
  TeamGap: {
    uncoveredSkills: (t: TeamGapResult) => t.uncovered,
    summary: (t: TeamGapResult) => ({
      ...t.summary,
      topMissingSkills: t.summary.topMissing,
    }),
  },
  TeamMemberGap: {
    id: (m: MemberGap) => m.memberId,
    currentRole: one(role, (m: MemberGap) => m.currentRoleId),
    role: one(role, (m: MemberGap) => m.roleId),
    matchPercent: (m: MemberGap) => m.gap.matchPercent,
    cost: (m: MemberGap) => m.gap.cost,
    estimatedMonths: (m: MemberGap) => m.gap.estimatedMonths,
  },
  TrainingNeed: {
    block: one(block, (n: TrainingNeed) => n.blockId),
    item: one(item, (n: TrainingNeed) => n.itemId),
  },
  FutureProfile: {
    roles: many(role, (f: FutureProfileRecord) => f.anticipates.map((a) => a.roleId)),
  },
  SkillNeed: {
    skill: one(skill, (n: SkillNeed) => n.skillId),
  },
};
