import { describe, expect, it } from 'vitest';
import { createLogger, requestScope, throttledLog } from './log.js';

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

describe('the log lines', () => {
  const capture = (format: string | undefined) => {
    const written: string[] = [];
    const log = createLogger(format, 'info', (text) => written.push(text));
    return { log, written };
  };

  it('LOG_FORMAT=json: one JSON object per line, with the request id of the scope it is in', () => {
    const { log, written } = capture('json');
    requestScope.run({ reqId: 'req-1' }, () => {
      log.info({ path: '/graphql' }, 'request');
    });
    log.warn('outside');
    const [inside, outside] = written.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(inside).toMatchObject({ level: 30, msg: 'request', path: '/graphql', reqId: 'req-1' });
    expect(outside).toMatchObject({ level: 40, msg: 'outside' });
    expect(outside).not.toHaveProperty('reqId');
    expect(written.every((line) => line.endsWith('\n'))).toBe(true);
  });

  it('otherwise a readable line: time, level unless info, message, fields, request id', () => {
    const { log, written } = capture(undefined);
    requestScope.run({ reqId: 'req-2' }, () => {
      log.info({ method: 'GET', status: 200 }, 'request');
      log.error('broken\nforged line');
    });
    expect(written[0]).toMatch(/^\d\d:\d\d:\d\d request method=GET status=200 \[req req-2\]\n$/);
    // A line break in a message cannot start a line of its own.
    expect(written[1]).toMatch(/^\d\d:\d\d:\d\d error broken forged line \[req req-2\]\n$/);
  });
});
