/**
 * How a rule of law is cited (schema/legal.ts checks its shape with zod). No zod here: the web
 * app cites texts without loading it.
 */
export interface LegalReference {
  /** The text's own title, with its number and date, or the name of a code. */
  text: string;
  article: string;
  /** What the article says that the data relies on, in the project's words. */
  says: string;
  /** « vérifié le »: the day the project last read the text itself, AAAA-MM-JJ. */
  checked: string;
}

export const MONTHS =
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/** « Arrêté du 23 juillet 2012 … », « Décret n° 95-926 du 18 août 1995 … », « Loi n° 2023-29 du … ». */
export const DATED_TITLE = new RegExp(
  `^(Arrêté|(Décret|Loi|Ordonnance) n° \\d{2,4}-\\d+) du (1er|[1-9]|[12]\\d|3[01]) (${MONTHS}) (19|20)\\d{2}\\b`,
);

const FRENCH_MONTHS = MONTHS.split('|');

/** « Arrêté du 23 juillet 2012 relatif à …, art. 6 (vérifié le 6 décembre 2026) » */
export function citeLaw(ref: LegalReference): string {
  const [year, month, day] = ref.checked.split('-').map(Number) as [number, number, number];
  const date = `${day === 1 ? '1er' : String(day)} ${FRENCH_MONTHS[month - 1] ?? ''} ${String(year)}`;
  return `${ref.text}, ${ref.article} (vérifié le ${date})`;
}

/** « l'arrêté du 23 juillet 2012 », « le code de la santé publique (art. D. 4301-8) ». */
export function shortLawTitle(ref: LegalReference): string {
  const name = DATED_TITLE.exec(ref.text)?.[0] ?? `${ref.text} (${ref.article})`;
  return (name.charAt(0).toLowerCase() + name.slice(1))
    .replace(/^(arrêté|ordonnance)/, "l'$1")
    .replace(/^décret/, 'le décret')
    .replace(/^loi/, 'la loi')
    .replace(/^code/, 'le code');
}
