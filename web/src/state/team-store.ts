import * as z from 'zod/mini';
import type { ImportedMember } from '../model/team-import.js';
import { readStored, storedEvidence, storedLevels } from './stored.js';

/**
 * A team kept on this device only when the user ticks « Garder cette équipe sur cet appareil »
 * (localStorage), and for the browser session in any case (sessionStorage, gone with the tab);
 * « Effacer l'équipe » empties it. Nothing of it is stored on the server.
 */
const KEY = 'passerelles.team.v1';

const storedTeam = z.array(
  z.object({
    id: z.string(),
    currentRoleId: z.string(),
    levels: storedLevels,
    evidence: storedEvidence,
  }),
);

export function loadTeam(storage: Storage = localStorage): ImportedMember[] | null {
  return readStored(storage, KEY, storedTeam);
}

export function saveTeam(team: readonly ImportedMember[], storage: Storage = localStorage): void {
  storage.setItem(KEY, JSON.stringify(team));
}

export function forgetTeam(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
}

/**
 * The person on row `position` (1-based) of this tab's team, when her current job is `roleId`:
 * « Voir le parcours » in the team map opens the planner with her own levels.
 */
export function teamMember(
  position: number,
  roleId: string | null,
  storage: Storage = sessionStorage,
): ImportedMember | null {
  const member = loadTeam(storage)?.[position - 1];
  return member && member.currentRoleId === roleId ? member : null;
}
