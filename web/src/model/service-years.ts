/**
 * Years of public service as a person types them: « 3 », « 2,5 », « 2.5 », « 4 ans ». Empty is
 * « not said ». Anything else is an error the form shows beside the field.
 */
export type YearsInput = { ok: true; years: number | null } | { ok: false; message: string };

export const YEARS_MAX = 50;

export function parseYears(text: string): YearsInput {
  const trimmed = text.trim().replace(/\s*ans?$/i, '');
  if (trimmed === '') return { ok: true, years: null };
  if (!/^\d{1,2}([.,]\d{1,2})?$/.test(trimmed))
    return { ok: false, message: 'Indiquez un nombre d’années, par exemple 3 ou 2,5.' };
  const years = Number(trimmed.replace(',', '.'));
  if (years > YEARS_MAX)
    return { ok: false, message: `Indiquez un nombre d’années entre 0 et ${String(YEARS_MAX)}.` };
  return { ok: true, years };
}

/** « 2,5 » for 2.5: what the field shows back. */
export const yearsText = (years: number | null): string =>
  years === null ? '' : String(years).replace('.', ',');
