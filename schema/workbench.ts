import { z } from 'zod';
import { levelSchema, sourceSchema } from './common.js';
import { NODE_LABELS } from './nodes.js';

/**
 * The designers' workbench: accounts, sessions, login throttles and block-set drafts
 * (maquettes). These nodes are the application's, not the study's: they carry no `source` of the
 * study, the dataset seeding never reads or deletes them (their labels are outside NODE_LABELS),
 * and a draft never points at a dataset node (a version is an immutable snapshot that names
 * skills by id), so a reseed that renames or drops a skill cannot rewrite a draft's history.
 */
export const WORKBENCH_LABELS = [
  'Account',
  'Session',
  'LoginThrottle',
  'Draft',
  'DraftVersion',
  'Publication',
] as const;

/** The two sets of labels never meet: the seed reconciliation is scoped to NODE_LABELS. */
export const workbenchLabelsAreApart = (): boolean =>
  WORKBENCH_LABELS.every((label) => !(NODE_LABELS as readonly string[]).includes(label));

export const ACCOUNT_ROLES = ['DESIGNER', 'ADMIN'] as const;
export const accountRoleSchema = z.enum(ACCOUNT_ROLES);
export type AccountRole = z.infer<typeof accountRoleSchema>;

export const TRAINING_MODALITIES = [
  'PRESENTIEL',
  'DISTANCIEL',
  'SITUATION_DE_TRAVAIL',
  'TUTORAT',
] as const;
export const trainingModalitySchema = z.enum(TRAINING_MODALITIES);
export type TrainingModality = z.infer<typeof trainingModalitySchema>;

/** The source of whatever a designer writes without citing the study. */
export const AUTHORED_SOURCE = "proposé par l'auteur·e de la maquette";

/** Size limits of one draft version: generous for a real référentiel, bounded for the server. */
export const DRAFT_LIMITS = {
  blocks: 20,
  itemsPerBlock: 40,
  skillsPerItem: 30,
  hoursPerItem: 2_000,
} as const;

const text = (max: number) => z.string().trim().max(max, `is longer than ${max} characters`);
const required = (max: number) => text(max).min(1, 'must not be empty');
const partId = z
  .string()
  .regex(/^[a-z0-9]{1,24}$/, 'must be 1 to 24 lower-case letters or digits')
  .nullish();

/** A study citation, or the designer's own proposal. */
const draftSource = z
  .string()
  .trim()
  .max(300, 'is longer than 300 characters')
  .nullish()
  .transform((value) => (value ? value : AUTHORED_SOURCE))
  .refine((value) => value === AUTHORED_SOURCE || sourceSchema.safeParse(value).success, {
    message: `must cite the study ("<document>#<section>"), be "derived: <rationale>", or be "${AUTHORED_SOURCE}"`,
  });

export const draftSkillSchema = z.object({
  skillId: required(100),
  level: levelSchema,
  source: draftSource,
});

export const draftItemSchema = z.object({
  id: partId,
  label: required(300),
  skills: z
    .array(draftSkillSchema)
    .max(DRAFT_LIMITS.skillsPerItem, `lists more than ${DRAFT_LIMITS.skillsPerItem} skills`),
  hours: z
    .number()
    .min(0, 'must not be negative')
    .max(DRAFT_LIMITS.hoursPerItem, `must be at most ${DRAFT_LIMITS.hoursPerItem}`)
    .nullish()
    .transform((v) => v ?? null),
  modality: trainingModalitySchema.nullish().transform((v) => v ?? null),
  evaluation: text(1_000)
    .nullish()
    .transform((v) => v ?? ''),
  notes: text(2_000)
    .nullish()
    .transform((v) => v ?? ''),
  source: draftSource,
});

export const draftBlockSchema = z.object({
  id: partId,
  title: required(200),
  aim: text(1_000)
    .nullish()
    .transform((v) => v ?? ''),
  items: z
    .array(draftItemSchema)
    .max(DRAFT_LIMITS.itemsPerBlock, `lists more than ${DRAFT_LIMITS.itemsPerBlock} items`),
});

export const draftBlocksSchema = z
  .array(draftBlockSchema)
  .max(DRAFT_LIMITS.blocks, `lists more than ${DRAFT_LIMITS.blocks} blocks`);

/** A block set as the designer sends it (ids optional: the server names new blocks and items). */
export type DraftBlockInput = z.input<typeof draftBlockSchema>;

export interface DraftSkill {
  skillId: string;
  level: z.infer<typeof levelSchema>;
  source: string;
}
export interface DraftItem {
  id: string;
  label: string;
  skills: DraftSkill[];
  hours: number | null;
  modality: TrainingModality | null;
  evaluation: string;
  notes: string;
  source: string;
}
export interface DraftBlock {
  id: string;
  title: string;
  aim: string;
  items: DraftItem[];
}

/** What a version stores, as JSON in one property: the snapshot is immutable. */
export const storedBlocksSchema: z.ZodType<DraftBlock[]> = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    aim: z.string(),
    items: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        skills: z.array(z.object({ skillId: z.string(), level: levelSchema, source: z.string() })),
        hours: z.number().nullable(),
        modality: trainingModalitySchema.nullable(),
        evaluation: z.string(),
        notes: z.string(),
        source: z.string(),
      }),
    ),
  }),
);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'is too long')
  .pipe(z.email({ error: 'is not an e-mail address' }));

/** Long enough that a throttled attacker cannot guess it; no composition rules (NIST 800-63B). */
export const passwordSchema = z
  .string()
  .min(12, 'must be at least 12 characters long')
  .max(256, 'must be at most 256 characters long');
