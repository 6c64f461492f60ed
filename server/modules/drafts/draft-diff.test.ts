import { describe, expect, it } from 'vitest';
import type { DraftBlock, DraftItem } from '../../../schema/workbench.js';
import { diffDrafts } from './draft-diff.js';

const item = (id: string, patch: Partial<DraftItem> = {}): DraftItem => ({
  id,
  label: `item ${id}`,
  skills: [],
  hours: null,
  modality: null,
  evaluation: '',
  notes: '',
  source: 'x',
  ...patch,
});
const block = (id: string, items: DraftItem[], title = `bloc ${id}`): DraftBlock => ({
  id,
  title,
  aim: '',
  items,
});

describe('diffDrafts', () => {
  it('finds nothing between equal versions', () => {
    const v = [block('a', [item('1'), item('2')])];
    expect(diffDrafts(v, structuredClone(v))).toEqual([]);
  });

  it('matches by id: a renamed block, an added and a removed item, a changed skill level', () => {
    const from = [
      block('a', [
        item('1', { skills: [{ skillId: 's', level: 'GENERAL', source: 'x' }] }),
        item('2'),
      ]),
    ];
    const to = [
      block(
        'a',
        [item('1', { skills: [{ skillId: 's', level: 'DEEP', source: 'x' }] }), item('3')],
        'renamed',
      ),
    ];
    expect(diffDrafts(from, to)).toEqual([
      {
        scope: 'BLOCK',
        kind: 'CHANGED',
        blockNumber: 1,
        blockTitle: 'renamed',
        itemLabel: null,
        fields: ['title'],
      },
      {
        scope: 'ITEM',
        kind: 'CHANGED',
        blockNumber: 1,
        blockTitle: 'renamed',
        itemLabel: 'item 1',
        fields: ['skills'],
      },
      {
        scope: 'ITEM',
        kind: 'ADDED',
        blockNumber: 1,
        blockTitle: 'renamed',
        itemLabel: 'item 3',
        fields: [],
      },
      {
        scope: 'ITEM',
        kind: 'REMOVED',
        blockNumber: 1,
        blockTitle: 'bloc a',
        itemLabel: 'item 2',
        fields: [],
      },
    ]);
  });

  it('reports moves, but not the shift an insertion causes', () => {
    const from = [block('a', [item('1'), item('2')]), block('b', [])];
    const inserted = [
      block('new', []),
      block('a', [item('0'), item('1'), item('2')]),
      block('b', []),
    ];
    expect(
      diffDrafts(from, inserted).map((c) => `${c.scope} ${c.kind} ${c.fields.join()}`),
    ).toEqual(['BLOCK ADDED ', 'ITEM ADDED ']);
    const swapped = [block('b', [item('1')]), block('a', [item('2')])];
    expect(
      diffDrafts(from, swapped).map(
        (c) => `${c.scope} ${c.kind} ${c.itemLabel ?? ''} ${c.fields.join()}`,
      ),
    ).toEqual(['BLOCK CHANGED  position', 'BLOCK CHANGED  position', 'ITEM CHANGED item 1 block']);
  });
});
