import { describe, expect, it } from 'vitest';
import { AUTHORED_SOURCE } from '../../../schema/workbench.js';
import { block } from '../../../tests/support/planning-fixtures.js';
import { blocksFromStudy, completeBlocks } from './draft-content.js';

const counter = () => {
  let n = 0;
  return () => `n${++n}`;
};

describe('blocksFromStudy', () => {
  it('copies the study in its order, keeping sources and leaving hours to the designer', () => {
    const copy = blocksFromStudy(
      [block('b2', 2, { s: 'DEEP' }), block('b1', 1, { t: 'GENERAL' })],
      counter(),
    );
    expect(copy.map((b) => b.title)).toEqual(['b1', 'b2']);
    expect(copy[1]?.items[0]).toMatchObject({
      label: 's',
      hours: null,
      modality: null,
      source: 'derived: test',
      skills: [{ skillId: 's', level: 'DEEP', source: 'derived: test' }],
    });
  });
});

describe('completeBlocks', () => {
  const item = (skills: string[], id?: string) => ({
    id,
    label: 'x',
    skills: skills.map((skillId) => ({
      skillId,
      level: 'GENERAL' as const,
      source: AUTHORED_SOURCE,
    })),
    hours: null,
    modality: null,
    evaluation: '',
    notes: '',
    source: AUTHORED_SOURCE,
  });

  it('names new parts and keeps given ids', () => {
    const { blocks, problems } = completeBlocks(
      [{ id: 'keep', title: 'B', aim: '', items: [item(['s']), item(['s'], 'mine')] }],
      counter(),
      () => true,
    );
    expect(problems).toEqual([]);
    expect([blocks[0]?.id, ...(blocks[0]?.items.map((i) => i.id) ?? [])]).toEqual([
      'keep',
      'n1',
      'mine',
    ]);
  });

  it('reports every problem with its field: unknown skills, a skill twice, an id twice', () => {
    const { problems } = completeBlocks(
      [
        { id: 'a', title: 'B', aim: '', items: [item(['s', 'nope', 's'])] },
        { id: 'a', title: 'C', aim: '', items: [] },
      ],
      counter(),
      (id) => id === 's',
    );
    expect(problems).toEqual([
      { field: 'blocks[0].items[0].skills[1].skillId', reason: 'unknown skill id "nope"' },
      {
        field: 'blocks[0].items[0].skills[2].skillId',
        reason: 'skill "s" is listed twice in this item',
      },
      { field: 'blocks[1].id', reason: 'id "a" is used twice' },
    ]);
  });
});
