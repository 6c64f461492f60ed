import { describe, expect, it } from 'vitest';
import type { DraftVersion } from '../api/types.js';
import {
  newSession,
  workbenchSession,
  type WorkbenchAction,
  type WorkbenchSession,
} from './workbench-session.js';

const version = (number: number, title = `Bloc v${number}`): DraftVersion => ({
  draftId: 'm1',
  title: 'Maquette',
  createdBy: 'conceptrice@chu.fr',
  number,
  author: 'conceptrice@chu.fr',
  createdAt: '2026-12-06T10:00:00.000Z',
  comment: '',
  restoredFrom: null,
  datasetVersion: null,
  publicationProblems: [],
  hours: null,
  blocks: [{ id: 'b1', number: 1, code: 'BC01', title, aim: '', hours: null, items: [] }],
});
const run = (...actions: WorkbenchAction[]): WorkbenchSession =>
  actions.reduce(workbenchSession, newSession());
const titles = (s: WorkbenchSession) => s.blocks.map((b) => b.title);

describe('the workbench session (one draft open)', () => {
  it('shows a loaded version; opening an older one does not make it the latest', () => {
    const s = run({ type: 'loaded', version: version(3) }, { type: 'loaded', version: version(1) });
    expect(s.saved?.number).toBe(1);
    expect(titles(s)).toEqual(['Bloc v1']);
    expect(s.latest).toBe(3);
  });

  it('a save clears the comment and says which version was saved', () => {
    const loaded = run({ type: 'loaded', version: version(1) });
    const s = run(
      { type: 'loaded', version: version(1) },
      { type: 'edited', blocks: [{ ...loaded.blocks[0]!, title: 'Renommé' }] },
      { type: 'commented', comment: 'titre' },
      { type: 'writing' },
      { type: 'written', version: version(2, 'Renommé'), what: 'Maquette enregistrée' },
    );
    expect(s).toMatchObject({ comment: '', latest: 2, conflict: null, error: null });
    expect(s.message).toBe('Maquette enregistrée : version 2 enregistrée.');
    expect(titles(s)).toEqual(['Renommé']);
  });

  it('a refused save keeps the edits; merging builds them on the version saved meanwhile', () => {
    const loaded = run({ type: 'loaded', version: version(1) });
    const mine = [{ ...loaded.blocks[0]!, title: 'Mes modifications' }];
    const refused = run(
      { type: 'loaded', version: version(1) },
      { type: 'edited', blocks: mine },
      { type: 'failed', failure: { kind: 'conflict', latest: 2, changes: [] } },
    );
    expect(refused.conflict).toEqual({ latest: 2, changes: [] });
    expect(titles(refused)).toEqual(['Mes modifications']);
    expect(refused.saved?.number).toBe(1);

    const opened = workbenchSession(refused, { type: 'mergeOpened', theirs: version(2) });
    const merged = workbenchSession(opened, { type: 'mergeApplied', blocks: mine });
    // The next save builds on version 2, with the merged blocks, and the conflict is settled.
    expect(merged).toMatchObject({ latest: 2, conflict: null, merging: null });
    expect(merged.saved?.number).toBe(2);
    expect(titles(merged)).toEqual(['Mes modifications']);
    expect(merged.message).toMatch(/Fusion appliquée à la version 2/);
    // Applying a merge that was never opened changes nothing.
    expect(workbenchSession(refused, { type: 'mergeApplied', blocks: [] })).toBe(refused);
  });

  it('a lost session keeps everything typed and asks to sign in again', () => {
    const loaded = run({ type: 'loaded', version: version(1) });
    const edited = workbenchSession(loaded, {
      type: 'edited',
      blocks: [{ ...loaded.blocks[0]!, title: 'Pas perdu' }],
    });
    const lost = workbenchSession(edited, { type: 'failed', failure: { kind: 'unauthenticated' } });
    expect(lost.sessionLost).toBe(true);
    expect(titles(lost)).toEqual(['Pas perdu']);
    const back = workbenchSession(lost, { type: 'signedInAgain' });
    expect(back).toMatchObject({
      sessionLost: false,
      message: expect.stringMatching(/reconnecté/) as string,
    });
    expect(titles(back)).toEqual(['Pas perdu']);
  });

  it('another failure is said in words, and the next write clears it', () => {
    const failed = run(
      { type: 'loaded', version: version(1) },
      { type: 'failed', failure: { kind: 'other', message: 'Le serveur ne répond pas.' } },
    );
    expect(failed.error).toBe('Le serveur ne répond pas.');
    expect(workbenchSession(failed, { type: 'writing' }).error).toBeNull();
  });
});
