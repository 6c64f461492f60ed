import type { PathFamily } from '../api/types.js';
import { FAMILIES } from '../model/labels.js';
import { AVOID_FILTERS, REACHABLE_SORTS, type ReachableSort } from '../model/reachable.js';

export type View =
  | 'parcours'
  | 'positionnement'
  | 'projet'
  | 'metier'
  | 'explorer'
  | 'blocs'
  | 'equipe'
  | 'diagnostic'
  | 'atelier'
  | 'referentiel';

/** Everything a shared or bookmarked link must reproduce. Never holds personal skills. */
export interface ViewState {
  view: View;
  from: string | null;
  to: string | null;
  families: PathFamily[];
  reachable: boolean;
  focus: string | null;
  kinds: string[] | null;
  /** « Où puis-je aller ? » filters: concours, diplome, categorie (model/reachable.ts). */
  avoid: string[];
  /** Its order: match (default), duration or steps. */
  order: ReachableSort;
  /** « Où puis-je aller ? » under a scenario of the study (its id), or neutral. */
  scenario: string | null;
  /** The diagnostic's scores (model/diagnostic-scores.ts) and the service it is about. */
  scores: string | null;
  service: string | null;
  /** Plan with France Travail's ROME beside the study (when it is loaded). */
  rome: boolean;
  /**
   * The planner with the levels of a team map's person: her row in this tab's team (1-based). Her
   * row number, never her name or levels, is in the link (state/team-store.ts keeps the team).
   */
  member: number | null;
  /** The workbench's draft, and a version of it (null: the latest). */
  draft: string | null;
  version: number | null;
}

const VIEWS: View[] = [
  'parcours',
  'positionnement',
  'projet',
  'metier',
  'explorer',
  'blocs',
  'equipe',
  'diagnostic',
  'atelier',
  'referentiel',
];
const isFamily = (value: string): value is PathFamily => (FAMILIES as string[]).includes(value);

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const list = (name: string) => (params.get(name) ?? '').split(',').filter(Boolean);
  return {
    view: VIEWS.includes(view as View) ? (view as View) : 'parcours',
    from: params.get('from'),
    to: params.get('to'),
    families: list('families').filter(isFamily),
    reachable: params.get('reachable') === '1',
    focus: params.get('focus'),
    kinds: params.has('kinds') ? list('kinds') : null,
    avoid: list('avoid').filter((f) => AVOID_FILTERS.some((filter) => filter.id === f)),
    order: REACHABLE_SORTS.find((o) => o === params.get('order')) ?? 'match',
    scenario: params.get('scenario'),
    scores: params.get('scores'),
    service: params.get('service'),
    rome: params.get('rome') === '1',
    member: /^[1-9][0-9]{0,3}$/.test(params.get('membre') ?? '')
      ? Number(params.get('membre'))
      : null,
    draft: params.get('draft'),
    version: /^[1-9][0-9]{0,5}$/.test(params.get('version') ?? '')
      ? Number(params.get('version'))
      : null,
  };
}

export function toSearch(state: ViewState): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.families.length > 0) params.set('families', state.families.join(','));
  if (state.reachable) params.set('reachable', '1');
  if (state.focus) params.set('focus', state.focus);
  if (state.kinds) params.set('kinds', state.kinds.join(','));
  if (state.avoid.length > 0) params.set('avoid', state.avoid.join(','));
  if (state.order !== 'match') params.set('order', state.order);
  if (state.scenario) params.set('scenario', state.scenario);
  if (state.scores) params.set('scores', state.scores);
  if (state.service) params.set('service', state.service);
  if (state.rome) params.set('rome', '1');
  if (state.member !== null) params.set('membre', String(state.member));
  if (state.draft) params.set('draft', state.draft);
  if (state.version !== null) params.set('version', String(state.version));
  return `?${params.toString()}`;
}
