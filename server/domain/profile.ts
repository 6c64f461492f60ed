import type { Level } from '../../schema/common.js';
import { higherLevel } from './levels.js';
import type { RequirementRecord, RoleRecord } from './records.js';

/** What a person masters: skill id → level. Built per request; never stored or logged. */
export type Profile = ReadonlyMap<string, Level>;

export const profileFromRequirements = (requirements: readonly RequirementRecord[]): Profile =>
  new Map(requirements.map((r) => [r.skillId, r.level]));

/** What a person in the role holds: its requirements, and what it implies (a joined fiche's items). */
export const heldBy = (role: RoleRecord): RequirementRecord[] => [
  ...(role.holds ?? []),
  ...role.requirements,
];

/** The profile after taking up a role: what it requires is learnt, and what was learnt stays. */
export function learnRequirements(
  profile: Profile,
  requirements: readonly RequirementRecord[],
): Profile {
  const next = new Map(profile);
  for (const r of requirements) next.set(r.skillId, higherLevel(next.get(r.skillId), r.level));
  return next;
}
