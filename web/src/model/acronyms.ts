/** A sigle spelled out, with where its reading comes from (served by `Query.acronyms`). */
export interface Acronym {
  acronym: string;
  expansion: string;
  source: string;
}

/** A piece of text: plain words, or a sigle to spell out. */
export type TextPiece = string | Acronym;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds the sigles a text uses as words, capitals only: « DU » in « un DU ou DIU » but not « du »,
 * « CH » in « CH de Rouen » but not in « CHU » nor « CHUTE », « AP-HP » whole.
 */
export function acronymMatcher(acronyms: readonly Acronym[]): RegExp | null {
  if (acronyms.length === 0) return null;
  const longestFirst = [...acronyms]
    .map((a) => a.acronym)
    // Longest first, so that « AP-HP » wins over « AP »; ties by code unit: localeCompare would
    // load the browser's collation data during the first render, for an order that is not seen.
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return new RegExp(
    `(?<![\\p{L}\\p{N}-])(${longestFirst.map(escape).join('|')})(?![\\p{L}\\p{N}]|-\\p{Lu})`,
    'gu',
  );
}

/** Splits a text into plain pieces and the sigles it uses, in order; joined, they give the text back. */
export function splitAcronyms(
  text: string,
  byAcronym: ReadonlyMap<string, Acronym>,
  matcher: RegExp | null,
): TextPiece[] {
  if (!matcher || !text) return [text];
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher)) {
    const acronym = byAcronym.get(match[0]);
    if (!acronym) continue;
    if (match.index > last) pieces.push(text.slice(last, match.index));
    pieces.push(acronym);
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}
