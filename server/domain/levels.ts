import type { Level } from '../../schema/common.js';
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
    const typical: Partial<Record<Level, number>> = {};
    for (const level of levels) typical[level.id] = (level.minMonths + level.maxMonths) / 2;
    if (
      typical.GENERAL === undefined ||
      typical.OPERATIONAL === undefined ||
      typical.DEEP === undefined
    ) {
      throw new Error('the level scale must define GENERAL, OPERATIONAL and DEEP');
    }
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
