import { describe, expect, it } from 'vitest';
import { creditSummary, diplomaSummary, publicationProblemText } from './certification-text.js';

describe('certification texts', () => {
  it('sums up a certification against her levels, never counting unknown hours as none', () => {
    const blocs = [{ hours: 21 }, { hours: 70 }, { hours: 49 }];
    expect(creditSummary({ acquired: 1, remainingHours: 105, blocs })).toBe(
      '1 bloc sur 3 acquis ; 105 h de formation restent à suivre sur 140 h',
    );
    expect(creditSummary({ acquired: 3, remainingHours: 0, blocs })).toBe(
      '3 blocs sur 3 acquis ; aucune heure de formation à suivre',
    );
    expect(creditSummary({ acquired: 0, remainingHours: null, blocs: [{ hours: null }] })).toBe(
      '0 bloc sur 1 acquis ; heures restantes inconnues (un contenu n’a pas de volume horaire)',
    );
    expect(
      creditSummary({
        acquired: 0,
        remainingHours: 12.5,
        blocs: [{ hours: 12.5 }, { hours: null }],
      }),
    ).toBe('0 bloc sur 2 acquis ; 12,5 h de formation restent à suivre');
  });

  it('names where each problem of a version is', () => {
    expect(
      publicationProblemText({ kind: 'ITEM_WITHOUT_EVALUATION', block: 2, item: 3, label: 'PMSI' }),
    ).toBe('Bloc 2, contenu 3 « PMSI » : modalités d’évaluation à écrire.');
    expect(
      publicationProblemText({ kind: 'EMPTY_BLOCK', block: 1, item: null, label: 'Vide' }),
    ).toBe('Bloc 1 « Vide » : aucun contenu.');
  });
});

describe('diplomaSummary', () => {
  const blocs = [1, 2, 3, 4];
  it('counts the blocs her levels already cover, and points to the VAE only where a text opens it', () => {
    expect(diplomaSummary({ acquired: 1, vaeOpen: true, blocs })).toBe(
      '1 bloc sur 4 déjà acquis d’après vos niveaux : la VAE de ce diplôme peut les faire valider (voir « Comment y aller »), le jury en décide.',
    );
    expect(diplomaSummary({ acquired: 2, vaeOpen: false, blocs })).toBe(
      '2 blocs sur 4 déjà acquis d’après vos niveaux.',
    );
  });

  it('with no bloc held, does not say « les faire valider »', () => {
    expect(diplomaSummary({ acquired: 0, vaeOpen: true, blocs })).toBe(
      'Aucun bloc sur 4 n’est acquis d’après vos niveaux ; la VAE peut en valider une partie, bloc par bloc, si votre expérience s’y rapporte (voir « Comment y aller »).',
    );
  });
});
