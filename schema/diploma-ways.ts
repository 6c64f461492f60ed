import { z } from 'zod';
import { legalReferenceSchema } from './legal.js';

/**
 * The ways to a regulated job's diploma other than its school, as the law opens them
 * (seeds/diploma-ways.yaml): validation des acquis de l'expérience (VAE) and apprenticeship.
 * Not every health diploma is open to VAE: a way is listed only where a text read by the project
 * opens it, with its conditions; a diploma without an entry is one whose ways the project has not
 * reviewed, and the app says so rather than guess.
 */

const sentence = (what: string) => z.string().trim().min(20, `says ${what} in a sentence`);

const waySchema = z.strictObject({
  /** What the person must show or do to take this way, in her words. */
  conditions: sentence('what the person must show or do'),
  /** The texts that open the way and set its conditions: at least one. */
  laws: z.array(legalReferenceSchema).min(1, 'cites the text that opens this way'),
  /** What the review could not read itself, and where the fact comes from instead. */
  reviewNote: z.string().trim().min(20).optional(),
});
export type DiplomaWay = z.infer<typeof waySchema>;

export const diplomaWaysSchema = z
  .strictObject({
    /** The diploma's id in seeds/rome-credentials.yaml. */
    credential: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens'),
    /** The study's conditions (seeds/data/moves.yaml, kind DIPLOMA) that name this diploma. */
    studyConditions: z.array(z.string().regex(/^c-[a-z0-9-]+$/)).default([]),
    /** VAE, total or partial (bloc by bloc, when the diploma is made of blocs). */
    vae: waySchema.optional(),
    /** A contract of apprenticeship with an employer: a job and its school at once. */
    apprenticeship: waySchema.optional(),
  })
  .refine((d) => d.vae !== undefined || d.apprenticeship !== undefined, {
    message: 'names at least one way (vae or apprenticeship)',
  });
export type DiplomaWays = z.infer<typeof diplomaWaysSchema>;

export const diplomaWaysFileSchema = z.strictObject({
  diplomas: z.array(diplomaWaysSchema).min(1),
});

/** The condition a move into a ROME job with a reviewed diploma carries (server/domain/diplomas.ts). */
export const romeDiplomaConditionId = (credentialId: string): string =>
  `c-rome-diplome-${credentialId}`;
