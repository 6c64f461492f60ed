import DOCUMENT from './operations.graphql?raw';
import type {
  CareerRoutesQuery,
  CareerRoutesQueryVariables,
  ExplorerGraphQuery,
  ExplorerGraphQueryVariables,
  FutureProfilesQuery,
  FutureProfilesQueryVariables,
  ReachableRolesQuery,
  ReachableRolesQueryVariables,
  RolesQuery,
  RolesQueryVariables,
  SearchQuery,
  SearchQueryVariables,
  TeamGapQuery,
  TeamGapQueryVariables,
  TrainingQuery,
  TrainingQueryVariables,
} from './operations.generated.js';

/**
 * An operation of operations.graphql: its name, and (for the compiler only) the types of its
 * answer and variables, so that `graphql(ROLES, …)` is typed end to end.
 */
export interface Operation<TData, TVariables> {
  readonly document: string;
  readonly name: string;
  readonly types?: { data: TData; variables: TVariables };
}

const operation = <TData, TVariables>(name: string): Operation<TData, TVariables> => ({
  document: DOCUMENT,
  name,
});

export const ROLES = operation<RolesQuery, RolesQueryVariables>('Roles');
export const CAREER_ROUTES = operation<CareerRoutesQuery, CareerRoutesQueryVariables>(
  'CareerRoutes',
);
export const REACHABLE_ROLES = operation<ReachableRolesQuery, ReachableRolesQueryVariables>(
  'ReachableRoles',
);
export const EXPLORER_GRAPH = operation<ExplorerGraphQuery, ExplorerGraphQueryVariables>(
  'ExplorerGraph',
);
export const SEARCH = operation<SearchQuery, SearchQueryVariables>('Search');
export const TRAINING = operation<TrainingQuery, TrainingQueryVariables>('Training');
export const FUTURE_PROFILES = operation<FutureProfilesQuery, FutureProfilesQueryVariables>(
  'FutureProfiles',
);
export const TEAM_GAP = operation<TeamGapQuery, TeamGapQueryVariables>('TeamGap');
