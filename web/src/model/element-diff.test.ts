import { describe, expect, it } from 'vitest';
import { elementChanges } from './element-diff.js';

const node = (id: string, label = id) => ({ group: 'nodes' as const, data: { id, label } });
const edge = (id: string, source: string, target: string) => ({
  group: 'edges' as const,
  data: { id, source, target },
});
const shown = (elements: { data: Record<string, unknown> }[]) =>
  elements.map((e) => ({ id: String(e.data.id), data: e.data }));

describe('elementChanges', () => {
  it('removes, adds and updates only what differs', () => {
    const before = [node('a'), node('b'), edge('ab', 'a', 'b')];
    const after = [node('a', 'A renamed'), node('c'), edge('ac', 'a', 'c')];
    const change = elementChanges(shown(before), after);
    expect(change.removed.sort()).toEqual(['ab', 'b']);
    expect(change.added.map((e) => e.data.id)).toEqual(['c', 'ac']);
    expect(change.updated).toEqual([{ id: 'a', data: { id: 'a', label: 'A renamed' } }]);
  });

  it('changes nothing when nothing changed, so the layout is not run again', () => {
    const elements = [node('a'), node('b'), edge('ab', 'a', 'b')];
    expect(elementChanges(shown(elements), elements)).toEqual({
      removed: [],
      added: [],
      updated: [],
      moved: [],
    });
  });

  it('moves a node given at another position (the route lanes are a preset layout)', () => {
    const at = (x: number) => ({ ...node('a'), position: { x, y: 0 } });
    const change = elementChanges(
      [{ ...shown([node('a')])[0]!, position: { x: 0, y: 0 } }],
      [at(50)],
    );
    expect(change.moved).toEqual([{ id: 'a', position: { x: 50, y: 0 } }]);
    expect(change.updated).toEqual([]);
  });

  it('replaces an edge whose endpoints moved', () => {
    const change = elementChanges(shown([edge('e', 'a', 'b')]), [edge('e', 'a', 'c')]);
    expect(change.removed).toEqual(['e']);
    expect(change.added.map((e) => String(e.data.target))).toEqual(['c']);
  });
});
