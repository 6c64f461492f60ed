import * as z from 'zod/mini';
import type { Level, LevelEvidence } from '../api/types.js';
import { ANSWERS, type Answers } from '../model/positioning.js';
import { readStored, storedEvidence, storedLevels } from './stored.js';

/**
 * A person's own skill levels, kept in this browser only (localStorage) so that nothing personal
 * is stored on the server. "Oublier mes données" removes it.
 */
const KEY = 'passerelles.profile.v1';

const storedProfile = z.object({
  roleId: z.string(),
  /** skill id → level; null: "I do not have it" (overrides the role's default). */
  levels: storedLevels,
  /** How a level is known, when a reopened « Mon projet » said (absent: declared by her). */
  evidence: storedEvidence,
});
export type StoredProfile = z.infer<typeof storedProfile>;

export function loadProfile(storage: Storage = localStorage): StoredProfile | null {
  return readStored(storage, KEY, storedProfile);
}

export function saveProfile(profile: StoredProfile, storage: Storage = localStorage): void {
  storage.setItem(KEY, JSON.stringify(profile));
}

export function forgetProfile(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
  storage.removeItem(ANSWERS_KEY);
}

/**
 * Her answers to « Me positionner » for one job, kept like her levels (in this browser only) so
 * that going back, another tab or a reload does not lose them; forgotten with her levels.
 */
const ANSWERS_KEY = 'passerelles.positioning.v1';
const storedAnswers = z.object({
  roleId: z.string(),
  answers: z.record(z.string(), z.enum(ANSWERS)),
});

export function loadAnswers(roleId: string, storage: Storage = localStorage): Answers {
  const stored = readStored(storage, ANSWERS_KEY, storedAnswers);
  return stored?.roleId === roleId ? stored.answers : {};
}

export function saveAnswers(
  roleId: string,
  answers: Answers,
  storage: Storage = localStorage,
): void {
  storage.setItem(ANSWERS_KEY, JSON.stringify({ roleId, answers }));
}

/**
 * The levels her positioning gives, as hers: each declared by her on `day` (AAAA-MM-JJ). The
 * other levels she set stay; a skill she positioned loses the evidence an older project gave.
 */
export function withPositionedLevels(
  profile: Pick<StoredProfile, 'levels' | 'evidence'>,
  positioned: Record<string, Level | null>,
  day: string,
): Pick<StoredProfile, 'levels' | 'evidence'> {
  const kept = Object.entries(profile.evidence ?? {}).filter(([id]) => !(id in positioned));
  const declared = Object.entries(positioned).flatMap(([id, level]) =>
    level === null ? [] : [[id, { kind: 'DECLARED' as const, date: day }] as const],
  );
  return {
    levels: { ...profile.levels, ...positioned },
    evidence: Object.fromEntries([...kept, ...declared]),
  };
}

/**
 * The skills sent with a query: only the levels she set (« aucune » as null), each with how it
 * is known when a reopened project said so. The API keeps her job's level of every other skill,
 * which stays « not assessed »: sending the job's levels as hers would call them declared.
 */
export function profileSkills(
  levels: Record<string, Level | null>,
  evidence: StoredProfile['evidence'] = {},
): {
  skillId: string;
  level: Level | null;
  evidence?: LevelEvidence;
  evidenceDate?: string | null;
}[] {
  return Object.entries(levels).map(([skillId, level]) => {
    const known = evidence[skillId];
    return known && level !== null
      ? { skillId, level, evidence: known.kind, evidenceDate: known.date }
      : { skillId, level };
  });
}

/** The diplomas a person says she holds (ids of romeDiplomas), in this browser only too. */
const DIPLOMAS_KEY = 'passerelles.diplomas.v1';

export function loadDiplomas(storage: Storage = localStorage): string[] {
  return readStored(storage, DIPLOMAS_KEY, z.array(z.string())) ?? [];
}

export function saveDiplomas(ids: readonly string[], storage: Storage = localStorage): void {
  if (ids.length === 0) storage.removeItem(DIPLOMAS_KEY);
  else storage.setItem(DIPLOMAS_KEY, JSON.stringify(ids));
}

/** Her years of public service, in this browser only too (for the funding rules of a route). */
const YEARS_KEY = 'passerelles.service-years.v1';

export function loadServiceYears(storage: Storage = localStorage): number | null {
  // The range by hand: zod's number checks would add 14 KiB to the planner's first load.
  const years = readStored(storage, YEARS_KEY, z.number());
  return years !== null && years >= 0 && years <= 50 ? years : null;
}

export function saveServiceYears(years: number | null, storage: Storage = localStorage): void {
  if (years === null) storage.removeItem(YEARS_KEY);
  else storage.setItem(YEARS_KEY, JSON.stringify(years));
}
