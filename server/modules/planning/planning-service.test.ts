import { describe, expect, it } from 'vitest';
import type { Level } from '../../../schema/common.js';
import { planningGraph } from '../../../tests/support/planning-fixtures.js';
import { SearchBudgetExceededError, type RouteSearch } from '../../domain/route-planner.js';
import { runInSlices } from './sliced-search.js';
import { careerRoutes, reachable, ROUTE_SEARCH_SLICE_MS } from './planning-service.js';

/**
 * A dense graph like the one that held the event loop for 12–19 s: 3,000 roles, 30 moves each.
 * The target, r1, alone needs a deep skill: every partial route is cheaper than any route to it,
 * so a best-first search must look at a great many before it finds the first one.
 */
function denseGraph(roles = 3_000, movesPerRole = 30, skills = 400) {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const requirements: Record<string, Record<string, Level>> = {};
  const moves: [string, string][] = [];
  for (let r = 0; r < roles; r++) {
    const required: Record<string, Level> = {};
    for (let k = 0; k < 8; k++) required[`s${Math.floor(random() * skills)}`] = 'GENERAL';
    requirements[`r${r}`] = required;
    for (let m = 0; m < movesPerRole; m++) {
      const to = Math.floor(random() * roles);
      if (to !== r) moves.push([`r${r}`, `r${to}`]);
    }
  }
  requirements.r1 = { unique: 'DEEP' };
  return planningGraph(requirements, moves);
}

describe('careerRoutes on a dense graph', () => {
  const ctx = denseGraph();
  const broad = {
    profile: { currentRoleId: 'r0' },
    targetRoleId: 'r1',
    maxSteps: 6,
    limit: 20,
  };

  it('cuts a broad search off within two seconds, with SEARCH_TOO_BROAD material', async () => {
    const started = performance.now();
    const error = await careerRoutes(ctx, broad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchBudgetExceededError);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('cuts it off by time too, when the request has little time left', async () => {
    const error = await careerRoutes(ctx, broad, performance.now() + 50).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchBudgetExceededError);
    expect((error as SearchBudgetExceededError).limit).toBe('time');
  });

  it('lets other work in between slices, each slice as long as the clock allows', async () => {
    // A clock that moves one millisecond per look, whatever the machine's load: a slice of
    // ROUTE_SEARCH_SLICE_MS is that many looks, then other work runs before the next one.
    let clock = 0;
    const events: string[] = [];
    // Other work: a task that queues itself again each turn of the event loop, as requests do.
    let done = false;
    const other = () => {
      events.push('other');
      if (!done) setImmediate(other);
    };
    setImmediate(other);
    const search = {
      routes: [],
      advanced: 0,
      advance() {
        events.push('search');
        return ++this.advanced === 200;
      },
    };
    await runInSlices(search as unknown as RouteSearch, {
      sliceMs: ROUTE_SEARCH_SLICE_MS,
      deadline: Number.POSITIVE_INFINITY,
      now: () => clock++,
    });
    done = true;
    const slices = events
      .join(' ')
      .split(/(?:other ?)+/)
      .map((run) => run.trim().split(' ').filter(Boolean).length)
      .filter((n) => n > 0);
    expect(slices.length).toBeGreaterThan(5);
    // One clock look before the slice, one after each piece of work: at most sliceMs pieces.
    expect(Math.max(...slices)).toBeLessThanOrEqual(ROUTE_SEARCH_SLICE_MS);
    expect(slices.reduce((a, b) => a + b, 0)).toBe(200);
  });

  it('still answers a narrow question on the same graph', async () => {
    const routes = await careerRoutes(ctx, { ...broad, maxSteps: 2, limit: 1 });
    expect(routes.length).toBeLessThanOrEqual(1);
  });
});

describe('reachable (« Où puis-je aller ? »)', () => {
  // From a, the best match (c: two steps, long to learn) is neither the shortest to learn (d) nor
  // the nearest (b): each order gives its own list.
  const ctx = planningGraph(
    {
      a: { s: 'OPERATIONAL', t: 'GENERAL' },
      b: { u: 'DEEP', v: 'DEEP' },
      c: { s: 'OPERATIONAL', t: 'GENERAL', w: 'DEEP' },
      d: { x: 'GENERAL', y: 'GENERAL' },
    },
    [
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'd'],
      ['d', 'c'],
    ],
  );
  const ask = (orderBy: 'MATCH' | 'DURATION' | 'STEPS', offset = 0, limit = 10) =>
    reachable(ctx, { profile: { currentRoleId: 'a' }, maxSteps: 2, limit, offset, orderBy });

  it('orders by match, duration or steps, and pages in that order with the total', () => {
    const ids = (answer: ReturnType<typeof ask>) => answer.matches.map((m) => m.roleId);
    expect(ids(ask('MATCH'))).toEqual(['c', 'b', 'd']);
    expect(ids(ask('DURATION'))).toEqual(['d', 'c', 'b']);
    expect(ids(ask('STEPS'))).toEqual(['b', 'd', 'c']);
    const page2 = ask('DURATION', 1, 1);
    expect([page2.total, ids(page2)]).toEqual([3, ['c']]);
  });
});

describe('careerRoutes under a scenario', () => {
  it('puts routes through a role at risk after the others, and says so on the step', async () => {
    // a → x → t is cheaper than a → y → t; the scenario puts x at risk.
    const ctx = planningGraph({ a: {}, x: { s: 'GENERAL' }, y: { s: 'DEEP' }, t: { s: 'DEEP' } }, [
      ['a', 'x'],
      ['a', 'y'],
      ['x', 't'],
      ['y', 't'],
    ]);
    const scenario = {
      id: 'sc',
      order: 1,
      title: 'sc',
      nickname: 'sc',
      description: 'sc',
      strengths: 's',
      vigilance: 'v',
      detailsSource: 's',
      source: 's',
      positions: [],
      suits: [],
      outlook: [{ roleId: 'x', effect: 'AT_RISK' as const, source: 'derived: test' }],
    };
    (ctx.graph as { prospective: unknown }).prospective = {
      axes: [],
      items: [],
      scenarios: [scenario],
    };
    const ask = (s: string | null) =>
      careerRoutes(ctx, {
        profile: { currentRoleId: 'a' },
        targetRoleId: 't',
        limit: 2,
        maxSteps: 3,
        scenario: s,
      });
    const via = (routes: Awaited<ReturnType<typeof ask>>) => routes.map((r) => r.steps[0]?.move.to);
    expect(via(await ask(null))).toEqual(['x', 'y']);
    const under = await ask('sc');
    expect(via(under)).toEqual(['y', 'x']);
    expect(under[1]?.steps[0]?.outlook).toMatchObject({ effect: 'AT_RISK' });
  });
});
