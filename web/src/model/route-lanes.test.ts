import { describe, expect, it } from 'vitest';
import type { CareerRoute, RouteStep } from '../api/types.js';
import { FAMILY_COLOR, NO_FAMILY_COLOR } from './colors.js';
import { LANE_HEIGHT, routesToLanes, STEP_WIDTH } from './route-lanes.js';

const step = (
  from: string,
  to: string,
  family: RouteStep['family'],
  missing: number,
): RouteStep => ({
  from: { id: from, title: from.toUpperCase(), family: null },
  to: { id: to, title: to.toUpperCase(), family },
  family,
  kind: 'MOBILITY',
  distance: 'SHORT',
  kindSource: 'derived: test',
  rank: null,
  note: null,
  source: 's',
  conditions: [],
  outlook: null,
  costing: { learning: 1, missingShare: null, rank: 0, conditions: 0, total: 1 },
  means: [],
  funding: [],
  diplomas: [],
  gap: {
    matchPercent: 50,
    cost: 1,
    estimatedMonths: 1,
    uncoveredSkills: [],
    blocks: [],
    missing: Array.from({ length: missing }, (_, i) => ({
      skill: { id: `s${i}`, label: `S${i}`, kind: 'KNOWLEDGE', source: 's' },
      requiredLevel: 'DEEP',
      currentLevel: null,
      currentEvidence: null,
      currentEvidenceDate: null,
      requirementSource: 's',
      levelSource: 'derived: test',
      months: 1,
      coverage: 'NONE',
      trainedBy: [],
    })),
  },
});
const route = (id: string, steps: RouteStep[]): CareerRoute => ({
  id,
  totalCost: 1,
  estimatedMonths: 1,
  steps,
});

describe('routesToLanes', () => {
  const elements = routesToLanes([
    route('a>b', [step('a', 'b', 'MANAGEMENT', 2)]),
    route('a>c>b', [step('a', 'c', null, 0), step('c', 'b', 'EXPERTISE', 1)]),
  ]);

  it('draws one lane per route, steps left to right', () => {
    const positions = elements
      .filter((e) => e.group === 'nodes')
      .map((e) => [e.data.id, e.position?.x, e.position?.y]);
    expect(positions).toEqual([
      ['r0-0', 0, 0],
      ['r0-1', STEP_WIDTH, 0],
      ['r1-0', 0, LANE_HEIGHT],
      ['r1-1', STEP_WIDTH, LANE_HEIGHT],
      ['r1-2', 2 * STEP_WIDTH, LANE_HEIGHT],
    ]);
  });

  it('labels each step with its role and what is missing, coloured by path family', () => {
    const node = (id: string) => elements.find((e) => e.data.id === id)?.data;
    expect(node('r0-1')?.label).toBe('B\n2 compétences à acquérir');
    expect(node('r1-1')?.label).toBe('C\nrien à acquérir');
    expect(node('r1-2')?.label).toBe('B\n1 compétence à acquérir');
    expect(node('r0-1')?.color).toBe(FAMILY_COLOR.MANAGEMENT);
    expect(node('r1-1')?.color).toBe(NO_FAMILY_COLOR);
    const edges = elements
      .filter((e) => e.group === 'edges')
      .map((e): unknown[] => [e.data.source, e.data.target, e.data.label]);
    expect(edges).toEqual([
      ['r0-0', 'r0-1', 'Mobilité'],
      ['r1-0', 'r1-1', 'Mobilité'],
      ['r1-1', 'r1-2', 'Mobilité'],
    ]);
  });

  it('draws nothing for no route', () => {
    expect(routesToLanes([])).toEqual([]);
  });
});
