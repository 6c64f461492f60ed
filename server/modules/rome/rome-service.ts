import { ROME_LICENCE, romeCredit } from '../../../schema/rome.js';
import { readRomeJoins } from '../../../seeds/rome/rome-joins.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import type { GraphGateway } from '../../neo4j/gateway.js';
import { loadRomePlanning } from './rome-planning-repository.js';
import { replaceRomeJoins, romeStatus, storedRomeCredentials } from './rome-repository.js';

/** ROME 4.0 beside the study, for the other modules: what is imported, and its part of planning. */

/** Which ROME import is live, null when none (the planning snapshot keys its cache on it). */
export const liveRomeImport = (gateway: GraphGateway) => romeStatus(gateway);

/** Which ROME release is loaded, with its credit and licence; null when none. */
export async function romeRelease(gateway: GraphGateway) {
  const status = await romeStatus(gateway);
  if (!status) return null;
  const credit = romeCredit({ code: status.release, published: status.published });
  return { ...status, credit, licence: ROME_LICENCE };
}

/**
 * ROME's fiches, skills and mobilities as planning reads them, with the reviewed diplomas of
 * regulated jobs stored by the import (none for a release imported before they were: import it
 * again); null when ROME is not imported.
 */
export async function romeForPlanning(gateway: GraphGateway) {
  const rome = await loadRomePlanning(gateway);
  if (!rome) return null;
  const credentials = await storedRomeCredentials(gateway);
  return { rome, diplomas: credentials?.credentials ?? [] };
}

/** After a reseed the study's roles and skills are new nodes: their joins to ROME are rewritten. */
export async function rewriteRomeJoins(gateway: GraphGateway): Promise<void> {
  const joins = readRomeJoins();
  if (joins.ok) await replaceRomeJoins(gateway, joins.joins);
}

/** ROME's fiches a route can aim at (those joined to a study role are that role), by title. */
export function romeTargets(ctx: PlanningContext) {
  return [...ctx.graph.roles.values()]
    .flatMap((role) =>
      role.romeFiche
        ? [
            {
              roleId: role.id,
              title: role.title,
              code: role.romeFiche.code,
              domain: role.romeFiche.domain,
              regulated: role.romeFiche.regulated,
            },
          ]
        : [],
    )
    .sort((a, b) => a.title.localeCompare(b.title, 'fr'));
}
