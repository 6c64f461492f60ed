import type { Level } from '../api/types.js';

/**
 * A person's own skill levels, kept in this browser only (localStorage) so that nothing personal
 * is stored on the server. "Oublier mes données" removes it.
 */
const KEY = 'passerelles.profile.v1';

export interface StoredProfile {
  roleId: string;
  /** skill id → level; null: "I do not have it" (overrides the role's default). */
  levels: Record<string, Level | null>;
}

export function loadProfile(storage: Storage = localStorage): StoredProfile | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredProfile;
    return typeof parsed.roleId === 'string' && typeof parsed.levels === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

export function saveProfile(profile: StoredProfile, storage: Storage = localStorage): void {
  storage.setItem(KEY, JSON.stringify(profile));
}

export function forgetProfile(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
}

/** The profile sent with a query: the role's requirements adjusted by the person's own levels. */
export function profileSkills(
  defaults: readonly { skillId: string; level: Level }[],
  levels: Record<string, Level | null>,
): { skillId: string; level: Level | null }[] {
  // The API keeps the role's level of every skill not given; « aucune » is said as null.
  const merged = new Map(defaults.map((d) => [d.skillId, d.level as Level | null]));
  for (const [skillId, level] of Object.entries(levels)) merged.set(skillId, level);
  return [...merged].map(([skillId, level]) => ({ skillId, level }));
}

/** The diplomas a person says she holds (ids of romeDiplomas), in this browser only too. */
const DIPLOMAS_KEY = 'passerelles.diplomas.v1';

export function loadDiplomas(storage: Storage = localStorage): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(DIPLOMAS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function saveDiplomas(ids: readonly string[], storage: Storage = localStorage): void {
  if (ids.length === 0) storage.removeItem(DIPLOMAS_KEY);
  else storage.setItem(DIPLOMAS_KEY, JSON.stringify(ids));
}
