import { describe, expect, it } from 'vitest';
import { decodeScores, emptyScores, encodeScores } from './diagnostic-scores.js';

describe('diagnostic scores in the URL', () => {
  it('round-trips scores with unanswered items', () => {
    const scores = { today: [0, 5, null, 3], tomorrow: [null, null, 4, 1] };
    expect(encodeScores(scores)).toBe('05.3:..41');
    expect(decodeScores('05.3:..41', 4)).toEqual(scores);
  });

  it('reads a damaged or foreign value as no answers, and a wrong length too', () => {
    expect(decodeScores('9x', 4)).toEqual(emptyScores(4));
    expect(decodeScores('0123:', 3)).toEqual(emptyScores(3));
    expect(decodeScores(null, 2)).toEqual(emptyScores(2));
  });
});
