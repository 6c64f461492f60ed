import { LEVEL_EVIDENCE, type Level, type LevelEvidence } from '../../schema/common.js';
import type { MissingSkill } from './gap.js';
import { rankOf } from './levels.js';

/**
 * A level a person gives comes with how it is known (schema/common.ts, LEVEL_EVIDENCE). A level
 * the job gives her (not assessed) has none. HR may count only levels proven enough: a level
 * given with weaker evidence is then not counted above the job's own (lowering one needs no
 * proof), and what is shown never calls a declared level proven.
 */
export interface HeldEvidence {
  kind: LevelEvidence;
  /** AAAA-MM-JJ, when she says when it was validated or certified. */
  date: string | null;
}

const strength = (kind: LevelEvidence) => LEVEL_EVIDENCE.indexOf(kind);

/** Whether a level given with `kind` counts when HR asks for at least `min`. */
export function counts(
  given: { level: Level | null; kind: LevelEvidence },
  jobLevel: Level | undefined,
  min: LevelEvidence,
): boolean {
  return strength(given.kind) >= strength(min) || rankOf(given.level) <= rankOf(jobLevel);
}

/** Each missing skill whose current level is the one she gave carries its evidence. */
export function withEvidence(
  missing: readonly MissingSkill[],
  given: ReadonlyMap<string, { level: Level | null } & HeldEvidence>,
): MissingSkill[] {
  return missing.map((m) => {
    const held = given.get(m.skillId);
    return held && held.level !== null && held.level === m.currentLevel
      ? { ...m, evidence: { kind: held.kind, date: held.date } }
      : m;
  });
}
