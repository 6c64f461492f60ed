import type { Resolvers } from '../../graphql/api-types.generated.js';
import {
  coverageByFamily,
  type FamilyCoverage,
  type UncoveredRequirement,
} from '../../domain/family-coverage.js';
import type {
  DevelopsRecord,
  TrainingBlockRecord,
  TrainingItemRecord,
} from '../../domain/records.js';
import { many, one, role, skill } from '../../graphql/lookups.js';

/** The study's training blocks, and which required skills no block teaches up to their level. */

export const trainingResolvers: Resolvers = {
  Query: {
    trainingBlocks: async (_, _args, ctx) => (await ctx.planning()).graph.blocks,
    trainingCoverage: async (_, _args, ctx) => coverageByFamily(await ctx.planning()),
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
  FamilyCoverage: {
    roles: many(role, (f: FamilyCoverage) => f.roleIds),
  },
  UncoveredRequirement: {
    skill: one(skill, (u: UncoveredRequirement) => u.skillId),
    roles: many(role, (u: UncoveredRequirement) => u.roleIds),
  },
};
