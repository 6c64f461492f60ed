import { z } from 'zod';
import { isRealDay } from './days.js';
import { DATED_TITLE, type LegalReference } from './legal-citation.js';

/**
 * A rule of law the data states (a diploma's length, who may enter its training, after how much
 * practice) cites the text it follows: which text, which article, what it says in the project's
 * words, and when the project last read it. ROME's « accès à l'emploi » texts are sometimes older
 * than the law; where they disagree, the text cited here wins.
 */

/** A code cited by its article, the date being that of the version read (`checked`). */
const CODE =
  /^Code (de la santé publique|de l'éducation|du travail|général de la fonction publique)$/;
const ONE_ARTICLE = String.raw`(annexe [IVX]+|([LRD]\. )?\d+(er)?(-\d+)*( bis| ter)?)`;
/** « art. 6 », « art. 1er et 2 », « art. L. 4151-5 », « art. R. 632-18 et R. 632-20 », « art. 2, annexe III ». */
const ARTICLE = new RegExp(`^art\\. ${ONE_ARTICLE}((, | et | à )${ONE_ARTICLE})*$`);
const CODE_ARTICLE = /^art\. [LRD]\. /;

const isoDate = z.string().refine(isRealDay, 'a real day, written AAAA-MM-JJ');

export const legalReferenceSchema: z.ZodType<LegalReference> = z
  .strictObject({
    /** The text's own title, with its number and date, or the name of a code. */
    text: z
      .string()
      .trim()
      .refine(
        (t) => DATED_TITLE.test(t) || CODE.test(t),
        'names an arrêté, décret, loi or ordonnance with its date (« Arrêté du 23 juillet 2012 … »), or a code (« Code de la santé publique »)',
      ),
    article: z
      .string()
      .trim()
      .regex(ARTICLE, 'cites its article(s): « art. 6 », « art. 1er et 2 », « art. L. 4151-5 »'),
    /** What the article says that the data relies on, in the project's words. */
    says: z.string().trim().min(20, 'says what the text rules, in a sentence'),
    /** « vérifié le »: the day the project last read the text itself. */
    checked: isoDate,
  })
  .refine((ref) => !CODE.test(ref.text) || CODE_ARTICLE.test(ref.article), {
    message: "a code's article is numbered L., R. or D. (« art. L. 4151-5 »)",
    path: ['article'],
  });
export type { LegalReference } from './legal-citation.js';
export { citeLaw, shortLawTitle } from './legal-citation.js';
