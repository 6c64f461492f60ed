import { describe, expect, it } from 'vitest';
import { afterEach, beforeEach } from 'vitest';
import { compareFrench, decimal, frenchDay, frenchDayOfInstant } from './french.js';

describe('decimal', () => {
  it('writes numbers as toLocaleString does in French, with the digits asked', () => {
    for (const [value, digits] of [
      [3.46, 1],
      [1250.5, 1],
      [0.125, 2],
      [12, 1],
      [-7.25, 2],
      [999.95, 1],
      [1234567.891, 2],
      [10000, 0],
      [0.05, 1],
      [2.5, 0],
      [-0.04, 1],
      [1.005, 2],
      [0.000001234, 1],
      [1e21, 1],
      [2.449999, 1],
      [9.96, 1],
    ] as const)
      expect(decimal(value, digits)).toBe(
        value.toLocaleString('fr-FR', { maximumFractionDigits: digits }),
      );
    // Many values of every size and sign, from a fixed pseudo-random sequence.
    let seed = 42;
    for (let i = 0; i < 3000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      const value = ((seed % 2 === 0 ? 1 : -1) * seed) / 10 ** (seed % 7);
      const digits = seed % 3;
      expect(decimal(value, digits)).toBe(
        value.toLocaleString('fr-FR', { maximumFractionDigits: digits }),
      );
    }
    expect(decimal(3.46)).toBe('3,5');
    expect(decimal(3.456, 2)).toBe('3,46');
  });
});

describe('compareFrench', () => {
  it('orders accented and capitalised words as localeCompare in French does', () => {
    const words = ['zèbre', 'Éducation', 'école', 'Ecole', 'été', 'etat', 'Abc', 'àbc'];
    expect([...words].sort(compareFrench)).toEqual(
      [...words].sort((a, b) => a.localeCompare(b, 'fr')),
    );
    expect(['zèbre', 'été', 'abc'].sort(compareFrench)).toEqual(['abc', 'été', 'zèbre']);
  });
});

describe('the day of an instant', () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Europe/Paris';
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('is the day where the person is, not the day in UTC', () => {
    // 23:30 UTC on 7 December is 00:30 on 8 December in Paris.
    expect(frenchDayOfInstant('2026-12-07T23:30:00Z')).toBe('08/12/2026');
    expect(frenchDayOfInstant('2026-12-07T10:00:00Z')).toBe('07/12/2026');
    expect(frenchDay('2026-03-12')).toBe('12/03/2026');
  });
});
