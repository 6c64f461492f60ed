import type { PathFamily } from '../../../schema/common.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import type { RoleRecord } from '../../domain/records.js';
import { UserInputError } from '../../domain/errors.js';

/** The roles a target stands for (HR's team map, the designers' coverage), errors naming the field. */

export function roleById(ctx: PlanningContext, id: string, field: string): RoleRecord {
  const role = ctx.role(id);
  if (!role) throw new UserInputError(field, `unknown role id "${id}"`);
  return role;
}

export const rolesOfFamilies = (ctx: PlanningContext, families: readonly PathFamily[]) =>
  [...ctx.graph.roles.values()].filter((role) => role.family && families.includes(role.family));

/** The roles a future profile of the study anticipates. */
export function rolesOfFutureProfile(
  ctx: PlanningContext,
  id: string,
  field: string,
): RoleRecord[] {
  const profile = ctx.graph.futureProfiles.get(id);
  if (!profile) throw new UserInputError(field, `unknown future profile id "${id}"`);
  return profile.anticipates.flatMap(({ roleId }) => ctx.role(roleId) ?? []);
}
