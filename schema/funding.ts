import { z } from 'zod';
import { sectorSchema } from './common.js';
import { legalReferenceSchema } from './legal.js';

/**
 * How a step of a route is taken (its means) and who may pay for it (seeds/funding-schemes.yaml).
 * A means comes from the move's own conditions and the study's blocks; a funding scheme is a
 * rule of law, reviewed against its text, that says for which means and which people it opens.
 */

export const MEANS_KINDS = [
  /** A training: a study block that closes missing skills, or the training a condition names. */
  'TRAINING',
  /** A competitive examination (concours interne or externe). */
  'CONCOURS',
  /** Détachement, mutation or the other public service's concours. */
  'DETACHEMENT',
  /** A change of post inside the establishment: no concours, no new employer. */
  'INTERNAL_MOBILITY',
  /** The reclassement procedure (inaptitude, transition). */
  'RECLASSEMENT',
  /** Validation des acquis de l'expérience, where a text opens it for the diploma asked for. */
  'VAE',
  /** A contract of apprenticeship, where a text opens it for the diploma asked for. */
  'APPRENTICESHIP',
] as const;
export const meansKindSchema = z.enum(MEANS_KINDS);
export type MeansKind = z.infer<typeof meansKindSchema>;

/** What a rule needs to know about the person that her skills do not say. */
export const PROFILE_FACTS = ['SERVICE_YEARS'] as const;
export type ProfileFact = (typeof PROFILE_FACTS)[number];

const text = (what: string) => z.string().trim().min(10, `says ${what} in a sentence`);

export const fundingSchemeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens'),
  /** The scheme's name as a person meets it (« Compte personnel de formation (CPF) »). */
  label: text('the scheme’s name'),
  /** Who pays (« l'établissement employeur », « l'ANFH, sur ses crédits »). */
  payer: text('who pays'),
  /** The means it can pay for. */
  covers: z.array(meansKindSchema).min(1, 'names at least one means it pays for'),
  /** The employers whose agents it is open to, by the sector of the job she holds at the step. */
  employers: z.array(sectorSchema).min(1, 'names the employers whose agents it is open to'),
  /** Years of public service the rule asks for (null: none). */
  minServiceYears: z.number().min(0).max(40).nullable(),
  /** Hours the CPF credits per year and its ceiling (null: not a CPF). */
  hours: z
    .strictObject({ perYear: z.number().positive(), ceiling: z.number().positive() })
    .nullable(),
  /** What the person does to use it, in her words. */
  how: text('what the person does to use it'),
  /** The rule's text: article, what it says, when it was last read. */
  law: legalReferenceSchema,
  /** Further texts the rule follows (a decree's figures beside the code's article). */
  alsoLaw: z.array(legalReferenceSchema).default([]),
  /** What the review could not read itself and where the figure comes from instead. */
  reviewNote: z.string().trim().min(20).optional(),
});
export type FundingScheme = z.infer<typeof fundingSchemeSchema>;

export const fundingSchemesFileSchema = z.strictObject({
  schemes: z.array(fundingSchemeSchema).min(1),
});
