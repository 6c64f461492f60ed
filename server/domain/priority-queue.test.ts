import { describe, expect, it } from 'vitest';
import { PriorityQueue } from './priority-queue.js';

/** A deterministic shuffle (mulberry32), so the test's orders are the same every run. */
function shuffled<T>(values: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const drain = <T>(queue: PriorityQueue<T>) => {
  const out: T[] = [];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) out.push(next);
  return out;
};

describe('PriorityQueue', () => {
  it('gives back any order of pushes smallest first, with duplicates', () => {
    const values = [...Array.from({ length: 200 }, (_, i) => i % 37), 5, 5, 0];
    const sorted = [...values].sort((a, b) => a - b);
    for (const seed of [1, 2, 3, 42]) {
      const queue = new PriorityQueue<number>((a, b) => a - b);
      for (const value of shuffled(values, seed)) queue.push(value);
      expect(queue.size).toBe(values.length);
      expect(drain(queue)).toEqual(sorted);
      expect(queue.size).toBe(0);
    }
  });

  it('keeps its order when pops and pushes interleave (as the route search uses it)', () => {
    const queue = new PriorityQueue<{ cost: number }>((a, b) => a.cost - b.cost);
    const popped: number[] = [];
    for (const cost of shuffled([9, 4, 7, 1, 8], 7)) queue.push({ cost });
    popped.push(queue.pop()?.cost ?? -1, queue.pop()?.cost ?? -1);
    for (const cost of [0, 6, 5]) queue.push({ cost });
    popped.push(...drain(queue).map((entry) => entry.cost));
    expect(popped).toEqual([1, 4, 0, 5, 6, 7, 8, 9]);
  });

  it('answers undefined when empty', () => {
    const queue = new PriorityQueue<number>((a, b) => a - b);
    expect(queue.pop()).toBeUndefined();
    queue.push(3);
    expect(queue.pop()).toBe(3);
    expect(queue.pop()).toBeUndefined();
  });
});
