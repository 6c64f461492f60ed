import { authCosts, authResolvers } from '../modules/auth/auth-resolvers.js';
import { catalogCosts, catalogResolvers } from '../modules/catalog/catalog-resolvers.js';
import { diagnosticResolvers } from '../modules/diagnostic/diagnostic-resolvers.js';
import { draftsCosts, draftsResolvers } from '../modules/drafts/drafts-resolvers.js';
import { explorerCosts, explorerResolvers } from '../modules/explorer/explorer-resolvers.js';
import { planningCosts, planningResolvers } from '../modules/planning/planning-resolvers.js';
import { professionResolvers } from '../modules/profession/profession-resolvers.js';
import { romeResolvers } from '../modules/rome/rome-resolvers.js';
import { teamCosts, teamResolvers } from '../modules/team/team-resolvers.js';
import { trainingResolvers } from '../modules/training/training-resolvers.js';
import { mergeCosts } from './field-costs.js';

/** Each module's resolvers; their root fields and types are merged into one map. */
const modules: Record<string, Record<string, unknown>>[] = [
  authResolvers,
  catalogResolvers,
  diagnosticResolvers,
  draftsResolvers,
  explorerResolvers,
  planningResolvers,
  professionResolvers,
  romeResolvers,
  teamResolvers,
  trainingResolvers,
];

/** Two modules resolving the same field would silently shadow each other: refused at start. */
export function mergeResolvers(
  parts: readonly Record<string, Record<string, unknown>>[],
): Record<string, Record<string, unknown>> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      const into = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in into) throw new Error(`${type}.${field} is resolved by two modules`);
        into[field] = resolver;
      }
    }
  }
  return merged;
}

export const resolvers = mergeResolvers(modules);

/** What each root field costs beyond its answer's size, from the modules (limits.ts uses it). */
export const fieldCosts = mergeCosts([
  authCosts,
  catalogCosts,
  draftsCosts,
  explorerCosts,
  planningCosts,
  teamCosts,
]);
