import type { Level, LevelEvidence } from '../../schema/common.js';
import { CoverageIndex, type Coverage, type TrainingOffer } from './coverage.js';
import { learningEffort, rankOf, type LevelScale } from './levels.js';
import type { Profile } from './profile.js';
import type { RequirementRecord } from './records.js';

export interface MissingSkill {
  skillId: string;
  requiredLevel: Level;
  currentLevel: Level | null;
  requirementSource: string;
  /** Why this level is required: the study's word only where it states it. */
  levelSource: string;
  /** Learning time from the current to the required level (cost model in levels.ts). */
  months: number;
  offers: TrainingOffer[];
  coverage: Coverage;
  /** How her current level is known, when it is one she gave (level-evidence.ts). */
  evidence?: { kind: LevelEvidence; date: string | null };
}

/** A training block and what of it closes the gap. */
export interface GapBlock {
  blockId: string;
  itemIds: string[];
  skillIds: string[];
}

export interface SkillGapResult {
  roleId: string;
  matchPercent: number;
  missing: MissingSkill[];
  blocks: GapBlock[];
  /** Missing skills that no training item develops at all. */
  uncoveredSkillIds: string[];
  /** Sum of the missing skills' learning months: the effort. */
  cost: number;
  /** The longest single learning time: skills are learnt side by side. */
  estimatedMonths: number;
  /** Into a ROME fiche: the share of its core requirements' levels not held; null otherwise. */
  missingShare: number | null;
}

/**
 * Share of the required levels the profile already holds: each requirement counts its level's
 * rank (1 to 3) and a lower level held counts its own rank.
 */
export function matchPercent(profile: Profile, requirements: readonly RequirementRecord[]): number {
  const required = requirements.reduce((sum, r) => sum + rankOf(r.level), 0);
  if (required === 0) return 100;
  const held = requirements.reduce(
    (sum, r) => sum + Math.min(rankOf(profile.get(r.skillId)), rankOf(r.level)),
    0,
  );
  return Math.round((100 * held) / required);
}

function groupByBlock(missing: readonly MissingSkill[], blockOrder: readonly string[]): GapBlock[] {
  const byBlock = new Map<string, { items: Set<string>; skills: Set<string> }>();
  for (const skill of missing) {
    for (const offer of skill.offers) {
      const entry = byBlock.get(offer.blockId) ?? { items: new Set(), skills: new Set() };
      entry.items.add(offer.itemId);
      entry.skills.add(skill.skillId);
      byBlock.set(offer.blockId, entry);
    }
  }
  return blockOrder
    .filter((id) => byBlock.has(id))
    .map((blockId) => {
      const entry = byBlock.get(blockId);
      return {
        blockId,
        itemIds: [...(entry?.items ?? [])],
        skillIds: [...(entry?.skills ?? [])].sort(),
      };
    });
}

/** What a profile lacks for a role's requirements, what it costs, and which training closes it. */
export function computeGap(
  roleId: string,
  profile: Profile,
  requirements: readonly RequirementRecord[],
  scale: LevelScale,
  coverage: CoverageIndex,
  blockOrder: readonly string[],
): SkillGapResult {
  const missing: MissingSkill[] = [];
  for (const requirement of requirements) {
    const current = profile.get(requirement.skillId) ?? null;
    if (rankOf(current) >= rankOf(requirement.level)) continue;
    const offers = coverage.offersAbove(requirement.skillId, current);
    missing.push({
      skillId: requirement.skillId,
      requiredLevel: requirement.level,
      currentLevel: current,
      requirementSource: requirement.source,
      levelSource: requirement.levelSource,
      months: scale.monthsBetween(current, requirement.level),
      offers,
      coverage: CoverageIndex.coverageOf(offers, requirement.level),
    });
  }
  missing.sort((a, b) => b.months - a.months || (a.skillId < b.skillId ? -1 : 1));
  const effort = learningEffort(missing.map((m) => m.months));
  return {
    roleId,
    matchPercent: matchPercent(profile, requirements),
    missing,
    blocks: groupByBlock(missing, blockOrder),
    uncoveredSkillIds: missing.filter((m) => m.coverage === 'NONE').map((m) => m.skillId),
    cost: effort.cost,
    estimatedMonths: effort.months,
    missingShare: null,
  };
}
