import { z } from 'zod';
import { slugSchema } from '../../schema/common.js';
import { evidenceFor, stanceOf, themesOf } from '../domain/evidence.js';
import type { StatementRecord } from '../domain/records.js';
import type {
  QueryEvidenceArgs,
  QueryStatementsArgs,
  QueryWorkforceArgs,
} from './api-types.generated.js';
import { romeRelease } from '../services/rome-import.js';
import { parseArgs } from './arguments.js';
import type { ApiContext } from './context.js';

/** « Le métier »: the questionnaire and its evidence, the workforce, the training ideas. */

const model = async (ctx: ApiContext) => (await ctx.planning()).graph.profession;

const themeArgs = z.object({ theme: z.string().max(200, 'is too long').nullish() });
const idArgs = z.object({ id: slugSchema });
const roleArgs = z.object({ roleId: slugSchema });

export const professionQuery = {
  statements: async (_: unknown, args: QueryStatementsArgs, ctx: ApiContext) => {
    const { theme } = parseArgs(themeArgs, args);
    const { statements } = await model(ctx);
    return theme ? statements.filter((s) => s.theme === theme) : statements;
  },
  questionnaireThemes: async (_: unknown, _args: unknown, ctx: ApiContext) =>
    themesOf((await model(ctx)).statements),
  evidence: async (_: unknown, args: QueryEvidenceArgs, ctx: ApiContext) =>
    evidenceFor((await model(ctx)).statements, parseArgs(idArgs, args).id),
  workforce: async (_: unknown, args: QueryWorkforceArgs, ctx: ApiContext) => {
    const { roleId } = parseArgs(roleArgs, args);
    return (await model(ctx)).figures.filter((f) => f.roleId === roleId);
  },
  trainingIdeas: async (_: unknown, _args: unknown, ctx: ApiContext) => (await model(ctx)).ideas,
  romeRelease: (_: unknown, _args: unknown, ctx: ApiContext) => romeRelease(ctx.gateway),
};

export const professionTypes = {
  Statement: { stance: (s: StatementRecord) => stanceOf(s) },
};
