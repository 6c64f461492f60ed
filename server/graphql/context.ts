import type { PlanningContext } from '../domain/planning-context.js';
import type { GraphGateway } from '../neo4j/gateway.js';
import type { PlanningSnapshots } from '../services/planning-snapshots.js';

export interface ApiContext {
  gateway: GraphGateway;
  /** The planning graph, fetched at most once per request and only when a resolver needs it. */
  planning(): Promise<PlanningContext>;
  /** When the request's work is abandoned, in performance.now() time. */
  deadline: number;
}

/** Work a request may do before it is abandoned (route searches stop sooner, Neo4j reads too). */
export const REQUEST_DEADLINE_MS = 10_000;

export function createContext(gateway: GraphGateway, snapshots: PlanningSnapshots): ApiContext {
  let planning: Promise<PlanningContext> | undefined;
  return {
    gateway,
    planning: () => (planning ??= snapshots.current()),
    deadline: performance.now() + REQUEST_DEADLINE_MS,
  };
}
