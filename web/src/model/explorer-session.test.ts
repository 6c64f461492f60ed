import { describe, expect, it } from 'vitest';
import { explorerEdge, explorerNode } from './explorer-fixtures.js';
import {
  explorerSession,
  newExplorerSession,
  type ExplorerAction,
  type ExplorerSession,
} from './explorer-session.js';

const node = explorerNode;
const edge = explorerEdge;

const sec = node('Role', 'sec');
const tim = node('Role', 'tim');
const pmsi = node('Skill', 'pmsi');
const cadre = node('Role', 'cadre');
const opening = { nodes: [sec, tim], edges: [edge('MOVES_TO', 'Role:sec', 'Role:tim')] };
const fromTim = { nodes: [tim, pmsi], edges: [edge('REQUIRES', 'Role:tim', 'Skill:pmsi')] };

const run = (...actions: ExplorerAction[]): ExplorerSession =>
  actions.reduce(explorerSession, newExplorerSession('Role:sec'));
const shown = (s: ExplorerSession) => [...(s.working?.nodes.keys() ?? [])];
const opened: ExplorerAction = { type: 'opened', center: 'Role:sec', fetched: opening };

describe('the explorer session', () => {
  it('waits for the opening neighbourhood: before it, nothing acts', () => {
    const before = run({ type: 'selected', key: 'Role:tim' }, { type: 'removed' });
    expect(before.working).toBeNull();
  });

  it('expands and collapses the node selected, not the centre', () => {
    const expanded = run(
      opened,
      { type: 'selected', key: 'Role:tim' },
      {
        type: 'expanded',
        fetched: fromTim,
      },
    );
    expect(shown(expanded)).toEqual(['Role:sec', 'Role:tim', 'Skill:pmsi']);
    expect(expanded.working?.broughtBy.get('Skill:pmsi')).toBe('Role:tim');
    expect(shown(explorerSession(expanded, { type: 'collapsed' }))).toEqual([
      'Role:sec',
      'Role:tim',
    ]);
  });

  it('removes the node selected and selects the centre; the centre itself cannot be removed', () => {
    const removed = run(opened, { type: 'selected', key: 'Role:tim' }, { type: 'removed' });
    expect(shown(removed)).toEqual(['Role:sec']);
    expect(removed.selected).toBe('Role:sec');
    const centre = run(opened, { type: 'removed' });
    expect(shown(centre)).toEqual(['Role:sec', 'Role:tim']);
  });

  it('acts on the centre when the node selected is no longer shown', () => {
    const s = run(opened, { type: 'selected', key: 'Skill:gone' }, { type: 'pinned' });
    expect([...(s.working?.pinned ?? [])]).toEqual(['Role:sec']);
  });

  it('shows a path found in its own mode, says when there is none, and a new opening resets it', () => {
    const path = {
      nodes: [sec, tim, cadre],
      edges: [edge('MOVES_TO', 'Role:sec', 'Role:tim'), edge('MOVES_TO', 'Role:tim', 'Role:cadre')],
    };
    const found = run(opened, { type: 'pathFound', path, fromLabel: 'sec', toLabel: 'cadre' });
    expect(found.mode).toBe('path');
    expect(found.pathNote).toBe('Chemin de « sec » à « cadre » : 2 liens.');
    expect(shown(found)).toEqual(['Role:sec', 'Role:tim', 'Role:cadre']);
    const none = run(opened, { type: 'pathMissing', fromLabel: 'sec', toLabel: 'loin' });
    expect(none.pathNote).toBe('Aucun chemin de 6 liens au plus entre « sec » et « loin ».');
    expect(none.mode).toBe('neighbourhood');
    const again = explorerSession(found, opened);
    expect(again).toMatchObject({ mode: 'neighbourhood', pathNote: null, selected: 'Role:sec' });
  });
});
