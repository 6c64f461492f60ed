import { isDerived, type Level } from '../../schema/common.js';
import { levelScaleProblem, typicalMonths } from '../../schema/level-scale.js';
import type { LevelRecord } from './records.js';

export const LEVEL_RANK: Readonly<Record<Level, number>> = { GENERAL: 1, OPERATIONAL: 2, DEEP: 3 };

export const rankOf = (level: Level | null | undefined): number => (level ? LEVEL_RANK[level] : 0);

export const higherLevel = (a: Level | undefined, b: Level): Level =>
  rankOf(a) >= rankOf(b) ? (a ?? b) : b;

/**
 * Cost model, from the job sheet's level definitions: reaching a level from nothing takes the
 * middle of that level's acquisition range (général: ¼ to 1 month; opérationnel: 3 to 24;
 * approfondi: 24 to 60). Raising a skill from one level to another takes the difference.
 */
export class LevelScale {
  private readonly typical: Readonly<Record<Level, number>>;

  constructor(levels: readonly LevelRecord[]) {
    const problem = levelScaleProblem(levels);
    if (problem) throw new Error(problem);
    const typical: Partial<Record<Level, number>> = {};
    for (const level of levels) typical[level.id] = typicalMonths(level);
    this.typical = typical as Record<Level, number>;
  }

  /** Typical months to reach `level` from nothing. */
  monthsTo(level: Level): number {
    return this.typical[level];
  }

  /** Months of learning to go from `current` (or nothing) up to `required`; 0 when already there. */
  monthsBetween(current: Level | null | undefined, required: Level): number {
    if (rankOf(current) >= rankOf(required)) return 0;
    return this.typical[required] - (current ? this.typical[current] : 0);
  }
}

/**
 * The cost rule, for a step or a gap: learning months add up into the effort (`cost`), but skills
 * are learnt side by side, so the time it takes (`months`) is the longest single one.
 */
export function learningEffort(months: Iterable<number>): { cost: number; months: number } {
  let cost = 0;
  let longest = 0;
  for (const m of months) {
    cost += m;
    longest = Math.max(longest, m);
  }
  return { cost, months: longest };
}

/** The highest level asked of a skill, and whether only the project's deduction gives it. */
export interface TopLevel {
  level: Level;
  /** True unless a source states this level for one of the links that ask it. */
  levelDerived: boolean;
}

/** A first link's level and whether only the project's deduction gives it. */
export const topLevel = (level: Level, levelSource: string): TopLevel => ({
  level,
  levelDerived: isDerived(levelSource),
});

/** Keeps the highest level seen; at equal level, one stated link is enough to call it stated. */
export function raise(entry: TopLevel, level: Level, levelSource: string): void {
  const derived = isDerived(levelSource);
  if (rankOf(level) > rankOf(entry.level)) {
    entry.level = level;
    entry.levelDerived = derived;
  } else if (level === entry.level) {
    entry.levelDerived &&= derived;
  }
}
