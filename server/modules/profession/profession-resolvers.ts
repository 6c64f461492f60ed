import { z } from 'zod';
import { slugSchema } from '../../../schema/common.js';
import type { StatementRecord } from '../../domain/records.js';
import type { Resolvers } from '../../graphql/api-types.generated.js';
import { parseArgs } from '../../graphql/arguments.js';
import type { ApiContext } from '../../graphql/context.js';
import { many, one, role, skill } from '../../graphql/lookups.js';
import { evidenceFor, stanceOf, themesOf } from './evidence.js';
import type { JobSheetRecord } from './job-sheet-repository.js';
import type { PositioningItem } from './positioning.js';
import { jobSheet, positioningFor } from './profession-service.js';

/** « Le métier »: the job sheet, the questionnaire and its evidence, the workforce, the training ideas. */

const model = async (ctx: ApiContext) => (await ctx.planning()).graph.profession;

const themeArgs = z.object({ theme: z.string().max(200, 'is too long').nullish() });
const idArgs = z.object({ id: slugSchema });
const roleArgs = z.object({ roleId: slugSchema });
const codeArgs = z.object({
  code: z.string().trim().min(1, 'must not be empty').max(20, 'is too long'),
});

type Activity = JobSheetRecord['activities'][number];

export const professionResolvers: Resolvers = {
  Query: {
    jobSheet: (_, args, ctx) => jobSheet(ctx.gateway, parseArgs(codeArgs, args).code),
    statements: async (_, args, ctx) => {
      const { theme } = parseArgs(themeArgs, args);
      const { statements } = await model(ctx);
      return theme ? statements.filter((s) => s.theme === theme) : statements;
    },
    questionnaireThemes: async (_, _args, ctx) => themesOf((await model(ctx)).statements),
    evidence: async (_, args, ctx) =>
      evidenceFor((await model(ctx)).statements, parseArgs(idArgs, args).id),
    workforce: async (_, args, ctx) => {
      const { roleId } = parseArgs(roleArgs, args);
      return (await model(ctx)).figures.filter((f) => f.roleId === roleId);
    },
    trainingIdeas: async (_, _args, ctx) => (await model(ctx)).ideas,
    positioning: async (_, args, ctx) =>
      positioningFor(await ctx.planning(), parseArgs(roleArgs, args).roleId),
  },
  PositioningItem: { skill: one(skill, (i: PositioningItem) => i.skillId) },
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
  Statement: { stance: (s: StatementRecord) => stanceOf(s) },
};
