import { describe, expect, it } from 'vitest';
import { matchWords } from './text-match.js';

describe('matchWords', () => {
  const titles = ['Secrétaire médicale', 'Technicien d’information médicale', 'Cadre de santé'];

  it('matches word starts, accents and case ignored, every term required', () => {
    expect(matchWords('MEDIC', titles, (t) => t)).toEqual([
      'Secrétaire médicale',
      'Technicien d’information médicale',
    ]);
    expect(matchWords('secre medi', titles, (t) => t)).toEqual(['Secrétaire médicale']);
    expect(matchWords('edical', titles, (t) => t)).toEqual([]);
    expect(matchWords('  ', titles, (t) => t)).toEqual([]);
  });
});
