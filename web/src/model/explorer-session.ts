import {
  collapse,
  merge,
  removeNode,
  startAt,
  togglePin,
  type Fetched,
  type WorkingGraph,
} from './explorer-graph.js';

/**
 * The explorer's state machine: the working graph, the node selected, whether it shows a
 * neighbourhood or a path, and what the last path request said. Pure: the view sends actions
 * (expand, collapse, remove, pin, select, path found or not) and renders the state.
 */
export interface ExplorerSession {
  working: WorkingGraph | null;
  selected: string;
  mode: 'neighbourhood' | 'path';
  pathNote: string | null;
}

export type ExplorerAction =
  | { type: 'opened'; center: string; fetched: Fetched }
  | { type: 'selected'; key: string }
  | { type: 'expanded'; fetched: Fetched }
  | { type: 'collapsed' }
  | { type: 'removed' }
  | { type: 'pinned' }
  | { type: 'pathFound'; path: Fetched; fromLabel: string; toLabel: string }
  | { type: 'pathMissing'; fromLabel: string; toLabel: string }
  | { type: 'pathFailed'; message: string };

export const newExplorerSession = (center: string): ExplorerSession => ({
  working: null,
  selected: center,
  mode: 'neighbourhood',
  pathNote: null,
});

/** The longest chain the path search looks for (the server's PATH_MAX_LENGTH). */
const PATH_MAX_LENGTH = 6;

/** The selected node (its key) when it is still shown, else the centre. */
const selectedKey = (state: ExplorerSession, working: WorkingGraph) =>
  working.nodes.has(state.selected) ? state.selected : working.center;

export function explorerSession(state: ExplorerSession, action: ExplorerAction): ExplorerSession {
  if (action.type === 'opened') {
    return {
      working: startAt(action.center, action.fetched),
      selected: action.center,
      mode: 'neighbourhood',
      pathNote: null,
    };
  }
  const { working } = state;
  if (!working) return state;
  // Expand, collapse, remove and pin act on the node selected.
  const key = selectedKey(state, working);
  switch (action.type) {
    case 'selected':
      return { ...state, selected: action.key };
    case 'expanded':
      return { ...state, working: merge(working, action.fetched, key) };
    case 'collapsed':
      return { ...state, working: collapse(working, key) };
    case 'removed':
      // removeNode never takes the centre off: there is always something to stand on.
      return { ...state, working: removeNode(working, key), selected: working.center };
    case 'pinned':
      return { ...state, working: togglePin(working, key) };
    case 'pathFound': {
      const links = action.path.edges.length;
      return {
        ...state,
        working: startAt(working.center, action.path),
        mode: 'path',
        pathNote: `Chemin de « ${action.fromLabel} » à « ${action.toLabel} » : ${links} lien${links > 1 ? 's' : ''}.`,
      };
    }
    case 'pathMissing':
      return {
        ...state,
        pathNote: `Aucun chemin de ${PATH_MAX_LENGTH} liens au plus entre « ${action.fromLabel} » et « ${action.toLabel} ».`,
      };
    case 'pathFailed':
      return { ...state, pathNote: action.message };
  }
}
