import type { ImportedMember } from '../model/team-import.js';

/**
 * A team kept on this device only when the user ticks « Garder cette équipe sur cet appareil »
 * (localStorage), and for the browser session in any case (sessionStorage, gone with the tab);
 * « Effacer l'équipe » empties it. Nothing of it is stored on the server.
 */
const KEY = 'passerelles.team.v1';

export function loadTeam(storage: Storage = localStorage): ImportedMember[] | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as unknown;
    return Array.isArray(parsed) ? (parsed as ImportedMember[]) : null;
  } catch {
    return null;
  }
}

export function saveTeam(team: readonly ImportedMember[], storage: Storage = localStorage): void {
  storage.setItem(KEY, JSON.stringify(team));
}

export function forgetTeam(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
}
