import { describe, expect, it } from 'vitest';
import type { DraftVersion } from '../api/types.js';
import {
  fromVersion,
  isDirty,
  localProblems,
  move,
  targetInput,
  toInput,
  updateItem,
  withSkill,
  emptyItem,
} from './draft-editor.js';

const version: DraftVersion = {
  draftId: 'm1',
  title: 't',
  createdBy: 'a@b.fr',
  number: 1,
  author: 'a@b.fr',
  createdAt: '2026-12-01T00:00:00Z',
  comment: '',
  restoredFrom: null,
  datasetVersion: null,
  publicationProblems: [],
  hours: 3,
  blocks: [
    {
      id: 'b1',
      number: 1,
      code: 'BC01',
      title: 'Bloc',
      aim: '',
      hours: 3,
      items: [
        {
          id: 'i1',
          label: 'Contenu',
          hours: 3,
          modality: 'TUTORAT',
          evaluation: '',
          notes: '',
          source: 'derived: étude',
          skills: [{ skillId: 's', label: 'S', level: 'GENERAL', source: 'derived: étude' }],
        },
      ],
    },
  ],
};

describe('draft editor model', () => {
  it('round-trips a version and sees edits as unsaved changes', () => {
    const blocks = fromVersion(version);
    expect(isDirty(blocks, version)).toBe(false);
    expect(toInput(blocks)[0]?.items[0]).toMatchObject({ hours: 3, modality: 'TUTORAT' });
    const edited = updateItem(blocks, 0, 0, { hours: '4,5' });
    expect(isDirty(edited, version)).toBe(true);
    expect(toInput(edited)[0]?.items[0]?.hours).toBe(4.5);
    expect(toInput(updateItem(blocks, 0, 0, { hours: '' }))[0]?.items[0]?.hours).toBeNull();
  });

  it('moves within bounds only', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, -2)).toEqual(['c', 'a', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('adds a skill once; a level the designer sets is the designer’s, not the study’s', () => {
    const item = fromVersion(version)[0]!.items[0]!;
    const raised = withSkill(item, { id: 's', label: 'S' }, 'DEEP');
    expect(raised).toEqual([{ skillId: 's', label: 'S', level: 'DEEP', source: null }]);
    expect(withSkill(emptyItem(), { id: 't', label: 'T' }, 'GENERAL')).toHaveLength(1);
  });

  it('lists what blocks saving, in French, with where', () => {
    const blocks = updateItem(fromVersion(version), 0, 0, { label: ' ', hours: '-2' });
    expect(localProblems(blocks)).toEqual([
      'Bloc 1, contenu 1 : le libellé est vide.',
      'Bloc 1, contenu 1 : le volume doit être un nombre d’heures entre 0 et 2 000.',
    ]);
  });

  it('waits for a complete target', () => {
    expect(targetInput({ kind: 'ROLES', roleIds: [] })).toBeNull();
    expect(targetInput({ kind: 'FAMILIES', family: 'COORDINATION' })).toEqual({
      kind: 'FAMILIES',
      families: ['COORDINATION'],
    });
  });
});
