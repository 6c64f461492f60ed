import type { Level } from '../../schema/common.js';
import { rankOf, type LevelScale } from './levels.js';
import type { RoleRecord } from './records.js';

/**
 * What a step into a ROME fiche costs. ROME lists a fiche's items without levels and
 * at very different lengths (2 to 100+), so the study's rule — the sum of every missing item's
 * learning months — would make thin fiches cheap shortcuts and long ones walls. Instead:
 *
 * - the **share** of the fiche's core requirements not held, by level (each weighs its level's
 *   rank; a lower level held counts its own), priced as a reference job: ROME's median fiche has
 *   12 core items, each reached at the operational level;
 * - plus, for any move ROME suggests (into a fiche or a study role it is joined to), half a month
 *   per place in ROME's order of the move (1 = first suggested), so that at an equal gap the move
 *   ROME ranks better comes first (`rankCost`);
 * - into a regulated job, its diploma is a condition of the move with a time, which the planner
 *   adds to the effort and the duration: the reviewed diploma of seeds/rome-credentials.yaml for
 *   health jobs (its training time; none for a holder; the practice it requires first, when the
 *   route entered the job that gives access to it — rome-planning.ts), else three years (a state
 *   diploma) or one from a regulated job of the same professional domain (the project's
 *   estimates);
 * - a move out of ROME's grand domaine (« Santé », « Support à l'entreprise »…) is a
 *   reconversion: a condition of two years, counted the same way (the longest condition of a
 *   move counts, not their sum).
 *
 * Exact for what it computes: the cost is a deterministic, non-negative function of the profile
 * and the move, so the best-first search still returns the cheapest routes in order.
 */
export const ROME_REFERENCE_CORE_ITEMS = 12;
export const ROME_MONTHS_PER_RANK = 0.5;
export const REGULATED_DIPLOMA_MONTHS = 36;
/** From a regulated job of the same professional domain: a further diploma, not a whole one. */
export const REGULATED_SPECIALISATION_MONTHS = 12;
/** Leaving ROME's grand domaine for another: a reconversion (the project's estimate). */
export const FIELD_CHANGE_MONTHS = 24;

/** What ROME's order of a move adds to its step (0 for the study's moves). */
export const rankCost = (rank: number | undefined): number =>
  rank === undefined ? 0 : (Math.max(1, rank) - 1) * ROME_MONTHS_PER_RANK;

export interface RomeStepEffort {
  /** Share of the core requirements' levels not held, 0 to 1. */
  missingShare: number;
  cost: number;
  /** Skills learnt side by side: the longest single one. */
  months: number;
}

export function romeStepEffort(
  scale: LevelScale,
  target: RoleRecord,
  levelOf: (skillId: string) => Level | undefined,
): RomeStepEffort {
  const fiche = target.romeFiche;
  if (!fiche) throw new Error(`${target.id} is not a ROME fiche`);
  const core = new Set(fiche.core);
  const priced = target.requirements.filter((r) => core.has(r.skillId));
  const basis = priced.length > 0 ? priced : target.requirements;
  let required = 0;
  let missing = 0;
  let longest = 0;
  for (const r of basis) {
    const held = levelOf(r.skillId);
    required += rankOf(r.level);
    missing += Math.max(0, rankOf(r.level) - rankOf(held));
    longest = Math.max(longest, scale.monthsBetween(held, r.level));
  }
  const missingShare = required === 0 ? 0 : missing / required;
  const reference = ROME_REFERENCE_CORE_ITEMS * scale.monthsTo('OPERATIONAL');
  return {
    missingShare,
    cost: missingShare * reference,
    months: longest,
  };
}
