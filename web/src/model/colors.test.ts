import { describe, expect, it } from 'vitest';
import { contrastRatio, FAMILY_COLOR, KIND_STYLE, NO_FAMILY_COLOR } from './colors.js';

describe('colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('keeps white text readable (AA, 4.5:1) on every family colour, and kind colours readable on white', () => {
    for (const colour of [
      ...Object.values(FAMILY_COLOR),
      NO_FAMILY_COLOR,
      ...Object.values(KIND_STYLE).map((s) => s.color),
    ]) {
      expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives every kind its own colour and its own shape, none a family’s colour', () => {
    const styles = Object.values(KIND_STYLE);
    const families = new Set<string>([...Object.values(FAMILY_COLOR), NO_FAMILY_COLOR]);
    expect(new Set(styles.map((s) => s.color)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
    for (const { color } of styles) expect(families.has(color), color).toBe(false);
  });
});
