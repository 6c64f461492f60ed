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
import type { Resolvers } from './api-types.generated.js';
import { mergeCosts, type FieldCosts } from './field-costs.js';
import { mergeFields } from './merge-fields.js';

/** Each module: its resolvers, and what its root fields cost beyond their answer's size. */
const MODULES: readonly { resolvers: Resolvers; costs?: FieldCosts }[] = [
  { resolvers: authResolvers, costs: authCosts },
  { resolvers: catalogResolvers, costs: catalogCosts },
  { resolvers: diagnosticResolvers },
  { resolvers: draftsResolvers, costs: draftsCosts },
  { resolvers: explorerResolvers, costs: explorerCosts },
  { resolvers: planningResolvers, costs: planningCosts },
  { resolvers: professionResolvers },
  { resolvers: romeResolvers },
  { resolvers: teamResolvers, costs: teamCosts },
  { resolvers: trainingResolvers },
];

/** The modules' root fields and types as one map; a field resolved by two modules is refused. */
export const mergeResolvers = (parts: readonly Resolvers[]) =>
  mergeFields<unknown>(parts, 'resolved');

export const resolvers = mergeResolvers(MODULES.map((module) => module.resolvers));

/** What each root field costs beyond its answer's size, from the modules (limits.ts uses it). */
export const fieldCosts = mergeCosts(MODULES.flatMap((module) => module.costs ?? []));
