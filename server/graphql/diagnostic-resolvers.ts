import type { ItemToWork, ScenarioDistance } from '../domain/diagnostic.js';
import type { PlanningContext } from '../domain/planning-context.js';
import type { ScenarioRecord, TensionAxisRecord } from '../domain/records.js';
import {
  diagnostic,
  type Advice,
  type ProfileAdvice,
  type SkillAdvice,
} from '../services/diagnostic-service.js';
import type { QueryDiagnosticArgs } from './api-types.generated.js';
import { diagnosticArgs, parseArgs } from './arguments.js';
import type { ApiContext } from './context.js';

/** The maturity diagnostic (4.1) and the scenarios (3.2): root fields and type resolvers. */

const model = async (ctx: ApiContext) => (await ctx.planning()).graph.prospective;

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`dangling ${what}`);
  return value;
}
const axisOf = (p: PlanningContext, id: string) =>
  found(
    p.graph.prospective.axes.find((a) => a.id === id),
    `axis ${id}`,
  );
const itemOf = (p: PlanningContext, id: string) =>
  found(
    p.graph.prospective.items.find((i) => i.id === id),
    `item ${id}`,
  );
const scenarioOf = (p: PlanningContext, id: string) =>
  found(
    p.graph.prospective.scenarios.find((s) => s.id === id),
    `scenario ${id}`,
  );

/** A field holding an axis id, resolved through the planning graph. */
const withAxis = async (parent: { axisId: string }, _: unknown, ctx: ApiContext) =>
  axisOf(await ctx.planning(), parent.axisId);

export const diagnosticQuery = {
  tensionAxes: async (_: unknown, _args: unknown, ctx: ApiContext) => (await model(ctx)).axes,
  scenarios: async (_: unknown, _args: unknown, ctx: ApiContext) => (await model(ctx)).scenarios,
  diagnostic: async (_: unknown, args: QueryDiagnosticArgs, ctx: ApiContext) =>
    diagnostic(await ctx.planning(), parseArgs(diagnosticArgs, args).scores),
};

export const diagnosticTypes = {
  TensionAxis: {
    items: async (axis: TensionAxisRecord, _: unknown, ctx: ApiContext) =>
      (await model(ctx)).items.filter((i) => i.axisId === axis.id),
  },
  ScenarioPosition: { axis: withAxis },
  ScenarioSuits: {
    profile: async (s: { profileId: string }, _: unknown, ctx: ApiContext) =>
      found((await ctx.planning()).graph.futureProfiles.get(s.profileId), `profile ${s.profileId}`),
  },
  RoleOutlook: {
    role: async (o: { roleId: string }, _: unknown, ctx: ApiContext) =>
      found((await ctx.planning()).role(o.roleId), `role ${o.roleId}`),
  },
  Scenario: {
    suits: (s: ScenarioRecord) => s.suits,
    outlook: (s: ScenarioRecord) => s.outlook,
  },
  AxisScore: { axis: withAxis },
  AxisDifference: { axis: withAxis },
  ScenarioDistance: {
    scenario: async (d: ScenarioDistance, _: unknown, ctx: ApiContext) =>
      scenarioOf(await ctx.planning(), d.scenarioId),
  },
  ItemToWork: {
    item: async (w: ItemToWork, _: unknown, ctx: ApiContext) =>
      itemOf(await ctx.planning(), w.itemId),
  },
  Advice: { profiles: (a: Advice) => a.profiles },
  ProfileAdvice: {
    profile: async (p: ProfileAdvice, _: unknown, ctx: ApiContext) =>
      found((await ctx.planning()).graph.futureProfiles.get(p.profileId), `profile ${p.profileId}`),
  },
  SkillAdvice: {
    skill: async (s: SkillAdvice, _: unknown, ctx: ApiContext) =>
      found((await ctx.planning()).graph.skills.get(s.skillId), `skill ${s.skillId}`),
  },
  TrainingAdvice: {
    block: async (t: SkillAdvice['training'][number], _: unknown, ctx: ApiContext) =>
      found((await ctx.planning()).block(t.blockId), `block ${t.blockId}`),
    item: async (t: SkillAdvice['training'][number], _: unknown, ctx: ApiContext) =>
      found((await ctx.planning()).item(t.itemId), `item ${t.itemId}`),
  },
};
