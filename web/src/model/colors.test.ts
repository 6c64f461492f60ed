import { describe, expect, it } from 'vitest';
import { contrastRatio, FAMILY_COLOR, KIND_COLOR, NO_FAMILY_COLOR } from './colors.js';

describe('colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('keeps white text readable (AA, 4.5:1) on every family and kind colour', () => {
    for (const colour of [
      ...Object.values(FAMILY_COLOR),
      NO_FAMILY_COLOR,
      ...Object.values(KIND_COLOR),
    ]) {
      expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});
