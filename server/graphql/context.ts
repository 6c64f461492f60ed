import type { PlanningContext } from '../domain/planning-context.js';
import type { GraphGateway } from '../neo4j/gateway.js';
import type { PlanningSnapshots } from '../services/planning-snapshots.js';

export interface ApiContext {
  gateway: GraphGateway;
  /** The planning graph, fetched at most once per request and only when a resolver needs it. */
  planning(): Promise<PlanningContext>;
}

export function createContext(gateway: GraphGateway, snapshots: PlanningSnapshots): ApiContext {
  let planning: Promise<PlanningContext> | undefined;
  return {
    gateway,
    planning: () => (planning ??= snapshots.current()),
  };
}
