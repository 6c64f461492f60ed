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
