import { LEVELS, type Level } from './common.js';

export interface ScaleLevel {
  id: Level;
  rank: number;
  minMonths: number;
  maxMonths: number;
}

/** The months the cost model charges to reach a level from nothing: the middle of its range. */
export const typicalMonths = (level: Pick<ScaleLevel, 'minMonths' | 'maxMonths'>): number =>
  (level.minMonths + level.maxMonths) / 2;

/**
 * What is wrong with a level scale, or null. The planner is exact only if a higher level costs
 * strictly more to reach: each of GENERAL, OPERATIONAL, DEEP once, ranks 1 to 3 in that order,
 * typical months strictly increasing with rank.
 */
export function levelScaleProblem(levels: readonly ScaleLevel[]): string | null {
  const byRank = [...levels].sort((a, b) => a.rank - b.rank);
  if (byRank.map((l) => l.id).join() !== LEVELS.join() || byRank.some((l, i) => l.rank !== i + 1)) {
    return `the level scale must define ${LEVELS.join(', ')} once each, ranked 1 to ${LEVELS.length} in that order`;
  }
  for (let i = 1; i < byRank.length; i++) {
    const lower = byRank[i - 1] as ScaleLevel;
    const higher = byRank[i] as ScaleLevel;
    if (typicalMonths(higher) <= typicalMonths(lower)) {
      return `level ${higher.id} must take longer to reach than ${lower.id} (${typicalMonths(higher)} months ≤ ${typicalMonths(lower)})`;
    }
  }
  return null;
}
