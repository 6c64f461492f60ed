import type { Level } from '../api/types.js';
import type { ImportedMember } from './team-import.js';

/**
 * A person with one level changed in the app: the evidence the file gave for the old level no
 * longer holds, so the new one is declared until a file or a manager says otherwise.
 */
export function withLevel(
  member: ImportedMember,
  skillId: string,
  level: Level | null,
): ImportedMember {
  const { [skillId]: _dropped, ...evidence } = member.evidence ?? {};
  return {
    ...member,
    levels: { ...member.levels, [skillId]: level },
    ...(member.evidence && { evidence }),
  };
}

/**
 * A manager validates a person's levels (at the entretien professionnel, say) on `day`: every
 * level she gave becomes validated on that day; a certified one stays certified, and her job's
 * own levels, not assessed, are left as they are.
 */
export function validateLevels(member: ImportedMember, day: string): ImportedMember {
  const evidence = { ...member.evidence };
  for (const [skillId, level] of Object.entries(member.levels)) {
    if (level === null || evidence[skillId]?.kind === 'CERTIFIED') continue;
    evidence[skillId] = { kind: 'VALIDATED', date: day };
  }
  return { ...member, evidence };
}
