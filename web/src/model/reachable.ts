import type { ConditionKind, ReachableOrder, RoleMatch } from '../api/types.js';

/** « Où puis-je aller ? »: how a list of reachable roles is sorted and filtered. */

export type ReachableSort = 'match' | 'duration' | 'steps';

/** The API's order for a sort (the URL keeps the French-free short names). */
export const ORDER_OF: Record<ReachableSort, ReachableOrder> = {
  match: 'MATCH',
  duration: 'DURATION',
  steps: 'STEPS',
};

export const REACHABLE_SORTS: readonly ReachableSort[] = ['match', 'duration', 'steps'];

export const SORT_LABEL: Record<ReachableSort, string> = {
  match: 'adéquation (la meilleure d’abord)',
  duration: 'durée de formation (la plus courte d’abord)',
  steps: 'nombre d’étapes (le plus petit d’abord)',
};

/**
 * The filters a person asks for, and the condition kinds each one avoids: « sans concours »,
 * « sans nouveau diplôme » (a diploma or a certification), « sans changement de catégorie ».
 */
export const AVOID_FILTERS = [
  { id: 'concours', label: 'sans concours', kinds: ['CONCOURS'] },
  { id: 'diplome', label: 'sans nouveau diplôme', kinds: ['DIPLOMA', 'CERTIFICATION'] },
  { id: 'categorie', label: 'sans changement de catégorie', kinds: ['CATEGORY_CHANGE'] },
] as const satisfies readonly { id: string; label: string; kinds: readonly ConditionKind[] }[];

export type AvoidFilter = (typeof AVOID_FILTERS)[number]['id'];

export const avoidKinds = (filters: readonly string[]): ConditionKind[] =>
  AVOID_FILTERS.filter((f) => filters.includes(f.id)).flatMap((f) => [...f.kinds]);

/** « aucune », or the conditions' labels joined, for the table. */
export const conditionsText = (match: RoleMatch): string =>
  match.conditions.length === 0 ? 'aucune' : match.conditions.map((c) => c.label).join(' ; ');
