import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, graphql, waitInFrench } from './client.js';
import { ROLES } from './queries.js';

const answer = (status: number, body: unknown) => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status }))),
  );
};
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('graphql', () => {
  it('turns a cut-off route search into advice the person can follow, in French', async () => {
    answer(200, { errors: [{ message: 'too broad', extensions: { code: 'SEARCH_TOO_BROAD' } }] });
    const error = await graphql(ROLES, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('input');
    expect((error as ApiError).message).toMatch(/trop vaste.*réduisez/);
  });

  it('tells a draft saved meanwhile (to merge) from two writes at the same moment (to retry)', async () => {
    answer(200, {
      errors: [{ message: 'x', extensions: { code: 'CONFLICT', latestVersion: 3, changes: [] } }],
    });
    const outdated = (await graphql(ROLES, {}).catch((e: unknown) => e)) as ApiError;
    expect([outdated.kind, outdated.details.latestVersion]).toEqual(['conflict', 3]);
    answer(200, { errors: [{ message: 'x', extensions: { code: 'CONFLICT' } }] });
    const racing = (await graphql(ROLES, {}).catch((e: unknown) => e)) as ApiError;
    expect([racing.kind, racing.message]).toEqual([
      'server',
      'Une autre demande a modifié les mêmes données au même moment : réessayez.',
    ]);
  });

  it('reads a 503 while the server stops as « unavailable », to retry', async () => {
    answer(503, { errors: [{ message: 'The server is stopping; try again shortly.' }] });
    const error = await graphql(ROLES, {}).catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('unavailable');
  });
});

describe('waitInFrench', () => {
  it('says seconds under a minute, minutes (rounded up) beyond', () => {
    expect([0.2, 8, 59.5, 60, 61, 900].map(waitInFrench)).toEqual([
      '1 s',
      '8 s',
      '1 min',
      '1 min',
      '2 min',
      '15 min',
    ]);
  });
});
