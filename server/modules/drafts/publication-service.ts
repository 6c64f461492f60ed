import type { Viewer } from '../auth/auth-service.js';
import { UserInputError } from '../../domain/errors.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import type { GraphGateway } from '../../neo4j/gateway.js';
import { draftVersion } from './draft-service.js';
import { publicationProblems } from './publication-check.js';
import { listPublications, publishVersion } from './publication-repository.js';
import type { PublishedCertification } from '../../domain/bloc-credit.js';

/**
 * « Publier la maquette »: a complete version becomes a certification the planner offers on the
 * routes to its role, with its provenance (the draft, the version, who published it and when).
 */
export async function publishDraft(
  gateway: GraphGateway,
  ctx: PlanningContext,
  viewer: Viewer,
  input: { id: string; version: number; targetRoleId: string },
) {
  if (!ctx.role(input.targetRoleId))
    throw new UserInputError('targetRoleId', `unknown role id "${input.targetRoleId}"`);
  const version = await draftVersion(gateway, input.id, input.version);
  const problems = publicationProblems(version.blocks);
  if (problems.length > 0)
    throw new UserInputError(
      'version',
      `is not complete enough to be a certification: ${String(problems.length)} part(s) to finish (the version's publicationProblems lists them)`,
    );
  const published = await publishVersion(gateway, {
    draftId: input.id,
    number: input.version,
    targetRoleId: input.targetRoleId,
    publishedBy: viewer.email,
    publishedAt: new Date().toISOString(),
  });
  // The version was read a moment ago: only a deletion in between can lose it.
  if (!published) throw new UserInputError('id', `draft "${input.id}" was deleted meanwhile`);
  return published;
}

export const certifications = (gateway: GraphGateway) => listPublications(gateway);

const perRequest = new WeakMap<object, Promise<PublishedCertification[]>>();

/**
 * The published certifications, read once per request (`request`: the request's own context
 * object) and only by the fields that ask for them: routes and team maps come from the
 * planning graph in memory and still come when Neo4j cannot answer.
 */
export function publishedOnce(request: object, gateway: GraphGateway) {
  let read = perRequest.get(request);
  if (!read) {
    read = listPublications(gateway);
    perRequest.set(request, read);
  }
  return read;
}
