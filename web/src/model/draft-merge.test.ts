import { describe, expect, it } from 'vitest';
import type { EditBlock, EditItem } from './draft-editor.js';
import { mergeDrafts } from './draft-merge.js';

const item = (id: string, label = `Contenu ${id}`, hours = '7'): EditItem => ({
  id,
  label,
  skills: [{ skillId: 'k-pmsi', label: 'PMSI', level: 'OPERATIONAL', source: null }],
  hours,
  modality: null,
  evaluation: '',
  notes: '',
  source: null,
});
const block = (id: string, items: EditItem[], title = `Bloc ${id}`): EditBlock => ({
  id,
  title,
  aim: '',
  items,
});
const base: EditBlock[] = [
  block('b1', [item('i1'), item('i2'), item('i3')]),
  block('b2', [item('i4')]),
  block('b3', [item('i5')]),
];
const clone = (): EditBlock[] => structuredClone(base);
const shape = (blocks: readonly EditBlock[]) =>
  blocks.map((b) => `${b.title}: ${b.items.map((i) => `${i.label} ${i.hours}h`).join(', ')}`);

describe('merging a draft with a version saved meanwhile', () => {
  it('takes what each side changed in different items and blocks, without conflict', () => {
    const mine = clone();
    mine[0]!.items[1]!.hours = '14'; // i2
    mine[2]!.title = 'Bloc 3 renommé';
    const theirs = clone();
    theirs[0]!.items[0]!.label = 'Accueil physique'; // i1
    theirs[1]!.items.push(item('i6', 'Codage PMSI'));
    const { blocks, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(shape(blocks)).toEqual([
      'Bloc b1: Accueil physique 7h, Contenu i2 14h, Contenu i3 7h',
      'Bloc b2: Contenu i4 7h, Codage PMSI 7h',
      'Bloc 3 renommé: Contenu i5 7h',
    ]);
  });

  it('keeps additions of both sides where each put them, and removals of unchanged parts', () => {
    const mine = clone();
    mine[0]!.items.splice(1, 0, item('m1', 'Mien'));
    mine.splice(1, 1); // removes b2, which theirs left as it was
    const theirs = clone();
    theirs[0]!.items.splice(0, 0, item('t1', 'Leur'));
    theirs[0]!.items.splice(3, 1); // removes i3
    theirs.push(block('t-b', [], 'Bloc ajouté'));
    const { blocks, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(shape(blocks)).toEqual([
      'Bloc b1: Leur 7h, Contenu i1 7h, Mien 7h, Contenu i2 7h',
      'Bloc b3: Contenu i5 7h',
      'Bloc ajouté: ',
    ]);
  });

  it('follows a reordering made on one side only, whichever side', () => {
    const reordered = clone();
    reordered[0]!.items.reverse();
    reordered.reverse();
    const untouched = clone();
    untouched[1]!.items[0]!.hours = '21';
    const expected = [
      'Bloc b3: Contenu i5 7h',
      'Bloc b2: Contenu i4 21h',
      'Bloc b1: Contenu i3 7h, Contenu i2 7h, Contenu i1 7h',
    ];
    expect(shape(mergeDrafts(base, reordered, untouched).blocks)).toEqual(expected);
    expect(shape(mergeDrafts(base, untouched, reordered).blocks)).toEqual(expected);
  });

  it('reports an item changed differently on both sides with both versions, settled by choice', () => {
    const mine = clone();
    mine[0]!.items[1]!.hours = '14';
    mine[1]!.items[0]!.label = 'Même changement';
    const theirs = clone();
    theirs[0]!.items[1]!.hours = '21';
    theirs[1]!.items[0]!.label = 'Même changement';
    const first = mergeDrafts(base, mine, theirs);
    expect(first.conflicts).toHaveLength(1);
    const [conflict] = first.conflicts;
    expect(conflict).toMatchObject({ kind: 'ITEM', key: 'item:b1/i2', blockTitle: 'Bloc b1' });
    expect([conflict?.mine, conflict?.theirs].map((v) => v && 'hours' in v && v.hours)).toEqual([
      '14',
      '21',
    ]);
    // Unsettled: the saved version stands; settled « mine »: the person's edit.
    expect(first.blocks[0]!.items[1]!.hours).toBe('21');
    const settled = mergeDrafts(base, mine, theirs, { 'item:b1/i2': 'MINE' });
    expect(settled.blocks[0]!.items[1]!.hours).toBe('14');
    expect(settled.blocks[1]!.items[0]!.label).toBe('Même changement');
  });

  it('reports a part removed on one side and changed on the other', () => {
    const mine = clone();
    mine[0]!.items.splice(2, 1); // removes i3
    mine[2]!.items[0]!.hours = '3'; // changes b3's item
    const theirs = clone();
    theirs[0]!.items[2]!.label = 'Archivage révisé'; // changes i3
    theirs.splice(2, 1); // removes b3
    const { conflicts, blocks } = mergeDrafts(base, mine, theirs);
    expect(conflicts.map((c) => [c.key, c.mine === null, c.theirs === null])).toEqual([
      ['item:b1/i3', true, false],
      ['block:b3', false, true],
    ]);
    // By default the newer version stands: i3 changed, b3 removed.
    expect(shape(blocks)).toEqual([
      'Bloc b1: Contenu i1 7h, Contenu i2 7h, Archivage révisé 7h',
      'Bloc b2: Contenu i4 7h',
    ]);
    const mineWins = mergeDrafts(base, mine, theirs, { 'item:b1/i3': 'MINE', 'block:b3': 'MINE' });
    expect(shape(mineWins.blocks)).toEqual([
      'Bloc b1: Contenu i1 7h, Contenu i2 7h',
      'Bloc b2: Contenu i4 7h',
      'Bloc b3: Contenu i5 3h',
    ]);
  });

  it('reports a block renamed differently on both sides, its items still merged', () => {
    const mine = clone();
    mine[1]!.title = 'Coordination';
    mine[1]!.items[0]!.hours = '10';
    const theirs = clone();
    theirs[1]!.title = 'Parcours';
    const { conflicts, blocks } = mergeDrafts(base, mine, theirs, { 'block:b2': 'MINE' });
    expect(conflicts.map((c) => c.key)).toEqual(['block:b2']);
    expect(shape(blocks)[1]).toBe('Coordination: Contenu i4 10h');
  });
});

describe('an item moved to another block on one side and changed on the other', () => {
  it('stays once, where it was moved, with the content the person chooses', () => {
    const mine = clone();
    const [moved] = mine[0]!.items.splice(2, 1); // i3 from b1…
    mine[1]!.items.push(moved!); // …to b2
    const theirs = clone();
    theirs[0]!.items[2]!.label = 'Archivage révisé';
    const byDefault = mergeDrafts(base, mine, theirs);
    const labels = byDefault.conflicts.map((c) =>
      c.kind === 'ITEM' ? [c.key, c.mine?.label, c.theirs?.label] : [c.key],
    );
    expect(labels).toEqual([['item:b1/i3', 'Contenu i3', 'Archivage révisé']]);
    expect(shape(byDefault.blocks)).toEqual([
      'Bloc b1: Contenu i1 7h, Contenu i2 7h',
      'Bloc b2: Contenu i4 7h, Archivage révisé 7h',
      'Bloc b3: Contenu i5 7h',
    ]);
    const mineWins = mergeDrafts(base, mine, theirs, { 'item:b1/i3': 'MINE' });
    expect(shape(mineWins.blocks)[1]).toBe('Bloc b2: Contenu i4 7h, Contenu i3 7h');
  });
});
