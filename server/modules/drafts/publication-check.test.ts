import { describe, expect, it } from 'vitest';
import type { DraftBlock } from '../../../schema/workbench.js';
import { publicationProblems } from './publication-check.js';

const complete: DraftBlock = {
  id: 'b1',
  title: 'Codage',
  aim: '',
  items: [
    {
      id: 'i1',
      label: 'PMSI',
      skills: [{ skillId: 'k-pmsi', level: 'OPERATIONAL', source: 'x' }],
      hours: 70,
      modality: 'PRESENTIEL',
      evaluation: 'Étude de cas',
      notes: '',
      source: 'x',
    },
  ],
};

describe('what a version lacks to be published', () => {
  it('nothing when every content names skills at a level and its evaluation', () => {
    expect(publicationProblems([complete])).toEqual([]);
  });

  it('names every missing part, block by block and content by content', () => {
    const first = complete.items[0]!;
    const blocks: DraftBlock[] = [
      complete,
      { ...complete, id: 'b2', title: 'Vide', items: [] },
      {
        ...complete,
        id: 'b3',
        title: 'Former',
        items: [
          { ...first, label: 'Tutorat', skills: [], evaluation: '  ' },
          { ...first, label: 'Animer', evaluation: '' },
        ],
      },
    ];
    expect(publicationProblems(blocks)).toEqual([
      { kind: 'EMPTY_BLOCK', block: 2, item: null, label: 'Vide' },
      { kind: 'ITEM_WITHOUT_SKILLS', block: 3, item: 1, label: 'Tutorat' },
      { kind: 'ITEM_WITHOUT_EVALUATION', block: 3, item: 1, label: 'Tutorat' },
      { kind: 'ITEM_WITHOUT_EVALUATION', block: 3, item: 2, label: 'Animer' },
    ]);
    expect(publicationProblems([])).toEqual([
      { kind: 'NO_BLOCKS', block: null, item: null, label: '' },
    ]);
  });
});
