/**
 * Everyday French, the way people type it, reduced to what a search can rely on: lower case,
 * accents folded, elisions dropped (« l'accueil » → « accueil »), stop words dropped (« cadre de
 * santé » → « cadre », « santé »), and a light stem per word so that feminine, masculine and
 * plural forms meet (« secrétaire médicale » and « secretaire medical », « infirmière » and
 * « infirmier »). One module for every place a person names something: the full-text query
 * builder (server), the in-memory fallback, the role pickers and the team import (web).
 */

/** Lower case without accents: « Secrétaire » → « secretaire ». */
export const foldAccents = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .toLowerCase();

/** Words that carry no meaning in a search (Lucene's French analyzer drops the same kind). */
export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a au aux avec ce ces dans de des du elle en et eux il je la le les leur lui ma mais me meme ' +
    'mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ' +
    'ton tu un une vos votre vous c d j l m n s t y ete etre est sont chez'
  ).split(' '),
);

/** « l' », « d' », « qu' »… before a word, with a straight or a curly apostrophe. */
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/;

/** The words of a text, folded, elisions dropped: « L’accueil des patients » → accueil, des, patients. */
export function frenchWords(text: string): string[] {
  return (
    foldAccents(text)
      .replace(/’/g, "'")
      // The written forms of both genders: « Secrétaire médical(e) », « administratif(ve) ».
      .replace(/\((e|s|es|ve|ne|le|ere|rice|trice|euse)\)/g, '')
      .split(/[^\p{L}\p{N}']+/u)
      .map((w) => w.replace(ELISION, '').replace(/'/g, ''))
      .filter(Boolean)
  );
}

/** The words that mean something: no stop words. */
export const meaningfulWords = (text: string): string[] =>
  frenchWords(text).filter((w) => !FRENCH_STOP_WORDS.has(w));

/** Endings of feminine, plural and derived forms, longest first. */
const ENDINGS = [
  'rices',
  'rice',
  'euses',
  'euse',
  'eurs',
  'eur',
  'ieres',
  'iere',
  'iers',
  'ier',
  'ives',
  'ive',
  'ifs',
  'if',
  'ales',
  'aux',
  'ale',
  'al',
  'elles',
  'elle',
  'ees',
  'ee',
  'es',
  'e',
  's',
];

/**
 * A light stem: the word without its feminine, plural or adjective ending, so that forms of one
 * word share it (infirmière, infirmier → infirm; médicale, médical → medic; coordinatrice,
 * coordinateur → coordinat). Short words are kept whole (AMA, TIM, DAC).
 */
export function lightStem(word: string): string {
  const w = foldAccents(word).replace(/[^a-z0-9]/g, '');
  for (const ending of ENDINGS)
    if (w.length >= ending.length + 4 && w.endsWith(ending)) return w.slice(0, -ending.length);
  return w;
}

/** The stems of a text's meaningful words. */
export const frenchStems = (text: string): string[] => meaningfulWords(text).map(lightStem);

/**
 * Edit distance with transpositions (« secretiare » is one step from « secretaire »), bounded:
 * anything over `max` is reported as max + 1.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  // d[i * width + j]: the distance between the first i letters of a and the first j of b.
  const d = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number) => d[i * width + j] ?? 0;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    d[i * width] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, at(i - 2, j - 2) + 1);
      d[i * width + j] = value;
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > max) return max + 1;
  }
  return Math.min(at(a.length, b.length), max + 1);
}

/** How well one typed stem fits one stem of a text: 3 same, 2 its start, 1 one letter off, 0. */
function stemFit(typed: string, candidate: string): number {
  if (typed === candidate) return 3;
  if (candidate.startsWith(typed) || (typed.length >= 4 && typed.startsWith(candidate))) return 2;
  if (typed.length >= 5 && editDistance(typed, candidate, 1) <= 1) return 1;
  return 0;
}

/**
 * How well a typed text names a thing known by the given names (its title, then its everyday
 * names): 0 when a meaningful word typed fits none of its words; else higher for the whole
 * phrase (100), then every word exact, then word starts, then one-letter-off words. Stop words
 * are never required.
 */
export function nameScore(typed: string, names: readonly string[]): number {
  const wanted = frenchStems(typed);
  if (wanted.length === 0) return 0;
  const phrase = wanted.join(' ');
  let best = 0;
  names.forEach((name, index) => {
    const stems = frenchStems(name);
    // The first name is the title: a tie goes to it.
    const own = index === 0 ? 0.5 : 0;
    if (stems.join(' ') === phrase) {
      best = Math.max(best, 100 + own);
      return;
    }
    let sum = 0;
    for (const w of wanted) {
      const fit = Math.max(0, ...stems.map((s) => stemFit(w, s)));
      if (fit === 0) return;
      sum += fit;
    }
    // Words of the name the person did not type count a little against it.
    const extra = Math.max(0, stems.length - wanted.length);
    best = Math.max(best, (sum / wanted.length) * 20 - extra + own);
  });
  return best;
}

/** The items a typed text names, best first (ties in the given order). */
export function rankByName<T>(
  typed: string,
  items: readonly T[],
  names: (item: T) => readonly string[],
): T[] {
  return items
    .map((item, order) => ({ item, order, score: nameScore(typed, names(item)) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((x) => x.item);
}
