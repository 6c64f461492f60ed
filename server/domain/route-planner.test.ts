import { describe, expect, it } from 'vitest';
import { planningGraph } from '../../tests/support/planning-fixtures.js';
import type { Profile } from './profile.js';
import type { Level } from '../../schema/common.js';
import {
  planRoutes,
  RouteSearch,
  SearchBudgetExceededError,
  type RouteQuery,
} from './route-planner.js';

const query = (over: Partial<RouteQuery> = {}): RouteQuery => ({
  fromRoleId: 'a',
  targetRoleId: 'z',
  profile: new Map(),
  maxSteps: 4,
  limit: 3,
  families: null,
  ...over,
});
const path = (route: { steps: { move: { from: string; to: string } }[] }) =>
  [route.steps[0]?.move.from, ...route.steps.map((s) => s.move.to)].join('>');

describe('planRoutes', () => {
  it('charges a detour for what its roles require: the direct move comes first', () => {
    const ctx = planningGraph(
      { a: {}, z: { s: 'OPERATIONAL' }, b: { s: 'GENERAL' }, c: { t: 'GENERAL' }, d: {} },
      [
        ['a', 'z'],
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'z'],
      ],
    );
    // s is held at GENERAL: a>z pays GENERAL→OPERATIONAL (13.5 - 0.625 = 12.875 months);
    // a>b>c>z pays the same for s plus t from nothing (0.625): 13.5.
    const profile: Profile = new Map([['s', 'GENERAL']]);
    const routes = planRoutes(ctx, query({ profile }));
    expect(routes.map(path)).toEqual(['a>z', 'a>b>c>z']);
    expect(routes.map((r) => r.totalCost)).toEqual([12.875, 13.5]);
  });

  it('prefers the cheapest route over the shortest one', () => {
    const ctx = planningGraph(
      { a: {}, b: {}, c: {}, z: { s: 'GENERAL' }, x: { s: 'GENERAL', u: 'DEEP' } },
      [
        ['a', 'x'],
        ['x', 'z'],
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'z'],
      ],
    );
    const routes = planRoutes(ctx, query());
    expect(routes.map(path)).toEqual(['a>b>c>z', 'a>x>z']);
    expect(routes[0]?.totalCost).toBe(0.625);
    expect(routes[1]?.totalCost).toBe(42.625);
  });

  it('returns an empty list when there is no route, or none within maxSteps', () => {
    const ctx = planningGraph({ a: {}, b: {}, c: {}, z: {} }, [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'z'],
    ]);
    expect(planRoutes(ctx, query({ targetRoleId: 'a', fromRoleId: 'z' }))).toEqual([]);
    expect(planRoutes(ctx, query({ maxSteps: 2 }))).toEqual([]);
    expect(planRoutes(ctx, query({ maxSteps: 3 })).map(path)).toEqual(['a>b>c>z']);
  });

  it('never visits a role twice, even around cycles', () => {
    const ctx = planningGraph({ a: {}, b: {}, c: {}, z: {} }, [
      ['a', 'b'],
      ['b', 'a'],
      ['b', 'c'],
      ['c', 'b'],
      ['c', 'a'],
      ['c', 'z'],
    ]);
    const routes = planRoutes(ctx, query({ limit: 10, maxSteps: 6 }));
    expect(routes.map(path)).toEqual(['a>b>c>z']);
  });

  it('keeps what was learnt: a skill met on an earlier step costs nothing later', () => {
    const ctx = planningGraph({ a: {}, b: { s: 'DEEP' }, z: { s: 'DEEP', t: 'GENERAL' } }, [
      ['a', 'b'],
      ['b', 'z'],
    ]);
    const [route] = planRoutes(ctx, query());
    expect(route?.steps.map((s) => s.gap.missing.map((m) => m.skillId))).toEqual([['s'], ['t']]);
    expect(route?.steps[1]?.gap.missing[0]?.currentLevel).toBeNull();
    expect(route?.totalCost).toBe(42.625);
    expect(route?.estimatedMonths).toBe(42.625);
  });

  it('breaks ties by fewer steps, then by route id, whatever the move order', () => {
    const roles = { a: {}, b: {}, c: {}, d: {}, z: {} };
    const moves: [string, string][] = [
      ['a', 'd'],
      ['d', 'z'],
      ['a', 'c'],
      ['c', 'z'],
      ['a', 'z'],
      ['a', 'b'],
      ['b', 'z'],
    ];
    const forward = planRoutes(planningGraph(roles, moves), query({ limit: 10 })).map(path);
    const backward = planRoutes(
      planningGraph(roles, [...moves].reverse()),
      query({ limit: 10 }),
    ).map(path);
    expect(forward).toEqual(['a>z', 'a>b>z', 'a>c>z', 'a>d>z']);
    expect(backward).toEqual(forward);
  });

  it('honours the limit and the path families, always allowing moves without a family', () => {
    const ctx = planningGraph({ e: {}, a: {}, m: {}, z: {} }, [
      ['e', 'a'],
      ['a', 'm', 'MANAGEMENT'],
      ['m', 'z', 'MANAGEMENT'],
      ['a', 'z', 'COORDINATION'],
    ]);
    expect(planRoutes(ctx, query({ fromRoleId: 'e', limit: 1 })).map(path)).toEqual(['e>a>z']);
    const management = planRoutes(
      ctx,
      query({ fromRoleId: 'e', families: new Set(['MANAGEMENT']) }),
    );
    expect(management.map(path)).toEqual(['e>a>m>z']);
  });

  it('returns nothing for a route to where one already is', () => {
    const ctx = planningGraph({ a: {}, z: {} }, [['a', 'z']]);
    expect(planRoutes(ctx, query({ targetRoleId: 'a' }))).toEqual([]);
  });
});

describe('the work budget', () => {
  it('counts partial routes pushed, not only those popped: a wide fan-out spends it', () => {
    const roles: Record<string, Record<string, never>> = { a: {}, z: {} };
    const moves: [string, string][] = [];
    for (let i = 0; i < 100; i++) {
      roles[`b${i}`] = {};
      moves.push(['a', `b${i}`], [`b${i}`, 'z']);
    }
    const ctx = planningGraph(roles, moves);
    // Two pops find the first route; a hundred pushes come before it.
    expect(() => planRoutes(ctx, query({ limit: 1 }), 50)).toThrow(SearchBudgetExceededError);
    expect(planRoutes(ctx, query({ limit: 1 }), 1_000)).toHaveLength(1);
  });

  it('gives the same routes whether run at once or in small slices', () => {
    const roles: Record<string, Record<string, Level>> = { a: {}, z: { s: 'DEEP' } };
    const moves: [string, string][] = [['a', 'z']];
    for (let i = 0; i < 20; i++) {
      roles[`b${i}`] = { [`t${i % 3}`]: 'GENERAL' };
      moves.push(['a', `b${i}`], [`b${i}`, 'z'], [`b${i}`, `b${(i + 1) % 20}`]);
    }
    const ctx = planningGraph(roles, moves);
    const whole = planRoutes(ctx, query({ limit: 10 }));
    const search = new RouteSearch(ctx, query({ limit: 10 }));
    let slices = 0;
    while (!search.advance(3)) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(search.routes.map(path)).toEqual(whole.map(path));
  });
});

describe('route ids and ties', () => {
  const ids = (routes: { steps: { move: { id: string } }[] }[]) =>
    routes.map((route) => route.steps.map((step) => step.move.id).join('>'));

  it('gives two parallel moves two routes, ordered by move id', () => {
    const ctx = planningGraph({ a: {}, z: {} }, [
      ['a', 'z', null, 'm-2'],
      ['a', 'z', null, 'm-1'],
    ]);
    expect(ids(planRoutes(ctx, query({ limit: 5 })))).toEqual(['m-1', 'm-2']);
  });

  it('compares move by move, so an id that is a prefix of another comes first', () => {
    // Joined as strings, "s-a-b>…" would sort before "s-a>…" ("-" < ">"); move by move, it does not.
    const ctx = planningGraph({ s: {}, x: {}, y: {}, t: {} }, [
      ['s', 'x', null, 's-a-b'],
      ['s', 'y', null, 's-a'],
      ['x', 't', null, 'x-t'],
      ['y', 't', null, 'y-t'],
    ]);
    expect(ids(planRoutes(ctx, query({ fromRoleId: 's', targetRoleId: 't', limit: 5 })))).toEqual([
      's-a>y-t',
      's-a-b>x-t',
    ]);
  });
});
