import { describe, expect, it } from 'vitest';
import { ENTRETIEN_LAW } from './entretien-professionnel.js';
import { citeLaw, legalReferenceSchema } from './legal.js';

describe('the entretien professionnel’s text', () => {
  it('cites its decree, article and the day it was read, as every rule of law here', () => {
    expect(legalReferenceSchema.safeParse(ENTRETIEN_LAW).success).toBe(true);
    expect(citeLaw(ENTRETIEN_LAW)).toMatch(
      /^Décret n° 2020-719 du 12 juin 2020 .*, art\. 3 \(vérifié le 7 décembre 2026\)$/,
    );
  });
});
