import { z } from 'zod';

/**
 * A rule of law the data states (a diploma's length, who may enter its training, after how much
 * practice) cites the text it follows: which text, which article, what it says in the project's
 * words, and when the project last read it. ROME's « accès à l'emploi » texts are sometimes older
 * than the law; where they disagree, the text cited here wins.
 */

const MONTHS =
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/** « Arrêté du 23 juillet 2012 … », « Décret n° 95-926 du 18 août 1995 … », « Loi n° 2023-29 du … ». */
const DATED_TEXT = new RegExp(
  `^(Arrêté|(Décret|Loi|Ordonnance) n° \\d{2,4}-\\d+) du (1er|[1-9]|[12]\\d|3[01]) (${MONTHS}) (19|20)\\d{2}\\b`,
);
/** A code cited by its article, the date being that of the version read (`checked`). */
const CODE =
  /^Code (de la santé publique|de l'éducation|du travail|général de la fonction publique)$/;
const ONE_ARTICLE = String.raw`(annexe [IVX]+|([LRD]\. )?\d+(er)?(-\d+)*( bis| ter)?)`;
/** « art. 6 », « art. 1er et 2 », « art. L. 4151-5 », « art. R. 632-18 et R. 632-20 », « art. 2, annexe III ». */
const ARTICLE = new RegExp(`^art\\. ${ONE_ARTICLE}((, | et | à )${ONE_ARTICLE})*$`);
const CODE_ARTICLE = /^art\. [LRD]\. /;

/** Whether `s` is a real day written AAAA-MM-JJ (2026-02-31 is none). */
export function isRealDay(s: string): boolean {
  const day = new Date(`${s}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s)
  );
}

const isoDate = z.string().refine(isRealDay, 'a real day, written AAAA-MM-JJ');

export const legalReferenceSchema = z
  .strictObject({
    /** The text's own title, with its number and date, or the name of a code. */
    text: z
      .string()
      .trim()
      .refine(
        (t) => DATED_TEXT.test(t) || CODE.test(t),
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
export type LegalReference = z.infer<typeof legalReferenceSchema>;

const FRENCH_MONTHS = MONTHS.split('|');

/** « Arrêté du 23 juillet 2012 relatif à …, art. 6 (vérifié le 6 décembre 2026) » */
export function citeLaw(ref: LegalReference): string {
  const [year, month, day] = ref.checked.split('-').map(Number) as [number, number, number];
  const date = `${day === 1 ? '1er' : String(day)} ${FRENCH_MONTHS[month - 1] ?? ''} ${String(year)}`;
  return `${ref.text}, ${ref.article} (vérifié le ${date})`;
}

/** « l'arrêté du 23 juillet 2012 », « le code de la santé publique (art. D. 4301-8) ». */
export function shortLawTitle(ref: LegalReference): string {
  const name = DATED_TEXT.exec(ref.text)?.[0] ?? `${ref.text} (${ref.article})`;
  return (name.charAt(0).toLowerCase() + name.slice(1))
    .replace(/^(arrêté|ordonnance)/, "l'$1")
    .replace(/^décret/, 'le décret')
    .replace(/^loi/, 'la loi')
    .replace(/^code/, 'le code');
}
