import { z } from 'zod';
import { levelSchema, skillKindSchema } from './common.js';
import { legalReferenceSchema } from './legal.js';

/**
 * France Travail's ROME 4.0, stored beside the study: its own labels and relationship
 * types, so that reseeding the study (which reconciles NODE_LABELS only) never touches it, and
 * importing ROME never touches the study, the drafts or the accounts.
 *
 * An import writes the new release under the staging labels, then one transaction swaps it in
 * (the live nodes become retired, the staged ones live) and the retired ones are deleted: a
 * failed import leaves the previous release as it was.
 */
export const ROME_LABELS = ['RomeFiche', 'RomeSkill'] as const;
export type RomeLabel = (typeof ROME_LABELS)[number];
export const ROME_STAGING_LABEL: Readonly<Record<RomeLabel, string>> = {
  RomeFiche: 'RomeFicheNext',
  RomeSkill: 'RomeSkillNext',
};
export const ROME_RETIRED_LABEL: Readonly<Record<RomeLabel, string>> = {
  RomeFiche: 'RomeFicheOld',
  RomeSkill: 'RomeSkillOld',
};
export const ROME_TYPES = ['ROME_REQUIRES', 'ROME_MOBILITY'] as const;
export type RomeType = (typeof ROME_TYPES)[number];
/**
 * The reviewed joins between the study's vocabulary and ROME's (seeds/rome-joins.yaml): a role
 * that is a fiche's job (ROME_FICHE), a role that only bears one of a fiche's appellations
 * (ROME_APPELLATION: not the fiche's job, nothing of the fiche applies to it), a skill that is
 * an item (ROME_ITEM).
 */
export const ROME_JOIN_TYPES = ['ROME_FICHE', 'ROME_APPELLATION', 'ROME_ITEM'] as const;

/** The bookkeeping node's id (a DatasetVersion, like the study's). */
export const ROME_DATASET_ID = 'rome';

export const romeReleaseSchema = z.object({
  /** « 60 » */
  number: z.string().regex(/^\d+$/),
  /** « v460 », as in the file names. */
  code: z.string().regex(/^v\d+$/),
  /** ISO date of publication. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: z.string(),
});
export type RomeRelease = z.infer<typeof romeReleaseSchema>;

const frenchDate = (iso: string) => iso.split('-').reverse().join('/');

/** « France Travail — ROME 4.0 v460 (18/09/2025) »: the credit the licence asks for. */
export const romeCredit = (release: Pick<RomeRelease, 'code' | 'published'>): string =>
  `France Travail — ROME 4.0 ${release.code} (${frenchDate(release.published)})`;

/** A ROME fact's source: the credit and the file it comes from. */
export const romeSource = (release: RomeRelease, file: string): string =>
  `${romeCredit(release)}, ${file}`;

export const ROME_LICENCE =
  'Licence Ouverte / Open Licence (Etalab) : réutilisation libre, en citant la source et la date.';

export const romeFicheSchema = z.object({
  /** The ROME code (« M1609 »), also the node's id. */
  id: z.string().regex(/^[A-Z]\d{4}$/),
  title: z.string().min(1),
  /** Regulated job: a diploma or an authorisation is required (null: ROME does not say). */
  regulated: z.boolean().nullable(),
  cadre: z.boolean().nullable(),
  domainCode: z.string(),
  domain: z.string(),
  grandDomain: z.string(),
  /** Its appellations (job titles), for search. */
  appellations: z.array(z.string()),
  /** ROME's definition of the job, and how one enters it (« Cet emploi est accessible avec… »). */
  definition: z.string(),
  access: z.string(),
  source: z.string(),
});
export type RomeFiche = z.infer<typeof romeFicheSchema>;

/** A savoir of the « Certifications et habilitations » category is a diploma or a licence. */
export const ROME_SKILL_ORIGINS = [
  'COMPETENCE',
  'MACRO_COMPETENCE',
  'SAVOIR',
  'CERTIFICATION',
] as const;

export const romeSkillSchema = z.object({
  /** The OGR code, also the node's id. */
  id: z.string().regex(/^\d+$/),
  label: z.string().min(1),
  kind: skillKindSchema,
  origin: z.enum(ROME_SKILL_ORIGINS),
  category: z.string(),
  subCategory: z.string(),
  source: z.string(),
});
export type RomeSkill = z.infer<typeof romeSkillSchema>;

/** ROME's « cœur de métier » mark on a fiche's item. */
export const ROME_CORE = ['PRINCIPALE', 'EMERGENTE'] as const;

export const romeRequiresSchema = z.object({
  fiche: z.string(),
  skill: z.string(),
  kind: skillKindSchema,
  core: z.enum(ROME_CORE).nullable(),
  level: levelSchema,
  levelSource: z.string().startsWith('derived:'),
  source: z.string(),
});
export type RomeRequires = z.infer<typeof romeRequiresSchema>;

export const romeMobilitySchema = z.object({
  from: z.string(),
  to: z.string(),
  /** ROME's order of the fiche's suggested moves (1 = first). */
  rank: z.number().int().positive(),
  source: z.string(),
});
export type RomeMobility = z.infer<typeof romeMobilitySchema>;

/** Everything an import writes. */
export interface RomeGraph {
  release: RomeRelease;
  fiches: RomeFiche[];
  skills: RomeSkill[];
  requires: RomeRequires[];
  mobilities: RomeMobility[];
}

const rationale = z.string().trim().min(10, 'needs a rationale of at least 10 characters');
/** seeds/rome-joins.yaml: reviewed joins between the study's vocabulary and ROME's. */
export const romeJoinsFileSchema = z.strictObject({
  roles: z.array(
    z.strictObject({ role: z.string(), fiche: z.string().regex(/^[A-Z]\d{4}$/), rationale }),
  ),
  /**
   * A study role named by one of a fiche's appellations that is not the fiche's job (ROME files
   * « Technicien de l'information médicale » under a doctor's fiche): the role is found through
   * ROME, and planning takes nothing of the fiche for it (its diploma, its moves, its items).
   */
  appellations: z
    .array(
      z.strictObject({
        role: z.string(),
        fiche: z.string().regex(/^[A-Z]\d{4}$/),
        /** ROME's title of the appellation, as in the release (checked). */
        appellation: z.string().trim().min(3),
        /** ROME's code of the appellation (code_ogr). */
        code: z.string().regex(/^\d+$/),
        rationale,
      }),
    )
    .default([]),
  skills: z.array(
    z.strictObject({ skill: z.string(), item: z.string().regex(/^\d+$/), rationale }),
  ),
});
export type RomeJoins = z.infer<typeof romeJoinsFileSchema>;

const credentialId = z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens');
/** seeds/rome-credentials.yaml: the diplomas of ROME's regulated health jobs, reviewed. */
export const romeCredentialsFileSchema = z.strictObject({
  credentials: z.array(
    z.strictObject({
      id: credentialId,
      label: z.string().trim().min(3),
      /** Regulated fiches entered with this diploma. */
      fiches: z.array(z.string().regex(/^[A-Z]\d{4}$/)).min(1),
      /** ROME's words: each fiche's access text holds one of them. */
      quotes: z.array(z.string().trim().min(3)).min(1),
      /** The time the project counts to obtain it, read from `monthsLaw`. */
      months: z.number().positive().max(180),
      monthsRationale: rationale,
      /**
       * The text that sets the training's length, which `months` follows; null only for a
       * diploma whose length no text of health law sets (a university's own diploma, a BTS, a
       * licence), and then `monthsRationale` says where the length comes from.
       */
      monthsLaw: legalReferenceSchema.nullable(),
      /** What the law asks to enter the training that is not a diploma of this file (a bac…). */
      admission: z.strictObject({ text: rationale, law: legalReferenceSchema }).optional(),
      /** Open only to holders of one of `anyOf`, after `experienceMonths` of practice. */
      requires: z
        .strictObject({
          anyOf: z.array(credentialId).min(1),
          experienceMonths: z.number().int().min(0).max(120),
          /** ROME's own words, when ROME states a rule (checked in each fiche's access text). */
          romeQuote: z.string().trim().min(3).optional(),
          rationale,
          /** The text the rule follows; where ROME's words disagree with it, the text wins. */
          law: legalReferenceSchema,
        })
        .optional(),
    }),
  ),
});
export type RomeCredentials = z.infer<typeof romeCredentialsFileSchema>;
export type RomeCredential = RomeCredentials['credentials'][number];
