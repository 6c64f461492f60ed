import { describe, expect, it } from 'vitest';
import { throttledLog } from './log.js';

describe('throttledLog', () => {
  it('writes at most perWindow lines a window, then says how many it dropped', () => {
    const lines: string[] = [];
    let time = 0;
    const log = throttledLog((line) => lines.push(line), {
      perWindow: 2,
      windowMs: 1_000,
      now: () => time,
    });
    for (let i = 0; i < 5; i++) log(`fault ${i}`);
    expect(lines).toEqual(['fault 0', 'fault 1']);
    time = 1_000;
    log('fault 5');
    expect(lines).toEqual([
      'fault 0',
      'fault 1',
      '(3 similar log lines dropped in the last minute)',
      'fault 5',
    ]);
  });
});
