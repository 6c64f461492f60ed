import { compareFrench } from './french.js';
import Papa from 'papaparse';
import type {
  Level,
  Readiness,
  Skill,
  SkillKind,
  TeamGap,
  TeamMemberInput,
  TeamMemberResult,
} from '../api/types.js';
import type { ImportedMember } from './team-import.js';
import { DERIVED_LEVEL, DERIVED_LEVEL_HINT, levelText } from './labels.js';

export const READINESS_LABEL: Record<Readiness, string> = {
  READY: 'déjà prête',
  UNDER_12_MONTHS: 'moins de 12 mois',
  ONE_TO_THREE_YEARS: '1 à 3 ans',
  LONGER: 'plus de 3 ans',
};

const RANK: Record<Level, number> = { GENERAL: 1, OPERATIONAL: 2, DEEP: 3 };

/** The levels a person lacks for a skill (1 to 3): the heatmap's shade. */
export const missingSteps = (current: Level | null, required: Level): number =>
  RANK[required] - (current ? RANK[current] : 0);

/**
 * The team as the API takes it: each person's own levels only, « aucune » as null — the API
 * keeps her job's level of every skill not given.
 */
export function toTeamInput(members: readonly ImportedMember[]): TeamMemberInput[] {
  return members.map((member) => {
    const skills = Object.entries(member.levels).map(([skillId, level]) => {
      const known = member.evidence?.[skillId];
      return known
        ? { skillId, level, evidence: known.kind, evidenceDate: known.date }
        : { skillId, level };
    });
    return skills.length === 0
      ? { id: member.id, currentRoleId: member.currentRoleId }
      : { id: member.id, currentRoleId: member.currentRoleId, skills };
  });
}

export interface HeatmapColumn {
  skill: Skill;
  people: number;
}

export type ColumnOrder = 'most-lacked' | 'label';

/**
 * The skills someone lacks (of one kind, or all): the heatmap's columns, the most lacked first
 * or in alphabetical order.
 */
export function heatmapColumns(
  gap: TeamGap,
  order: ColumnOrder = 'most-lacked',
  kind: SkillKind | null = null,
): HeatmapColumn[] {
  const columns = new Map<string, HeatmapColumn>();
  for (const member of gap.members) {
    for (const missing of member.gap.missing) {
      if (kind && missing.skill.kind !== kind) continue;
      const column = columns.get(missing.skill.id) ?? { skill: missing.skill, people: 0 };
      column.people++;
      columns.set(missing.skill.id, column);
    }
  }
  const byLabel = (a: HeatmapColumn, b: HeatmapColumn) =>
    compareFrench(a.skill.label, b.skill.label);
  return [...columns.values()].sort(
    order === 'label' ? byLabel : (a, b) => b.people - a.people || byLabel(a, b),
  );
}

export interface BlockNeed {
  blockId: string;
  title: string;
  /** Learning months of the (person, skill) pairs the block's items address. */
  months: number;
  /** The most people any one of its items concerns (a lower bound of the people it concerns). */
  people: number;
}

/** The training plan summed per block, in the plan's order: the chart of needs per block. */
export function needsByBlock(gap: TeamGap): BlockNeed[] {
  const blocks = new Map<string, BlockNeed>();
  for (const need of gap.needs) {
    const block = blocks.get(need.block.id) ?? {
      blockId: need.block.id,
      title: need.block.title,
      months: 0,
      people: 0,
    };
    block.months += need.totalMonths;
    block.people = Math.max(block.people, need.people);
    blocks.set(need.block.id, block);
  }
  return [...blocks.values()];
}

export type RowOrder = 'given' | 'readiness';

const READINESS_RANK: Record<Readiness, number> = {
  READY: 0,
  UNDER_12_MONTHS: 1,
  ONE_TO_THREE_YEARS: 2,
  LONGER: 3,
};

/** The people in the order given, or the readiest first (then the best match, then the id). */
export function sortMembers(members: readonly TeamMemberResult[], order: RowOrder) {
  if (order === 'given') return [...members];
  return [...members].sort(
    (a, b) =>
      READINESS_RANK[a.readiness] - READINESS_RANK[b.readiness] ||
      b.matchPercent - a.matchPercent ||
      compareFrench(a.id, b.id),
  );
}

/** A CSV for Excel in France: semicolons, a BOM so that accents survive. */
const excelCsv = (rows: (string | number)[][]) =>
  `\uFEFF${Papa.unparse(rows, { delimiter: ';', newline: '\r\n', escapeFormulae: true })}\r\n`;

/** The import template: the header row, and one example row. */
export function templateCsv(skills: readonly Skill[]): string {
  const sorted = [...skills].sort((a, b) => compareFrench(a.label, b.label));
  return excelCsv([
    ['identifiant', 'métier', ...sorted.map((s) => s.label)],
    ['p-001', 'secretaire-medicale', ...sorted.map(() => '')],
  ]);
}

type Cell = string | number;

/** What a team map is about, as the first rows of every export. */
export const aboutRows = (target: string, date: Date, datasetVersion: string | null): Cell[][] => [
  ['Passerelles — carte des écarts de l’équipe'],
  ['Cible', target],
  ['Date', date.toISOString().slice(0, 10)],
  ['Version des données', datasetVersion ?? 'inconnue'],
  ['Sources', 'fiche métier 40L20 (FPH), étude prospective ANFH Normandie (2024)'],
  ['Niveaux', `« ${DERIVED_LEVEL} » : ${DERIVED_LEVEL_HINT}`],
];

/** Each person (header first); months as numbers, or as the caller writes them. */
export const peopleRows = (gap: TeamGap, months: (value: number) => Cell = (v) => v): Cell[][] => [
  [
    'identifiant',
    'métier actuel',
    'métier visé',
    'adéquation (%)',
    'durée estimée (mois)',
    'préparation',
  ],
  ...gap.members.map((m) => [
    m.id,
    m.currentRole.title,
    m.role.title,
    m.matchPercent,
    months(m.estimatedMonths),
    READINESS_LABEL[m.readiness],
  ]),
];

/** The training plan (header first), then the skills no block covers. */
export const planRows = (gap: TeamGap, months: (value: number) => Cell = (v) => v): Cell[][] => [
  ['bloc', 'contenu de formation', 'personnes', 'jusqu’au niveau', 'mois cumulés', 'mois au plus'],
  ...gap.needs.map((n) => [
    n.block.title,
    n.item.label,
    n.people,
    levelText(n.level, n.levelDerived),
    months(n.totalMonths),
    months(n.maxMonths),
  ]),
  [],
  ['compétence sans formation dans les blocs', 'personnes', 'niveau requis'],
  ...gap.uncoveredSkills.map((u) => [
    u.skill.label,
    u.people,
    levelText(u.requiredLevel, u.levelDerived),
  ]),
];

/**
 * The team map as a CSV: what it is about (target, date, data version, sources), each person,
 * then the training plan and the skills no block covers.
 */
export function teamMapCsv(
  gap: TeamGap,
  target: string,
  date: Date,
  datasetVersion: string | null,
): string {
  const months = (value: number) => value.toFixed(1).replace('.', ',');
  return excelCsv([
    ...aboutRows(target, date, datasetVersion),
    [],
    ...peopleRows(gap, months),
    [],
    ...planRows(gap, months),
  ]);
}

/** The heatmap today, or as it would be once the training plan is followed. */
export type HeatmapView = 'today' | 'after-plan';

/**
 * The team after the training plan: a missing skill that a study item develops up to the level
 * required (coverage FULL) is closed; one it develops only part of the way (PARTIAL) or that no
 * item develops (NONE) remains. What is left is the training to find elsewhere.
 */
export function afterPlan(gap: TeamGap): TeamGap {
  return {
    ...gap,
    members: gap.members.map((m) => ({
      ...m,
      gap: { ...m.gap, missing: m.gap.missing.filter((s) => s.coverage !== 'FULL') },
    })),
  };
}
