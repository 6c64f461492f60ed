import type { PositioningStatements } from '../../../schema/positioning.js';
import { readPositioningStatements } from '../../../seeds/positioning/positioning-statements.js';
import { UserInputError } from '../../domain/errors.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import { heldBy } from '../../domain/profile.js';
import type { GraphGateway } from '../../neo4j/gateway.js';
import { findJobSheet } from './job-sheet-repository.js';
import { positioningItems, type PositioningItem } from './positioning.js';

/** The official job sheet behind a code métier, read from the graph (null when none). */
export const jobSheet = (gateway: GraphGateway, code: string) => findJobSheet(gateway, code);

/** The reviewed statements of « Me positionner », read once (a static file, the same on every instance). */
let statements: PositioningStatements | undefined;
const positioningStatements = () => (statements ??= readPositioningStatements());

/** « Me positionner » for a role: what a person in it holds, with the statements she answers. */
export function positioningFor(planning: PlanningContext, roleId: string): PositioningItem[] {
  const role = planning.role(roleId);
  if (!role) throw new UserInputError('roleId', `unknown role id "${roleId}"`);
  return positioningItems(heldBy(role), positioningStatements());
}
