/** Lower case without accents: « Secrétaire » → « secretaire ». */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * Items whose text holds every word typed as the start of one of its words, accents and case
 * ignored, in their given order. The in-memory stand-in for the full-text index while Neo4j is
 * down.
 */
export function matchWords<T>(typed: string, items: readonly T[], text: (item: T) => string): T[] {
  const terms = foldText(typed)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (terms.length === 0) return [];
  return items.filter((item) => {
    const words = foldText(text(item)).split(/[^\p{L}\p{N}]+/u);
    return terms.every((term) => words.some((word) => word.startsWith(term)));
  });
}
