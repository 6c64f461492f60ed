import { z } from 'zod';
import { levelSchema } from './common.js';
import { legalReferenceSchema } from './legal.js';

/**
 * A regulated job's diploma made of blocs de compétences by its text (seeds/diploma-blocs.yaml):
 * each bloc as the text names it, and the job's skills the project reads in it, at the levels the
 * job asks. The text gives the blocs; which of the graph's skills fall in each is the project's
 * reading, a `derived:` rationale per bloc, never presented as the text's.
 */

const blocSchema = z.strictObject({
  /** The bloc's title, in the text's words. */
  title: z.string().trim().min(10, 'names the bloc as its text does'),
  /** The graph's skills the bloc certifies, each at a level. */
  skills: z
    .record(z.string().regex(/^[a-z]+-[a-z0-9-]+$/, 'a skill id'), levelSchema)
    .refine((s) => Object.keys(s).length > 0, 'lists at least one skill'),
  /** Why these skills are this bloc's: « derived: » and the reading. */
  rationale: z.string().trim().startsWith('derived: ', 'starts with « derived: » and says why'),
});
export type DiplomaBloc = z.infer<typeof blocSchema>;

export const diplomaBlocsSchema = z.strictObject({
  /** The diploma's id in seeds/rome-credentials.yaml. */
  credential: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens'),
  /** The role (seeds/data) whose requirements give the blocs' levels. */
  role: z.string().regex(/^[a-z0-9-]+$/),
  /** The text that makes the diploma of these blocs. */
  law: legalReferenceSchema,
  blocs: z.array(blocSchema).min(1),
});
export type DiplomaBlocs = z.infer<typeof diplomaBlocsSchema>;

export const diplomaBlocsFileSchema = z.strictObject({
  diplomas: z.array(diplomaBlocsSchema).min(1),
});
