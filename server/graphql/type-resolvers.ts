import type { Coverage, TrainingOffer } from '../domain/coverage.js';
import type { FamilyCoverage, UncoveredRequirement } from '../domain/family-coverage.js';
import type { GapBlock, MissingSkill, SkillGapResult } from '../domain/gap.js';
import type { PlanningContext } from '../domain/planning-context.js';
import type { RoleMatchResult } from '../domain/reachable.js';
import type {
  DevelopsRecord,
  LevelRecord,
  MoveRecord,
  RequirementRecord,
  RoleRecord,
  SkillRecord,
  TrainingBlockRecord,
  TrainingItemRecord,
} from '../domain/records.js';
import type { Route, RouteStep } from '../domain/route-planner.js';
import type { JobSheetRecord } from '../repositories/job-sheet-repository.js';
import type { ApiContext } from './context.js';

/** Maps domain records to GraphQL fields; lookups by id go through the planning graph. */

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`dangling ${what}`);
  return value;
}
const role = (p: PlanningContext, id: string) => found(p.role(id), `role ${id}`);
const skill = (p: PlanningContext, id: string): SkillRecord =>
  found(p.graph.skills.get(id), `skill ${id}`);
const block = (p: PlanningContext, id: string) => found(p.block(id), `block ${id}`);
const item = (p: PlanningContext, id: string) => found(p.item(id), `item ${id}`);

type Ctx = ApiContext;
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
    role: async (s: JobSheetRecord, _: unknown, ctx: Ctx) => role(await ctx.planning(), s.roleId),
    passerelles: async (s: JobSheetRecord, _: unknown, ctx: Ctx) => {
      const p = await ctx.planning();
      return s.passerelleIds.map((id) => role(p, id));
    },
  },
  Activity: {
    mobilises: async (a: Activity, _: unknown, ctx: Ctx) => {
      const p = await ctx.planning();
      return a.mobilises.map((id) => skill(p, id));
    },
  },
  LevelDefinition: {
    level: (l: LevelRecord) => l.id,
    typicalMonths: async (l: LevelRecord, _: unknown, ctx: Ctx) =>
      (await ctx.planning()).scale.monthsTo(l.id),
  },
  Role: {
    kind: (r: RoleRecord) => r.roleKind,
    nextMoves: (r: RoleRecord) => r.moves,
  },
  Requirement: {
    skill: async (r: RequirementRecord, _: unknown, ctx: Ctx) =>
      skill(await ctx.planning(), r.skillId),
  },
  Move: {
    from: async (m: MoveRecord, _: unknown, ctx: Ctx) => role(await ctx.planning(), m.from),
    to: async (m: MoveRecord, _: unknown, ctx: Ctx) => role(await ctx.planning(), m.to),
  },
  TrainingBlock: {
    kind: (b: TrainingBlockRecord) => b.blockKind,
  },
  TrainingItem: {
    skills: (i: TrainingItemRecord) => i.develops,
  },
  DevelopedSkill: {
    skill: async (d: DevelopsRecord, _: unknown, ctx: Ctx) =>
      skill(await ctx.planning(), d.skillId),
  },
  SkillGap: {
    targetRole: async (g: SkillGapResult, _: unknown, ctx: Ctx) =>
      role(await ctx.planning(), g.roleId),
    uncoveredSkills: async (g: SkillGapResult, _: unknown, ctx: Ctx) => {
      const p = await ctx.planning();
      return g.uncoveredSkillIds.map((id) => skill(p, id));
    },
  },
  MissingSkill: {
    skill: async (m: MissingSkill, _: unknown, ctx: Ctx) => skill(await ctx.planning(), m.skillId),
    coverage: (m: MissingSkill): Coverage => m.coverage,
    trainedBy: (m: MissingSkill) => m.offers,
  },
  TrainingOffer: {
    block: async (o: TrainingOffer, _: unknown, ctx: Ctx) => block(await ctx.planning(), o.blockId),
    item: async (o: TrainingOffer, _: unknown, ctx: Ctx) => item(await ctx.planning(), o.itemId),
  },
  BlockRecommendation: {
    block: async (b: GapBlock, _: unknown, ctx: Ctx) => block(await ctx.planning(), b.blockId),
    items: async (b: GapBlock, _: unknown, ctx: Ctx) => {
      const p = await ctx.planning();
      return b.itemIds.map((id) => item(p, id));
    },
    skills: async (b: GapBlock, _: unknown, ctx: Ctx) => {
      const p = await ctx.planning();
      return b.skillIds.map((id) => skill(p, id));
    },
  },
  CareerRoute: {
    id: (r: Route) => [r.steps[0]?.move.from, ...r.steps.map((s) => s.move.to)].join('>'),
  },
  RouteStep: {
    from: async (s: RouteStep, _: unknown, ctx: Ctx) => role(await ctx.planning(), s.move.from),
    to: async (s: RouteStep, _: unknown, ctx: Ctx) => role(await ctx.planning(), s.move.to),
    family: (s: RouteStep) => s.move.family,
    kind: (s: RouteStep) => s.move.kind,
    distance: (s: RouteStep) => s.move.distance,
    conditions: (s: RouteStep) => s.move.conditions,
    note: (s: RouteStep) => s.move.note,
    source: (s: RouteStep) => s.move.source,
  },
  FamilyCoverage: {
    roles: async (f: FamilyCoverage, _: unknown, ctx: Ctx) => {
      const p = await ctx.planning();
      return f.roleIds.map((id) => role(p, id));
    },
  },
  UncoveredRequirement: {
    skill: async (u: UncoveredRequirement, _: unknown, ctx: Ctx) =>
      skill(await ctx.planning(), u.skillId),
    roles: async (u: UncoveredRequirement, _: unknown, ctx: Ctx) => {
      const p = await ctx.planning();
      return u.roleIds.map((id) => role(p, id));
    },
  },
  RoleMatch: {
    role: async (m: RoleMatchResult, _: unknown, ctx: Ctx) => role(await ctx.planning(), m.roleId),
  },
};
