import { fold } from './labels.js';

/**
 * Role search the way people type: accents optional, feminine or masculine forms alike
 * (« coordinatrice » finds « coordinateur(rice) » and « coordination »), and the usual
 * abbreviations and words of the trade (« AMA », « TIM », « ARM », « cadre »).
 */

/** Drops common French inflections, so that forms of one word share a stem. */
export function stem(word: string): string {
  const w = fold(word).replace(/[^a-z0-9]/g, '');
  for (const ending of [
    'rices',
    'rice',
    'euses',
    'euse',
    'eurs',
    'eur',
    'ives',
    'ive',
    'ifs',
    'if',
    'es',
    'e',
    's',
  ]) {
    if (w.length > ending.length + 3 && w.endsWith(ending)) return w.slice(0, -ending.length);
  }
  return w;
}

const words = (text: string) =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Abbreviations and words of the trade, and the phrases of role titles they stand for. */
const APPELLATIONS: Record<string, readonly string[]> = {
  ama: ['assistant medico administratif', 'secretaire medical'],
  secretaire: ['assistant medico administratif'],
  tim: ['technicien information medicale'],
  arm: ['assistant regulation medicale'],
  dac: ['dispositif appui coordination'],
  cadre: ['encadrant', 'responsable', 'cadre', 'manager', 'coordinatrice secretariat'],
  manager: ['encadrant', 'responsable', 'manager'],
  chef: ['encadrant', 'responsable'],
  coordinatrice: ['coordination'],
  accueil: ['accueil', 'relation usager'],
};

const hasPhrase = (stems: readonly string[], phrase: string) =>
  words(phrase).every((w) => stems.some((s) => s.startsWith(stem(w))));

/** The stems a text can be found by: its own words, and the appellations that fit it. */
export function searchStems(text: string): string[] {
  const stems = words(text).map(stem);
  const extra = Object.entries(APPELLATIONS)
    .filter(([, phrases]) => phrases.some((p) => hasPhrase(stems, p)))
    .map(([word]) => stem(word));
  return [...stems, ...extra];
}

/** Whether every word typed is the start of a word (or appellation) of the text. */
export function matchesQuery(stems: readonly string[], query: string): boolean {
  return words(query).every((w) => {
    const s = stem(w);
    return stems.some(
      (candidate) =>
        candidate.startsWith(s) ||
        (s.length >= 4 && s.startsWith(candidate) && candidate.length >= 4),
    );
  });
}
