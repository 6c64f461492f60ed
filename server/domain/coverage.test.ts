import { describe, expect, it } from 'vitest';
import { CoverageIndex } from './coverage.js';
import type { TrainingBlockRecord } from './records.js';

const block = (
  id: string,
  order: number,
  items: { id: string; develops: [skillId: string, level: 'GENERAL' | 'OPERATIONAL' | 'DEEP'][] }[],
): TrainingBlockRecord => ({
  id,
  title: id,
  blockKind: 'CORE',
  summary: '',
  order,
  source: 'derived: test',
  items: items.map((item) => ({
    id: item.id,
    label: item.id,
    source: 'derived: test',
    develops: item.develops.map(([skillId, level]) => ({
      skillId,
      level,
      source: 'derived: test',
      levelSource: 'derived: test',
    })),
  })),
});

// Given out of order: the index lists offers in block order, then item order.
const index = new CoverageIndex([
  block('b2', 2, [{ id: 'i3', develops: [['pmsi', 'DEEP']] }]),
  block('b1', 1, [
    { id: 'i1', develops: [['pmsi', 'GENERAL']] },
    { id: 'i2', develops: [['accueil', 'OPERATIONAL']] },
  ]),
]);

describe('CoverageIndex', () => {
  it('lists the items that raise a skill above the current level, in block then item order', () => {
    expect(index.offersAbove('pmsi', null).map((o) => o.itemId)).toEqual(['i1', 'i3']);
    expect(index.offersAbove('pmsi', 'GENERAL').map((o) => o.itemId)).toEqual(['i3']);
    expect(index.offersAbove('pmsi', 'DEEP')).toEqual([]);
    expect(index.offersAbove('unknown', null)).toEqual([]);
  });

  it('says FULL when an item reaches the level, PARTIAL when items stop below, NONE without', () => {
    const pmsi = index.offersAbove('pmsi', null);
    expect(CoverageIndex.coverageOf(pmsi, 'DEEP')).toBe('FULL');
    expect(CoverageIndex.coverageOf(index.offersAbove('accueil', null), 'DEEP')).toBe('PARTIAL');
    expect(CoverageIndex.coverageOf(index.offersAbove('accueil', null), 'OPERATIONAL')).toBe(
      'FULL',
    );
    expect(CoverageIndex.coverageOf([], 'GENERAL')).toBe('NONE');
  });
});
