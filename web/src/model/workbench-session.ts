import type { DraftChange, DraftVersion } from '../api/types.js';
import { fromVersion, type EditBlock } from './draft-editor.js';

/**
 * The state machine of one draft open in the workbench: the version the edits build on, the
 * edits, and what the last write said (saved, refused on a conflict, session lost, failed).
 * Pure: the component sends actions and renders the state; the tests drive it without a DOM.
 */
export interface WorkbenchSession {
  /** The version the edits build on (null until the draft is loaded). */
  saved: DraftVersion | null;
  blocks: EditBlock[];
  comment: string;
  /** What the last success said (« version 3 enregistrée »…). */
  message: string | null;
  /** A failure other than a conflict or a lost session, in words. */
  error: string | null;
  /** A save refused: the version saved meanwhile, and what it changed. */
  conflict: { latest: number; changes: DraftChange[] } | null;
  /** The version saved meanwhile, once the person asked to merge with it. */
  merging: DraftVersion | null;
  /** The newest version seen: opening an old one does not make it the latest. */
  latest: number | null;
  /** The session ended: the edits stay, a sign-in form asks to sign in again. */
  sessionLost: boolean;
}

/** Why a write failed, as the workbench tells it apart. */
export type WriteFailure =
  | { kind: 'unauthenticated' }
  | { kind: 'conflict'; latest: number; changes: DraftChange[] }
  | { kind: 'other'; message: string };

export type WorkbenchAction =
  | { type: 'loaded'; version: DraftVersion }
  | { type: 'edited'; blocks: EditBlock[] }
  | { type: 'commented'; comment: string }
  | { type: 'writing' }
  | { type: 'written'; version: DraftVersion; what: string }
  | { type: 'failed'; failure: WriteFailure }
  | { type: 'mergeOpened'; theirs: DraftVersion }
  | { type: 'mergeApplied'; blocks: EditBlock[] }
  | { type: 'mergeCancelled' }
  | { type: 'signedInAgain' };

export const newSession = (): WorkbenchSession => ({
  saved: null,
  blocks: [],
  comment: '',
  message: null,
  error: null,
  conflict: null,
  merging: null,
  latest: null,
  sessionLost: false,
});

/** A version shown as the base of the edits: its blocks, nothing pending. */
const showing = (state: WorkbenchSession, version: DraftVersion): WorkbenchSession => ({
  ...state,
  saved: version,
  blocks: fromVersion(version),
  conflict: null,
  merging: null,
  error: null,
});

const newest = (known: number | null, number: number) => Math.max(known ?? 0, number);

export function workbenchSession(
  state: WorkbenchSession,
  action: WorkbenchAction,
): WorkbenchSession {
  switch (action.type) {
    case 'loaded':
      return {
        ...showing(state, action.version),
        latest: newest(state.latest, action.version.number),
      };
    case 'edited':
      return { ...state, blocks: action.blocks, message: null };
    case 'commented':
      return { ...state, comment: action.comment };
    case 'writing':
      return { ...state, error: null };
    case 'written':
      return {
        ...showing(state, action.version),
        latest: action.version.number,
        comment: '',
        message: `${action.what} : version ${action.version.number} enregistrée.`,
      };
    case 'failed': {
      const { failure } = action;
      if (failure.kind === 'unauthenticated') return { ...state, sessionLost: true };
      if (failure.kind === 'conflict') {
        return { ...state, conflict: { latest: failure.latest, changes: failure.changes } };
      }
      return { ...state, error: failure.message };
    }
    case 'mergeOpened':
      return { ...state, merging: action.theirs };
    case 'mergeApplied': {
      // The merge is an edit of the newer version: the next save builds on it.
      const theirs = state.merging;
      if (!theirs) return state;
      return {
        ...state,
        saved: theirs,
        latest: newest(state.latest, theirs.number),
        blocks: action.blocks,
        conflict: null,
        merging: null,
        message: `Fusion appliquée à la version ${String(theirs.number)} : vérifiez, puis enregistrez.`,
      };
    }
    case 'mergeCancelled':
      return { ...state, merging: null };
    case 'signedInAgain':
      return {
        ...state,
        sessionLost: false,
        message: 'Vous êtes reconnecté·e : enregistrez à nouveau.',
      };
  }
}
