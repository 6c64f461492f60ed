import { graphql } from '../api/client.js';
import { CAREER_ROUTES } from '../api/queries.js';
import type { CareerRoute } from '../api/types.js';
import type { CareerRoutesQueryVariables, ProfileInput } from '../api/operations.generated.js';
import { PROFILE_PREFIX } from '../components/role-picker.js';
import { loadProfile } from '../state/profile-store.js';
import type { ViewState } from '../state/url-state.js';

/** The planner's route request for a view state and a profile, or null when it asks for none. */
export function routesRequest(
  state: ViewState,
  profile: ProfileInput | null,
): CareerRoutesQueryVariables | null {
  if (!profile || !state.to || state.to.startsWith(PROFILE_PREFIX) || state.reachable) return null;
  return {
    profile,
    targetRoleId: state.to,
    families: state.families.length ? state.families : null,
    scenario: state.scenario,
    includeRome: state.rome,
  };
}

const early = new Map<string, Promise<CareerRoute[]>>();

const fetchRoutes = (variables: CareerRoutesQueryVariables, signal?: AbortSignal) =>
  graphql(CAREER_ROUTES, variables, signal).then((d) => d.careerRoutes);

/**
 * A link to routes (`?from=…&to=…`) asks for them at once, beside the list of jobs, instead of
 * after it: the planner then takes this answer when it asks the same. Only when the profile is the
 * job's own (no levels of her own kept in this browser, no team member, no diplomas): otherwise
 * the request needs the job's requirements, which come with the list.
 */
export function requestRoutesEarly(state: ViewState): void {
  if (state.view !== 'parcours' || !state.from || state.member !== null || state.rome) return;
  const stored = loadProfile();
  if (stored?.roleId === state.from && Object.keys(stored.levels).length > 0) return;
  const variables = routesRequest(state, { currentRoleId: state.from });
  if (!variables) return;
  const answer = fetchRoutes(variables);
  answer.catch(() => undefined); // the planner asks again and shows its own error
  early.set(JSON.stringify(variables), answer);
}

/** The routes for `variables`: the early answer when it was for the same request (once), else a new request. */
export function loadRoutes(
  variables: CareerRoutesQueryVariables,
  signal: AbortSignal,
): Promise<CareerRoute[]> {
  const key = JSON.stringify(variables);
  const answer = early.get(key);
  early.delete(key);
  return answer ?? fetchRoutes(variables, signal);
}
