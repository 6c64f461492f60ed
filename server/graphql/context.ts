import type { PlanningContext } from '../domain/planning-context.js';
import type { GraphGateway } from '../neo4j/gateway.js';
import {
  NO_CREDENTIALS,
  viewerOf,
  type RequestCredentials,
  type Viewer,
} from '../modules/auth/auth-service.js';
import type { PlanningSnapshots } from '../modules/dataset/snapshot-service.js';

export interface ApiContext {
  gateway: GraphGateway;
  /** The planning graph, fetched at most once per request and only when a resolver needs it. */
  planning(): Promise<PlanningContext>;
  /**
   * From now on in this request, the planning graph with ROME beside the study (a resolver asked
   * for includeRome): the type resolvers then find ROME's roles and skills too.
   */
  useRome(): void;
  /** When the request's work is abandoned, in performance.now() time. */
  deadline: number;
  credentials: RequestCredentials;
  /** The signed-in account, looked up at most once per request and only when needed. */
  viewer(): Promise<Viewer | null>;
  /**
   * What the answer must carry besides its body: a session cookie to set (sign-in) or clear
   * (sign-out, token null). A holder, since Apollo may copy the context object itself.
   */
  outcome: { sessionCookie: { token: string | null; maxAgeSeconds: number } | null };
}

/** Work a request may do before it is abandoned (route searches stop sooner, Neo4j reads too). */
export const REQUEST_DEADLINE_MS = 10_000;

export interface RequestInfo {
  credentials: RequestCredentials;
}

export function createContext(
  gateway: GraphGateway,
  snapshots: PlanningSnapshots,
  request: RequestInfo = { credentials: NO_CREDENTIALS },
): ApiContext {
  let planning: Promise<PlanningContext> | undefined;
  let viewer: Promise<Viewer | null> | undefined;
  return {
    gateway,
    planning: () => (planning ??= snapshots.current()),
    useRome: () => {
      planning = snapshots.withRome();
    },
    deadline: performance.now() + REQUEST_DEADLINE_MS,
    credentials: request.credentials,
    viewer: () => (viewer ??= viewerOf(gateway, request.credentials)),
    outcome: { sessionCookie: null },
  };
}
