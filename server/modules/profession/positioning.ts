import { LEVELS, type Level } from '../../../schema/common.js';
import type { PositioningStatement, PositioningStatements } from '../../../schema/positioning.js';
import { rankOf } from '../../domain/levels.js';

export interface PositioningItem {
  skillId: string;
  roleLevel: Level;
  /** Why the role asks this level: a citation where the document states it, else `derived:`. */
  roleLevelSource: string;
  statements: readonly PositioningStatement[];
}

const byLevel = (a: PositioningStatement, b: PositioningStatement) =>
  LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level);

/**
 * What a person of a role answers to position herself: each skill the role gives her, in the
 * role's order, at its higher level when listed twice, with its statements from the lowest level
 * up; skills with statements first, so that the questionnaire is not interrupted by skills she
 * can only adjust by hand.
 */
export function positioningItems(
  held: readonly { skillId: string; level: Level; levelSource: string }[],
  statements: PositioningStatements,
): PositioningItem[] {
  const bySkill = new Map<string, PositioningItem>();
  for (const r of held) {
    const known = bySkill.get(r.skillId);
    if (known && rankOf(known.roleLevel) >= rankOf(r.level)) continue;
    bySkill.set(r.skillId, {
      skillId: r.skillId,
      roleLevel: r.level,
      roleLevelSource: r.levelSource,
      statements: [...(statements.get(r.skillId) ?? [])].sort(byLevel),
    });
  }
  const items = [...bySkill.values()];
  return [
    ...items.filter((i) => i.statements.length > 0),
    ...items.filter((i) => i.statements.length === 0),
  ];
}
