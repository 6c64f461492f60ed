/**
 * French numbers and ordering for the screens. `decimal` writes what
 * `toLocaleString('fr-FR', { maximumFractionDigits })` writes without Intl: a browser loads its
 * French number data on the first Intl call, about 40 ms that a route's first render paid.
 */

/**
 * The integer and decimal digits of `abs` rounded to `maxDigits` decimals, half away from zero,
 * on its shortest decimal writing (1.005 → 1.01), as Intl rounds.
 */
function roundedDigits(abs: number, maxDigits: number): [string, string] {
  const [whole = '0', fraction = ''] = String(abs).split('.');
  if (fraction.length <= maxDigits) return [whole, fraction];
  const up = (fraction[maxDigits] ?? '0') >= '5' ? 1n : 0n;
  const digits = (BigInt(whole + fraction.slice(0, maxDigits)) + up)
    .toString()
    .padStart(maxDigits + 1, '0');
  const split = digits.length - maxDigits;
  return [digits.slice(0, split), digits.slice(split)];
}

/** « 3,5 », « 1 250 » (narrow no-break space), « -2 »: at most `maxDigits` decimals. */
export function decimal(value: number, maxDigits = 1): string {
  // Exponent writings (below 1e-6, from 1e21) and NaN: rare enough to pay for Intl.
  if (!Number.isFinite(value) || String(value).includes('e'))
    return value.toLocaleString('fr-FR', { maximumFractionDigits: maxDigits });
  const [whole, fraction] = roundedDigits(Math.abs(value), maxDigits);
  const decimals = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${decimals ? `,${decimals}` : ''}`;
}

let collator: Intl.Collator | null = null;

/**
 * Orders strings as a French reader expects (accents after their letter, case aside), with one
 * collator built on first use: `localeCompare(b, 'fr')` builds one at every call.
 */
export function compareFrench(a: string, b: string): number {
  collator ??= new Intl.Collator('fr');
  return collator.compare(a, b);
}

/** The day as this browser's clock says it, AAAA-MM-JJ (not UTC's: a positioning at 00:30 is today's). */
export function localDay(date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** « 12/03/2026 » from « 2026-03-12 ». */
export function frenchDay(isoDay: string): string {
  const [y, m, d] = isoDay.slice(0, 10).split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}

/** The day of an instant (« 2026-12-07T23:30:00Z ») where the person is: « 08/12/2026 » in Paris. */
export const frenchDayOfInstant = (instant: string): string =>
  frenchDay(localDay(new Date(instant)));
