import { describe, expect, it } from 'vitest';
import { parseYears, yearsText } from './service-years.js';

describe('parseYears', () => {
  it('reads years as people type them', () => {
    for (const [typed, years] of [
      ['3', 3],
      ['2,5', 2.5],
      ['2.5', 2.5],
      [' 4 ans ', 4],
      ['1 an', 1],
      ['0', 0],
      ['', null],
      ['   ', null],
    ] as const)
      expect(parseYears(typed)).toEqual({ ok: true, years });
  });

  it('refuses what is not a number of years, saying what to type', () => {
    for (const typed of ['trois', '-1', '3 mois', '2,5,1'])
      expect(parseYears(typed)).toEqual({
        ok: false,
        message: 'Indiquez un nombre d’années, par exemple 3 ou 2,5.',
      });
    expect(parseYears('51')).toEqual({
      ok: false,
      message: 'Indiquez un nombre d’années entre 0 et 50.',
    });
  });

  it('writes them back with a French decimal comma', () => {
    expect([yearsText(2.5), yearsText(3), yearsText(null)]).toEqual(['2,5', '3', '']);
  });
});
