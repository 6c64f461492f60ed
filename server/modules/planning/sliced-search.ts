import {
  SearchBudgetExceededError,
  type Route,
  type RouteSearch,
} from '../../domain/route-planner.js';

export interface SliceLimits {
  /** Longest stretch the search holds the event loop before letting other requests in. */
  sliceMs: number;
  /** Wall-clock time after which the search gives up (a deadline, in `now()` time). */
  deadline: number;
  now?: () => number;
}

/** Work between two looks at the clock: about a millisecond on the ESCO-scale graph. */
const WORK_PER_CLOCK_CHECK = 500;

const nextTurn = () =>
  new Promise<void>((resolve) => {
    setImmediate(resolve);
  });

/**
 * Runs a route search in slices of at most `sliceMs`, yielding to the event loop between them so
 * that one broad search never stalls the other requests; gives up once `deadline` has passed.
 */
export async function runInSlices(search: RouteSearch, limits: SliceLimits): Promise<Route[]> {
  const now = limits.now ?? (() => performance.now());
  for (;;) {
    const sliceEnd = now() + limits.sliceMs;
    do {
      if (search.advance(WORK_PER_CLOCK_CHECK)) return [...search.routes];
    } while (now() < sliceEnd);
    if (now() >= limits.deadline) throw new SearchBudgetExceededError('time');
    await nextTurn();
  }
}
