import type { Level, PathFamily } from '../../schema/common.js';
import { PlanningContext } from '../../server/domain/planning-context.js';
import type {
  LevelRecord,
  MoveRecord,
  RoleRecord,
  TrainingBlockRecord,
} from '../../server/domain/records.js';

/** The job sheet's scale: typical months GENERAL 0.625, OPERATIONAL 13.5, DEEP 42. */
export const SHEET_LEVELS: LevelRecord[] = [
  {
    id: 'GENERAL',
    rank: 1,
    label: 'g',
    definition: 'd',
    acquisitionTime: 't',
    minMonths: 0.25,
    maxMonths: 1,
    source: 's',
  },
  {
    id: 'OPERATIONAL',
    rank: 2,
    label: 'o',
    definition: 'd',
    acquisitionTime: 't',
    minMonths: 3,
    maxMonths: 24,
    source: 's',
  },
  {
    id: 'DEEP',
    rank: 3,
    label: 'a',
    definition: 'd',
    acquisitionTime: 't',
    minMonths: 24,
    maxMonths: 60,
    source: 's',
  },
];

type MoveSpec = [from: string, to: string, family?: PathFamily | null, id?: string];

/** A small planning graph: roles with their required skill levels, and moves between them. */
export function planningGraph(
  roles: Record<string, Record<string, Level>>,
  moves: MoveSpec[],
  blocks: TrainingBlockRecord[] = [],
): PlanningContext {
  const moveRecords: MoveRecord[] = moves.map(([from, to, family, id]) => ({
    id: id ?? `m-${from}-${to}`,
    from,
    to,
    family: family ?? null,
    kind: 'MOBILITY',
    distance: 'SHORT',
    kindSource: 'derived: test',
    note: null,
    source: 'derived: test',
    conditions: [],
  }));
  const roleRecords = new Map<string, RoleRecord>(
    Object.entries(roles).map(([id, skills]) => [
      id,
      {
        id,
        title: id,
        roleKind: 'PATH_TARGET',
        family: null,
        sector: 'FPH',
        category: null,
        codeMetier: null,
        rome: null,
        rncp: null,
        definition: null,
        source: 'derived: test',
        requirements: Object.entries(skills).map(([skillId, level]) => ({
          skillId,
          level,
          source: 'derived: test',
          levelSource: 'derived: test',
        })),
        // In the order given: a test that shuffles moves must see the planner, not this, order them.
        moves: moveRecords.filter((m) => m.from === id),
      },
    ]),
  );
  const skillIds = new Set(Object.values(roles).flatMap((skills) => Object.keys(skills)));
  return new PlanningContext({
    roles: roleRecords,
    skills: new Map(
      [...skillIds].map((id) => [
        id,
        { id, label: id, kind: 'KNOWLEDGE' as const, source: 'derived: test' },
      ]),
    ),
    levels: SHEET_LEVELS,
    acronyms: [],
    blocks,
    futureProfiles: new Map(),
    prospective: { axes: [], items: [], scenarios: [] },
    profession: { statements: [], figures: [], ideas: [] },
  });
}

export const block = (
  id: string,
  order: number,
  develops: Record<string, Level>,
): TrainingBlockRecord => ({
  id,
  title: id,
  blockKind: 'CORE',
  summary: id,
  order,
  source: 'derived: test',
  items: Object.entries(develops).map(([skillId, level]) => ({
    id: `${id}-${skillId}`,
    label: skillId,
    source: 'derived: test',
    develops: [{ skillId, level, source: 'derived: test', levelSource: 'derived: test' }],
  })),
});
