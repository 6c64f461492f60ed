import type { Level, PathFamily } from '../../schema/common.js';
import { PATH_FAMILIES } from '../../schema/common.js';
import { CoverageIndex } from './coverage.js';
import { raise, rankOf, topLevel, type TopLevel } from './levels.js';
import type { PlanningContext } from './planning-context.js';
import type { RoleRecord } from './records.js';

export interface RequiredLevel extends TopLevel {
  roleIds: string[];
}

/**
 * What a set of roles requires: per skill, the highest level any of them asks, whether that level
 * is only the project's deduction, and which roles ask the skill.
 */
export function requiredByRoles(roles: readonly RoleRecord[]): Map<string, RequiredLevel> {
  const required = new Map<string, RequiredLevel>();
  for (const role of roles) {
    for (const r of role.requirements) {
      const entry = required.get(r.skillId) ?? { ...topLevel(r.level, r.levelSource), roleIds: [] };
      raise(entry, r.level, r.levelSource);
      entry.roleIds.push(role.id);
      required.set(r.skillId, entry);
    }
  }
  return required;
}

export interface UncoveredRequirement {
  skillId: string;
  /** The highest level any role of the family requires. */
  requiredLevel: Level;
  levelDerived: boolean;
  /** The highest level a training item reaches, or null when none develops the skill. */
  bestTrainedLevel: Level | null;
  roleIds: string[];
}

export interface FamilyCoverage {
  family: PathFamily;
  roleIds: string[];
  /** Requirements no training item brings to the required level, most demanding first. */
  gaps: UncoveredRequirement[];
}

/**
 * For each path family, which skills its roles require that the training blocks do not develop,
 * or not up to the required level: what a training designer has left to build.
 */
export function coverageByFamily(ctx: PlanningContext): FamilyCoverage[] {
  return PATH_FAMILIES.map((family) => {
    const roles = [...ctx.graph.roles.values()]
      .filter((r) => r.family === family)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const required = requiredByRoles(roles);
    const gaps: UncoveredRequirement[] = [];
    for (const [skillId, { level, levelDerived, roleIds }] of required) {
      const offers = ctx.coverage.offersAbove(skillId, null);
      if (CoverageIndex.coverageOf(offers, level) === 'FULL') continue;
      const best = offers.reduce<Level | null>(
        (top, o) => (rankOf(o.level) > rankOf(top) ? o.level : top),
        null,
      );
      gaps.push({ skillId, requiredLevel: level, levelDerived, bestTrainedLevel: best, roleIds });
    }
    gaps.sort(
      (a, b) =>
        rankOf(a.bestTrainedLevel) - rankOf(b.bestTrainedLevel) ||
        rankOf(b.requiredLevel) - rankOf(a.requiredLevel) ||
        b.roleIds.length - a.roleIds.length ||
        (a.skillId < b.skillId ? -1 : 1),
    );
    return { family, roleIds: roles.map((r) => r.id), gaps };
  });
}
