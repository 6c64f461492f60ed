import type { Level } from '../../schema/common.js';
import { higherLevel } from './levels.js';
import type { RequirementRecord, RoleRecord } from './records.js';

/** What a person masters: skill id → level. Built per request; never stored or logged. */
export type Profile = ReadonlyMap<string, Level>;

/** Levels by skill; a skill listed twice keeps its higher level. */
export function profileFromRequirements(requirements: readonly RequirementRecord[]): Profile {
  const profile = new Map<string, Level>();
  for (const r of requirements)
    profile.set(r.skillId, higherLevel(profile.get(r.skillId), r.level));
  return profile;
}

/**
 * The study's variants of the AMA job (4.2.5, FUTURE_VARIANT) are that job with a few more
 * requirements: a person in a variant holds the job's skills and levels plus its own. The job
 * is the study's one current job; with none or several, the roles are left as they are.
 */
export function withVariantBase(roles: ReadonlyMap<string, RoleRecord>): Map<string, RoleRecord> {
  const bases = [...roles.values()].filter((r) => r.roleKind === 'CURRENT_JOB');
  const out = new Map(roles);
  const base = bases.length === 1 ? bases[0] : undefined;
  if (!base) return out;
  for (const role of roles.values())
    if (role.roleKind === 'FUTURE_VARIANT')
      out.set(role.id, { ...role, holds: [...(role.holds ?? []), ...heldBy(base)] });
  return out;
}

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
