import { describe, expect, it } from 'vitest';
import { acronymMatcher, splitAcronyms, type Acronym, type TextPiece } from './acronyms.js';

const list: Acronym[] = [
  { acronym: 'CH', expansion: 'Centre hospitalier', source: 'derived: test de découpage' },
  { acronym: 'CHU', expansion: 'Centre hospitalier universitaire', source: 'derived: test' },
  { acronym: 'DU', expansion: "Diplôme d'université", source: 'derived: test de découpage' },
  { acronym: 'AP-HP', expansion: 'Assistance publique – Hôpitaux de Paris', source: 's#1' },
  { acronym: 'T2A', expansion: "Tarification à l'activité", source: 'derived: test' },
];
const byAcronym = new Map(list.map((a) => [a.acronym, a]));
const split = (text: string) => splitAcronyms(text, byAcronym, acronymMatcher(list));
const shown = (pieces: TextPiece[]) =>
  pieces.map((p) => (typeof p === 'string' ? p : `[${p.acronym}]`)).join('');

describe('sigles in a text', () => {
  it('marks each sigle used as a word, the longest first', () => {
    expect(shown(split('Du CHU au CH de Rouen, un DU et la T2A.'))).toBe(
      'Du [CHU] au [CH] de Rouen, un [DU] et la [T2A].',
    );
    expect(shown(split("l'étude de l'AP-HP (2017)"))).toBe("l'étude de l'[AP-HP] (2017)");
  });

  it('leaves words that merely contain one, lower case and other spellings alone', () => {
    for (const text of ['CHUTE', 'du service', 'DUO', 'CH-DU', 'AP-HPX', 'Chu', 'DUs']) {
      expect(split(text)).toEqual([text]);
    }
  });

  it('gives the text back when joined, and the whole text without sigles', () => {
    const text = 'Au CHU, le DU se prépare en un an ; la T2A finance.';
    expect(
      split(text)
        .map((p) => (typeof p === 'string' ? p : p.acronym))
        .join(''),
    ).toBe(text);
    expect(splitAcronyms(text, new Map(), acronymMatcher([]))).toEqual([text]);
  });
});
