/**
 * A log of server faults that cannot flood: at most `perWindow` lines a window, then one line
 * saying how many were dropped. Never given a request's variables (they may hold a profile).
 */
export function throttledLog(
  write: (line: string) => void = (line) => {
    console.error(line);
  },
  { perWindow = 10, windowMs = 60_000, now = () => Date.now() } = {},
): (line: string) => void {
  let windowStart = Number.NEGATIVE_INFINITY;
  let written = 0;
  let dropped = 0;
  return (line) => {
    const time = now();
    if (time - windowStart >= windowMs) {
      if (dropped > 0) write(`(${dropped} similar log lines dropped in the last minute)`);
      windowStart = time;
      written = 0;
      dropped = 0;
    }
    if (written < perWindow) {
      written++;
      write(line);
    } else {
      dropped++;
    }
  };
}

/** The process's fault log: one line per fault, throttled. */
export const faultLog = throttledLog();

/** Events worth knowing that are nobody's fault (a client gone mid-request): throttled too. */
export const noticeLog = throttledLog((line) => {
  console.info(line);
});
