import { describe, expect, it } from 'vitest';
import { costingText } from './labels.js';

describe('costingText', () => {
  it('says a study step’s learning alone, and a ROME step’s share, rank and conditions', () => {
    expect(
      costingText({ learning: 195, missingShare: null, rank: 0, conditions: 0, total: 195 }),
    ).toBe('Charge de l’étape : 195 mois additionnés (apprentissage 195)');
    expect(
      costingText({ learning: 81, missingShare: 0.5, rank: 1, conditions: 36, total: 118 }),
    ).toBe(
      'Charge de l’étape : 118 mois additionnés (50 % du cœur de métier manquant × 162 = 81 ; rang ROME + 1 ; conditions + 36)',
    );
  });
});
