import { AsyncLocalStorage } from 'node:async_hooks';
import { Writable } from 'node:stream';
import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * The server's log. LOG_FORMAT=json: one JSON object per line (pino), for a log collector;
 * otherwise one readable line each. Every line written while a request is handled carries its
 * id (`reqId`, from X-Request-Id or made here). Never given a request's variables, a body or a
 * query string: they may hold a profile, a team or a password.
 */

/** The request being handled, for the lines logged on its behalf. */
export const requestScope = new AsyncLocalStorage<{ reqId: string }>();

const LEVEL_NAMES: Readonly<Record<number, string>> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

const FIELDS_SHOWN_APART = new Set(['level', 'time', 'msg', 'reqId', 'pid', 'hostname']);

/** One JSON log line as a person reads it: « 12:00:01 warn message key=value [req abc] ». */
export function readableLine(json: string): string {
  const entry = JSON.parse(json) as Record<string, unknown>;
  const time = new Date(Number(entry.time)).toISOString().slice(11, 19);
  const level = LEVEL_NAMES[Number(entry.level)] ?? String(entry.level);
  const fields = Object.entries(entry)
    .filter(([key]) => !FIELDS_SHOWN_APART.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const message = typeof entry.msg === 'string' ? entry.msg : JSON.stringify(entry.msg ?? '');
  const text = [message, ...fields].join(' ').replace(/[\r\n]+/g, ' ');
  const request = typeof entry.reqId === 'string' ? ` [req ${entry.reqId}]` : '';
  return `${time} ${level === 'info' ? '' : `${level} `}${text}${request}\n`;
}

/** A destination that writes each line readable, synchronously (the process may exit next). */
function readableDestination(write: (text: string) => void): DestinationStream {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const json of chunk.toString().split('\n')) if (json.trim()) write(readableLine(json));
      done();
    },
  });
}

/** A logger for `format` ('json' or readable), writing to `write` (stdout by default). */
export function createLogger(
  format: string | undefined,
  level = 'info',
  write: (text: string) => void = (text) => {
    process.stdout.write(text);
  },
): Logger {
  const options = {
    level,
    base: undefined, // no pid or hostname: the service manager adds what it knows
    mixin: () => {
      const scope = requestScope.getStore();
      return scope ? { reqId: scope.reqId } : {};
    },
  };
  if (format === 'json') {
    return pino(options, {
      write: (line: string) => {
        write(line);
      },
    });
  }
  return pino(options, readableDestination(write));
}

/** The process's logger (LOG_FORMAT, LOG_LEVEL). */
export const logger = createLogger(process.env.LOG_FORMAT, process.env.LOG_LEVEL ?? 'info');

/**
 * A log of server faults that cannot flood: at most `perWindow` lines a window, then one line
 * saying how many were dropped.
 */
export function throttledLog(
  write: (line: string) => void = (line) => {
    logger.error(line);
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
  logger.info(line);
});
