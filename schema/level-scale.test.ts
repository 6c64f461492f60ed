import { describe, expect, it } from 'vitest';
import { levelScaleProblem, type ScaleLevel } from './level-scale.js';

const sheet: ScaleLevel[] = [
  { id: 'GENERAL', rank: 1, minMonths: 0.25, maxMonths: 1 },
  { id: 'OPERATIONAL', rank: 2, minMonths: 3, maxMonths: 24 },
  { id: 'DEEP', rank: 3, minMonths: 24, maxMonths: 60 },
];

describe('levelScaleProblem', () => {
  it("accepts the job sheet's scale, in any order", () => {
    expect(levelScaleProblem(sheet)).toBeNull();
    expect(levelScaleProblem([...sheet].reverse())).toBeNull();
  });

  it('refuses months that do not grow with rank', () => {
    const flat = sheet.map((l) => (l.id === 'DEEP' ? { ...l, minMonths: 3, maxMonths: 24 } : l));
    expect(levelScaleProblem(flat)).toMatch(/DEEP must take longer to reach than OPERATIONAL/);
  });

  it('refuses a missing, repeated or misranked level', () => {
    expect(levelScaleProblem(sheet.slice(0, 2))).toMatch(/once each/);
    expect(levelScaleProblem(sheet.map((l) => (l.id === 'DEEP' ? { ...l, rank: 4 } : l)))).toMatch(
      /ranked 1 to 3/,
    );
  });
});
