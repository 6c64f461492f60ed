import { describe, expect, it } from 'vitest';
import type { ExplorerGraph, ExplorerNode } from '../api/types.js';
import { linksOf, toExplorerElements } from './explorer-elements.js';

const node = (kind: string, id: string, family: ExplorerNode['family'] = null): ExplorerNode => ({
  key: `${kind}:${id}`,
  id,
  kind,
  label: id,
  family,
  source: 's',
  properties: [],
});
const edge = (type: string, from: string, to: string) => ({
  key: `${type}:${from}>${to}`,
  type,
  from,
  to,
  source: 's',
  properties: [],
});

const graph: ExplorerGraph = {
  nodes: [
    node('Role', 'sec'),
    node('Role', 'tim', 'COORDINATION'),
    node('Role', 'boss', 'MANAGEMENT'),
    node('Skill', 'k'),
    node('Statement', 'q1'),
  ],
  edges: [
    edge('MOVES_TO', 'Role:sec', 'Role:tim'),
    edge('MOVES_TO', 'Role:sec', 'Role:boss'),
    edge('REQUIRES', 'Role:tim', 'Skill:k'),
    edge('BEARS_ON', 'Statement:q1', 'Skill:k'),
  ],
};
const ids = (elements: ReturnType<typeof toExplorerElements>) => elements.map((e) => e.data.id);

describe('toExplorerElements', () => {
  it('keeps the chosen kinds and only the edges between visible nodes', () => {
    const elements = toExplorerElements(graph, {
      kinds: new Set(['Role', 'Skill']),
      families: new Set(),
      focus: null,
    });
    expect(ids(elements)).toEqual([
      'Role:sec',
      'Role:tim',
      'Role:boss',
      'Skill:k',
      'MOVES_TO:Role:sec>Role:tim',
      'MOVES_TO:Role:sec>Role:boss',
      'REQUIRES:Role:tim>Skill:k',
    ]);
  });

  it('filters roles by path family, hiding roles without one', () => {
    const elements = toExplorerElements(graph, {
      kinds: new Set(['Role']),
      families: new Set(['MANAGEMENT']),
      focus: null,
    });
    expect(ids(elements)).toEqual(['Role:boss']);
  });

  it('shows a node and its neighbours only', () => {
    const elements = toExplorerElements(graph, {
      kinds: new Set(['Role', 'Skill', 'Statement']),
      families: new Set(),
      focus: 'Skill:k',
    });
    expect(ids(elements)).toEqual([
      'Role:tim',
      'Skill:k',
      'Statement:q1',
      'REQUIRES:Role:tim>Skill:k',
      'BEARS_ON:Statement:q1>Skill:k',
    ]);
  });
});

describe('linksOf', () => {
  it('lists incoming and outgoing links with the node at the other end', () => {
    expect(linksOf(graph, 'Role:tim').map((l) => [l.edge.type, l.outgoing, l.other.key])).toEqual([
      ['MOVES_TO', false, 'Role:sec'],
      ['REQUIRES', true, 'Skill:k'],
    ]);
  });
});
