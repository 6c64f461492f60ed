import { z } from 'zod';

/** The documents every fact must come from (see ../shared/DOMAIN.md). */
export const SOURCE_DOCUMENTS = {
  study: '000_3c4ce5580e3f1980.txt',
  article: '004_14c123c911b5af26.txt',
  officialSheets: 'target-roles.md',
} as const;

const documentNames: readonly string[] = Object.values(SOURCE_DOCUMENTS);

/**
 * `"<document>#<section or Qnn>"` or `"derived: <one-line rationale>"`.
 */
export const sourceSchema = z
  .string({ error: 'source is required' })
  .trim()
  .min(1, { message: 'source must not be empty', abort: true })
  .refine(
    (value) => {
      if (value.startsWith('derived:')) return value.slice('derived:'.length).trim().length >= 10;
      const [document, locator] = value.split('#', 2);
      return documentNames.includes(document ?? '') && (locator ?? '').trim().length > 0;
    },
    {
      message: `source must be "<document>#<section or Qnn>" with a document among ${documentNames.join(', ')}, or "derived: <rationale>" (a rationale of at least 10 characters)`,
    },
  );

export const isDerived = (source: string): boolean => source.startsWith('derived:');

export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'id must be an ASCII slug (lower-case letters, digits, hyphens)',
  );

export const textSchema = z.string().trim().min(1, 'must not be empty');

/**
 * How a person's level of a skill is known: declared by her; validated by her manager (at the
 * entretien professionnel, for example); certified by a diploma, a certification bloc or a VAE.
 */
export const LEVEL_EVIDENCE = ['DECLARED', 'VALIDATED', 'CERTIFIED'] as const;
export const levelEvidenceSchema = z.enum(LEVEL_EVIDENCE);
export type LevelEvidence = z.infer<typeof levelEvidenceSchema>;

/** Connaissances générales / opérationnelles / approfondies (job sheet 40L20). */
export const LEVELS = ['GENERAL', 'OPERATIONAL', 'DEEP'] as const;
export const levelSchema = z.enum(LEVELS, {
  error: (issue) =>
    `unknown level ${JSON.stringify(issue.input)}: expected one of ${LEVELS.join(', ')}`,
});
export type Level = z.infer<typeof levelSchema>;

export const PATH_FAMILIES = [
  'EXPERTISE',
  'COORDINATION',
  'MANAGEMENT',
  'OTHER_PUBLIC_SERVICE',
  'PRIVATE_SECTOR',
] as const;
export const pathFamilySchema = z.enum(PATH_FAMILIES);
export type PathFamily = z.infer<typeof pathFamilySchema>;

export const SKILL_KINDS = ['SAVOIR_FAIRE', 'KNOWLEDGE', 'SAVOIR_ETRE'] as const;
export const skillKindSchema = z.enum(SKILL_KINDS);
export type SkillKind = z.infer<typeof skillKindSchema>;

export const MOVE_KINDS = ['PASSERELLE', 'PROMOTION', 'MOBILITY', 'EVOLUTION', 'ENTRY'] as const;
export const moveKindSchema = z.enum(MOVE_KINDS);
export type MoveKind = z.infer<typeof moveKindSchema>;

/** Répertoire des métiers: a short move needs on-the-job adaptation, a long one prior training. */
export const MOVE_DISTANCES = ['SHORT', 'LONG'] as const;
export const moveDistanceSchema = z.enum(MOVE_DISTANCES);

export const CONDITION_KINDS = [
  'CONCOURS',
  'DIPLOMA',
  'CERTIFICATION',
  'CATEGORY_CHANGE',
  'EXPERIENCE',
  'TRAINING',
  'RECLASSIFICATION',
  'STATUS_CHANGE',
] as const;
export const conditionKindSchema = z.enum(CONDITION_KINDS);
export type ConditionKind = z.infer<typeof conditionKindSchema>;

/** CORE: the study's three blocks; COMPLEMENT: specialisations and complements. */
export const BLOCK_KINDS = ['CORE', 'COMPLEMENT'] as const;
export const blockKindSchema = z.enum(BLOCK_KINDS);

export const SECTORS = [
  'FPH',
  'FPE_FPT',
  'PRIVATE_ASSOCIATIVE',
  'OUTSIDE_EMPLOYMENT',
  /** A ROME fiche: a job in any sector. */
  'ALL_SECTORS',
] as const;
export const sectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof sectorSchema>;

export const ROLE_KINDS = [
  'CURRENT_JOB',
  'PATH_TARGET',
  'ENTRY',
  'FUTURE_VARIANT',
  /** A job of France Travail's ROME that no study role stands for. */
  'ROME_FICHE',
] as const;
export const roleKindSchema = z.enum(ROLE_KINDS);
export type RoleKind = z.infer<typeof roleKindSchema>;

export const CATEGORIES = ['A', 'B', 'C'] as const;
export const categorySchema = z.enum(CATEGORIES);

export const AXIS_POSITIONS = ['LOW', 'MIDDLE', 'HIGH'] as const;
export const axisPositionSchema = z.enum(AXIS_POSITIONS);

/** A diagnostic item's direction: a high score leans to the axis's high pole, or to its low one. */
export const ITEM_POLARITIES = ['DIRECT', 'REVERSED'] as const;
export const itemPolaritySchema = z.enum(ITEM_POLARITIES);

/** What a scenario means for a role: the study's picture favours it, or puts it at risk. */
export const OUTLOOK_EFFECTS = ['FAVOURED', 'AT_RISK'] as const;
export const outlookEffectSchema = z.enum(OUTLOOK_EFFECTS);
