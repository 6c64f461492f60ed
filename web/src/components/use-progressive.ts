import { useCallback, useEffect, useState } from 'preact/hooks';

/**
 * How many of `total` rows to render now: a first slice at once, then one more slice after each
 * frame, so that a large table (a team of 500 × 70 skills) shows its first rows at once and the
 * page keeps answering while the others arrive. Everything is rendered before the browser prints
 * (Ctrl+P), and `showAll` renders the rest at once (before a print button prints).
 */
export function useProgressiveCount(total: number, slice: number) {
  const [count, setCount] = useState(() => Math.min(total, slice));
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => {
      setCount((n) => Math.min(total, n + slice));
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [count, total, slice]);
  const showAll = useCallback(() => {
    setCount(total);
  }, [total]);
  useEffect(() => {
    addEventListener('beforeprint', showAll);
    return () => {
      removeEventListener('beforeprint', showAll);
    };
  }, [showAll]);
  return { count: Math.min(count, total), done: count >= total, showAll };
}
