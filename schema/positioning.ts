import { z } from 'zod';
import { LEVELS, levelSchema, slugSchema, sourceSchema, type Level } from './common.js';

/**
 * « Me positionner » (seeds/positioning-statements.yaml): for a skill, observable statements per
 * level that a person answers in plain words. The statements' wording is the project's; what each
 * is written from is its `source`, and why it stands for its level is the file's `levelSources`.
 */

export const positioningStatementSchema = z.strictObject({
  level: levelSchema,
  /** In the first person, something one can see oneself doing (« Je programme… »). */
  text: z
    .string()
    .trim()
    .min(20, 'says in a sentence what the person does')
    .regex(/^(Je |J'|Avant |Au |Dans |Face )/, 'is said in the first person, as she would'),
  source: sourceSchema,
});
export type PositioningStatementData = z.infer<typeof positioningStatementSchema>;

export const skillStatementsSchema = z
  .strictObject({
    skill: slugSchema,
    statements: z.array(positioningStatementSchema).min(LEVELS.length),
  })
  .refine((s) => LEVELS.every((level) => s.statements.some((st) => st.level === level)), {
    message: `gives at least one statement for each level (${LEVELS.join(', ')})`,
    path: ['statements'],
  });

export const positioningFileSchema = z.strictObject({
  /** Why a statement stands for its level: one rationale per level, the same for every skill. */
  levelSources: z.strictObject({
    GENERAL: sourceSchema,
    OPERATIONAL: sourceSchema,
    DEEP: sourceSchema,
  }),
  skills: z.array(skillStatementsSchema).min(1),
});

/** A statement as the API serves it: an id that stays while the file keeps its order. */
export interface PositioningStatement extends PositioningStatementData {
  /** `<skill>.<LEVEL>.<n>`: n counts the skill's statements of that level from 1. */
  id: string;
  levelSource: string;
}

export type PositioningStatements = ReadonlyMap<string, readonly PositioningStatement[]>;

/** Statement ids by skill, the level's rationale on each statement. */
export function indexStatements(
  file: z.infer<typeof positioningFileSchema>,
): PositioningStatements {
  const out = new Map<string, PositioningStatement[]>();
  for (const { skill, statements } of file.skills) {
    const count: Partial<Record<Level, number>> = {};
    out.set(
      skill,
      statements.map((s) => {
        const n = (count[s.level] = (count[s.level] ?? 0) + 1);
        return { ...s, id: `${skill}.${s.level}.${n}`, levelSource: file.levelSources[s.level] };
      }),
    );
  }
  return out;
}
