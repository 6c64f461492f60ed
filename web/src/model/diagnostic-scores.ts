/**
 * The diagnostic's scores in the URL, so a result can be shared or reloaded without anything
 * stored on the server: one character per item in the study's order, today then tomorrow,
 * 0–5 or « . » for no answer (« 0123.5…:5432… »).
 */

export interface Scores {
  today: (number | null)[];
  tomorrow: (number | null)[];
}

export const emptyScores = (items: number): Scores => ({
  today: Array.from({ length: items }, () => null),
  tomorrow: Array.from({ length: items }, () => null),
});

const encodeOne = (values: readonly (number | null)[]) =>
  values.map((v) => (v === null ? '.' : String(v))).join('');

export const encodeScores = (scores: Scores): string =>
  `${encodeOne(scores.today)}:${encodeOne(scores.tomorrow)}`;

/** Reads what encodeScores wrote; anything else gives empty answers (never an error on load). */
export function decodeScores(text: string | null, items: number): Scores {
  const empty = emptyScores(items);
  if (!text) return empty;
  const [today = '', tomorrow = ''] = text.split(':');
  const decodeOne = (part: string) =>
    part.length === items && /^[0-5.]*$/.test(part)
      ? Array.from({ length: items }, (_, i) =>
          part.charAt(i) === '.' ? null : Number(part.charAt(i)),
        )
      : null;
  return {
    today: decodeOne(today) ?? empty.today,
    tomorrow: decodeOne(tomorrow) ?? empty.tomorrow,
  };
}

export const answered = (scores: Scores) =>
  scores.today.some((v) => v !== null) || scores.tomorrow.some((v) => v !== null);
