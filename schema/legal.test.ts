import { describe, expect, it } from 'vitest';
import { citeLaw, legalReferenceSchema, shortLawTitle, type LegalReference } from './legal.js';

const iade: LegalReference = {
  text: "Arrêté du 23 juillet 2012 relatif à la formation conduisant au diplôme d'État d'infirmier anesthésiste",
  article: 'art. 6',
  says: "deux années minimum d'exercice de la profession d'infirmier au 1er janvier du concours",
  checked: '2026-12-06',
};
const problems = (ref: unknown) => {
  const parsed = legalReferenceSchema.safeParse(ref);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('a legal reference', () => {
  it('names a dated text or a code, its article, what it says and when it was read', () => {
    expect(problems(iade)).toEqual([]);
    expect(
      problems({ ...iade, text: 'Décret n° 95-926 du 18 août 1995 portant création…' }),
    ).toEqual([]);
    expect(problems({ ...iade, text: 'Loi n° 2023-29 du 25 janvier 2023 visant…' })).toEqual([]);
    expect(
      problems({ ...iade, text: 'Code de la santé publique', article: 'art. D. 4301-8' }),
    ).toEqual([]);
    expect(problems({ ...iade, article: 'art. 1er et 2' })).toEqual([]);
    expect(problems({ ...iade, article: 'art. 3 à 5' })).toEqual([]);
    expect(problems({ ...iade, article: 'art. 1er, annexe III' })).toEqual([]);
  });

  it('refuses a text without its date, a code without a numbered article, a bad date', () => {
    expect(problems({ ...iade, text: "Arrêté relatif à l'infirmier anesthésiste" })).toEqual([
      'text',
    ]);
    expect(problems({ ...iade, text: 'Décret du 18 août 1995' })).toEqual(['text']);
    expect(problems({ ...iade, text: 'Arrêté du 32 juillet 2012' })).toEqual(['text']);
    expect(problems({ ...iade, text: 'Code de la santé publique' })).toEqual(['article']);
    expect(problems({ ...iade, article: 'article 6' })).toEqual(['article']);
    expect(problems({ ...iade, article: '' })).toEqual(['article']);
    expect(problems({ ...iade, says: 'voir le texte' })).toEqual(['says']);
    expect(problems({ ...iade, checked: '06/12/2026' })).toEqual(['checked']);
    expect(problems({ ...iade, checked: '2026-02-31' })).toEqual(['checked']);
    const { checked: _checked, ...unread } = iade;
    expect(problems(unread)).toEqual(['checked']);
  });

  it('is named short in a sentence', () => {
    expect(shortLawTitle(iade)).toBe("l'arrêté du 23 juillet 2012");
    expect(
      shortLawTitle({ ...iade, text: 'Décret n° 95-926 du 18 août 1995 portant création…' }),
    ).toBe('le décret n° 95-926 du 18 août 1995');
    expect(
      shortLawTitle({ ...iade, text: 'Code de la santé publique', article: 'art. D. 4301-8' }),
    ).toBe('le code de la santé publique (art. D. 4301-8)');
  });

  it('is cited with its article and the day it was read', () => {
    expect(citeLaw({ ...iade, checked: '2026-12-01' })).toBe(
      `${iade.text}, art. 6 (vérifié le 1er décembre 2026)`,
    );
  });
});
