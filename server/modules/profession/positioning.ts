import { LEVELS, type Level } from '../../../schema/common.js';
import type { PositioningStatement, PositioningStatements } from '../../../schema/positioning.js';
import type { Profile } from '../../domain/profile.js';

export interface PositioningItem {
  skillId: string;
  roleLevel: Level;
  statements: readonly PositioningStatement[];
}

const byLevel = (a: PositioningStatement, b: PositioningStatement) =>
  LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level);

/**
 * What a person of a role answers to position herself: each skill the role gives her, in the
 * role's order, with its statements from the lowest level up; skills with statements first, so
 * that the questionnaire is not interrupted by skills she can only adjust by hand.
 */
export function positioningItems(
  held: Profile,
  statements: PositioningStatements,
): PositioningItem[] {
  const items = [...held].map(([skillId, roleLevel]) => ({
    skillId,
    roleLevel,
    statements: [...(statements.get(skillId) ?? [])].sort(byLevel),
  }));
  return [
    ...items.filter((i) => i.statements.length > 0),
    ...items.filter((i) => i.statements.length === 0),
  ];
}
