import { graphql } from '../api/client.js';
import { CAREER_ROUTES, CERTIFICATIONS, ROUTE_CERTIFICATIONS } from '../api/queries.js';
import type { CareerRoute, StepCertification } from '../api/types.js';
import type { CareerRoutesQueryVariables, ProfileInput } from '../api/operations.generated.js';
import { PROFILE_PREFIX } from '../components/role-picker.js';
import { loadProfile, loadServiceYears } from '../state/profile-store.js';
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

/**
 * The profile a request can carry before the list of jobs has come: the job's own, when the
 * person has no levels of her own for it and ROME is off (with ROME, declared diplomas may join
 * it, and they come with ROME's list). Null otherwise: the request needs the job's requirements.
 */
export function jobOwnProfile(
  state: ViewState,
  hasOwnLevels: boolean,
  serviceYears: number | null,
): ProfileInput | null {
  return state.from && !hasOwnLevels && !state.rome
    ? { currentRoleId: state.from, ...(serviceYears !== null && { serviceYears }) }
    : null;
}

const early = new Map<string, Promise<CareerRoute[]>>();

const fetchRoutes = (variables: CareerRoutesQueryVariables, signal?: AbortSignal) =>
  graphql(CAREER_ROUTES, variables, signal).then((d) => d.careerRoutes);

/**
 * A link to routes (`?from=…&to=…`) asks for them at once, beside the list of jobs, instead of
 * after it: the planner then takes this answer when it asks the same. Only with the job's own
 * profile (jobOwnProfile; a team member's levels count as her own, unknown until her row is read).
 */
export function requestRoutesEarly(state: ViewState): void {
  if (state.view !== 'parcours') return;
  const stored = loadProfile();
  const hasOwnLevels =
    state.member !== null ||
    (stored?.roleId === state.from && Object.keys(stored.levels).length > 0);
  const variables = routesRequest(state, jobOwnProfile(state, hasOwnLevels, loadServiceYears()));
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

/**
 * Whether the workbench published a certification for one of these jobs: the routes and the
 * team map ask what certifications credit only then.
 */
export async function certificationTargets(
  roleIds: readonly string[],
  signal?: AbortSignal,
): Promise<boolean> {
  const { certifications } = await graphql(CERTIFICATIONS, {}, signal);
  return certifications.some((c) => roleIds.includes(c.targetRole.id));
}

/** Each route's steps' published certifications (by route id), or null when none targets them. */
export type RouteCertifications = ReadonlyMap<
  string,
  readonly (readonly StepCertification[] | null)[]
>;

/**
 * What the published certifications credit on these routes: asked apart from the routes, and
 * only when a certification targets a role of them, so that the routes never wait for it (nor
 * fail with it: they come from the planning graph in memory, the certifications from Neo4j).
 */
export async function loadRouteCertifications(
  request: { variables: CareerRoutesQueryVariables; roleIds: readonly string[] },
  signal?: AbortSignal,
): Promise<RouteCertifications | null> {
  if (!(await certificationTargets(request.roleIds, signal))) return null;
  const { careerRoutes } = await graphql(ROUTE_CERTIFICATIONS, request.variables, signal);
  return new Map(careerRoutes.map((r) => [r.id, r.steps.map((s) => s.certifications ?? null)]));
}
