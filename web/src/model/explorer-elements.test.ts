import { describe, expect, it } from 'vitest';
import { explorerEdge, explorerNode } from './explorer-fixtures.js';
import { drawnLabel, legendOf, toExplorerElements } from './explorer-elements.js';
import { collapse, merge, removeNode, startAt, togglePin } from './explorer-graph.js';

const node = explorerNode;
const edge = explorerEdge;

const sec = node('Role', 'sec');
const tim = node('Role', 'tim', 'COORDINATION');
const pmsi = node('Skill', 'pmsi');
const q1 = node('Statement', 'q1');
const opening = {
  nodes: [sec, tim],
  edges: [edge('MOVES_TO', 'Role:sec', 'Role:tim')],
};
const fromTim = {
  nodes: [tim, pmsi, q1],
  edges: [
    edge('REQUIRES', 'Role:tim', 'Skill:pmsi'),
    edge('BEARS_ON', 'Statement:q1', 'Skill:pmsi'),
  ],
};
const keys = (g: { nodes: ReadonlyMap<string, unknown> }) => [...g.nodes.keys()];

describe('the working graph', () => {
  it('grows by expansion and shrinks back by collapse, keeping pinned nodes', () => {
    const opened = startAt('Role:sec', opening);
    const expanded = merge(opened, fromTim, 'Role:tim');
    expect(keys(expanded)).toEqual(['Role:sec', 'Role:tim', 'Skill:pmsi', 'Statement:q1']);
    expect(keys(collapse(expanded, 'Role:tim'))).toEqual(['Role:sec', 'Role:tim']);
    const pinned = togglePin(expanded, 'Skill:pmsi');
    expect(keys(collapse(pinned, 'Role:tim'))).toEqual(['Role:sec', 'Role:tim', 'Skill:pmsi']);
    // Collapsing the center takes what it brought, never the center itself.
    expect(keys(collapse(expanded, 'Role:sec'))).toEqual(['Role:sec']);
    expect(keys(removeNode(expanded, 'Role:sec'))).toEqual(keys(expanded));
    const removed = removeNode(expanded, 'Skill:pmsi');
    expect(keys(removed)).toEqual(['Role:sec', 'Role:tim', 'Statement:q1']);
    expect([...removed.edges.keys()]).toEqual(['MOVES_TO:Role:sec>Role:tim']);
  });
});

describe('toExplorerElements', () => {
  const graph = merge(startAt('Role:sec', opening), fromTim, 'Role:tim');

  it('lets a long compound word wrap inside its shape, at its hyphens and parentheses', () => {
    const zwsp = '\u200b';
    expect(drawnLabel('Assistant(e) médico-administratif(ve)')).toBe(
      `Assistant${zwsp}(e) médico-${zwsp}administratif${zwsp}(ve)`,
    );
    expect(drawnLabel('Secrétaire – AMA (service)')).toBe('Secrétaire – AMA (service)');
  });

  it('labels links in French, styles kinds apart from families, rings by distance', () => {
    const elements = toExplorerElements(graph, new Set());
    const data = Object.fromEntries(elements.map((e) => [String(e.data.id), e.data]));
    expect(data['MOVES_TO:Role:sec>Role:tim']?.label).toBe('mène à');
    expect(data['REQUIRES:Role:tim>Skill:pmsi']?.label).toBe('requiert');
    expect(data['Role:tim']).toMatchObject({ filled: 1, color: '#1b6e43', distance: 1 });
    expect(data['Skill:pmsi']).toMatchObject({ filled: 0, shape: 'ellipse', distance: 2 });
    expect(data['Statement:q1']?.distance).toBe(3);
    expect(data['Role:sec']?.focused).toBe(1);
  });

  it('hides a kind, and the links to it, but never the center', () => {
    const ids = toExplorerElements(graph, new Set(['Skill', 'Role'])).map((e) => e.data.id);
    expect(ids).toEqual(['Role:sec', 'Statement:q1']);
  });

  it('gives a legend of what is drawn', () => {
    expect(legendOf(graph.nodes.values()).map((e) => e.label)).toEqual([
      'Compétences',
      'Métier — actuel ou d’entrée',
      'Métier — Coordination et pilotage',
      'Questionnaire',
    ]);
  });
});
