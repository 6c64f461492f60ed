import type { ImportedMember } from '../model/team-import.js';

/**
 * A team kept on this device only when the user ticks « Garder cette équipe sur cet appareil »
 * (localStorage); « Effacer l'équipe » removes it. Nothing of it is stored on the server.
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
