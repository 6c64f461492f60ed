import { describe, expect, it } from 'vitest';
import { describeChange, hoursText } from './draft-text.js';

describe('draft texts', () => {
  it('describes a change in French', () => {
    expect(
      describeChange({
        scope: 'ITEM',
        kind: 'CHANGED',
        blockNumber: 2,
        blockTitle: 'Éco-système de soins',
        itemLabel: 'PMSI',
        fields: ['hours', 'skills'],
      }),
    ).toBe(
      'Bloc 2 « Éco-système de soins » : contenu modifié « PMSI » (volume horaire, compétences)',
    );
  });

  it('writes hours the French way', () => {
    expect(hoursText(12.5)).toBe('12,5 h');
    expect(hoursText(null)).toBe('volume à définir');
  });
});
