import { z } from 'zod';
import type { ItemToWork, ScenarioDistance } from './diagnostic.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import type { ScenarioRecord, TensionAxisRecord } from '../../domain/records.js';
import {
  diagnostic,
  type Advice,
  type ProfileAdvice,
  type SkillAdvice,
} from './diagnostic-service.js';
import type { Resolvers } from '../../graphql/api-types.generated.js';
import { parseArgs } from '../../graphql/arguments.js';
import type { ApiContext } from '../../graphql/context.js';
import { block, found, futureProfile, item, one, role, skill } from '../../graphql/lookups.js';

/** The maturity diagnostic (4.1) and the scenarios (3.2): root fields and type resolvers. */

const model = async (ctx: ApiContext) => (await ctx.planning()).graph.prospective;

const axis = (p: PlanningContext, id: string) =>
  found(
    p.graph.prospective.axes.find((a) => a.id === id),
    `axis ${id}`,
  );
const diagnosticItem = (p: PlanningContext, id: string) =>
  found(
    p.graph.prospective.items.find((i) => i.id === id),
    `item ${id}`,
  );
const scenario = (p: PlanningContext, id: string) =>
  found(
    p.graph.prospective.scenarios.find((s) => s.id === id),
    `scenario ${id}`,
  );

/** A field holding an axis id. */
const withAxis = one(axis, (parent: { axisId: string }) => parent.axisId);
type Training = SkillAdvice['training'][number];

const diagnosticArgs = z.object({
  scores: z
    .array(
      z.object({
        itemId: z.string().max(100, 'is too long'),
        today: z
          .number()
          .nullish()
          .transform((v) => v ?? null),
        tomorrow: z
          .number()
          .nullish()
          .transform((v) => v ?? null),
      }),
    )
    .max(100, 'lists too many scores'),
});

export const diagnosticResolvers: Resolvers = {
  Query: {
    tensionAxes: async (_, _args, ctx) => (await model(ctx)).axes,
    scenarios: async (_, _args, ctx) => (await model(ctx)).scenarios,
    diagnostic: async (_, args, ctx) =>
      diagnostic(await ctx.planning(), parseArgs(diagnosticArgs, args).scores),
  },
  TensionAxis: {
    items: async (a: TensionAxisRecord, _: unknown, ctx: ApiContext) =>
      (await model(ctx)).items.filter((i) => i.axisId === a.id),
  },
  ScenarioPosition: { axis: withAxis },
  ScenarioSuits: { profile: one(futureProfile, (s: { profileId: string }) => s.profileId) },
  RoleOutlook: { role: one(role, (o: { roleId: string }) => o.roleId) },
  Scenario: {
    suits: (s: ScenarioRecord) => s.suits,
    outlook: (s: ScenarioRecord) => s.outlook,
  },
  AxisScore: { axis: withAxis },
  AxisDifference: { axis: withAxis },
  ScenarioDistance: { scenario: one(scenario, (d: ScenarioDistance) => d.scenarioId) },
  ItemToWork: { item: one(diagnosticItem, (w: ItemToWork) => w.itemId) },
  Advice: { profiles: (a: Advice) => a.profiles },
  ProfileAdvice: { profile: one(futureProfile, (p: ProfileAdvice) => p.profileId) },
  SkillAdvice: { skill: one(skill, (s: SkillAdvice) => s.skillId) },
  TrainingAdvice: {
    block: one(block, (t: Training) => t.blockId),
    item: one(item, (t: Training) => t.itemId),
  },
};
