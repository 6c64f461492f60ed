import type { Level } from '../api/types.js';
import { LEVELS } from './labels.js';

/** What she answers to a statement, in her words. */
export const ANSWERS = ['ALONE', 'WITH_HELP', 'NEVER'] as const;
export type Answer = (typeof ANSWERS)[number];

export const ANSWER_LABEL: Readonly<Record<Answer, string>> = {
  ALONE: 'Je le fais seule',
  WITH_HELP: 'Avec de l’aide',
  NEVER: 'Jamais',
};

export interface ScoredStatement {
  id: string;
  level: Level;
}

/** statement id → her answer. */
export type Answers = Readonly<Record<string, Answer>>;

export interface Placement {
  /** The level her answers show (null: not even the general one); meaningful once `done`. */
  level: Level | null;
  /** Every statement needed to place her is answered. */
  done: boolean;
  /** The next level, when she does some of it with help: on her way there. */
  towards: Level | null;
}

const byLevel = <S extends ScoredStatement>(statements: readonly S[], level: Level): S[] =>
  statements.filter((s) => s.level === level);

/**
 * The scoring rule. A level is held when she does every statement of it, and of each level below,
 * alone (« je le fais seule »): the sheet's levels build on each other (générales, then
 * opérationnelles, then approfondies). The first level she does not do alone ends the count:
 * « avec de l'aide » there says she is on her way to it; answers above it do not count (they are
 * not asked). While a statement of the levels needed is unanswered, she is not placed.
 */
export function placement(statements: readonly ScoredStatement[], answers: Answers): Placement {
  let held: Level | null = null;
  for (const level of LEVELS) {
    const asked = byLevel(statements, level);
    if (asked.length === 0) continue;
    const given = asked.map((s) => answers[s.id]);
    if (given.some((a) => a === undefined)) return { level: held, done: false, towards: null };
    if (given.every((a) => a === 'ALONE')) {
      held = level;
      continue;
    }
    return { level: held, done: true, towards: given.includes('WITH_HELP') ? level : null };
  }
  return { level: held, done: true, towards: null };
}

/**
 * The statements to ask now: those of each level up to the first she does not (yet) do alone,
 * so that the questionnaire stays short and asks nothing the scoring would not use.
 */
export function askedStatements<S extends ScoredStatement>(
  statements: readonly S[],
  answers: Answers,
): S[] {
  const out: S[] = [];
  for (const level of LEVELS) {
    const asked = byLevel(statements, level);
    out.push(...asked);
    if (!asked.every((s) => answers[s.id] === 'ALONE')) break;
  }
  return out;
}

/**
 * The levels her finished answers give, skill by skill (null: « aucune »); a skill not finished
 * keeps whatever level she had.
 */
export function positionedLevels(
  items: readonly { skillId: string; statements: readonly ScoredStatement[] }[],
  answers: Answers,
): Record<string, Level | null> {
  const out: Record<string, Level | null> = {};
  for (const item of items) {
    if (item.statements.length === 0) continue;
    const placed = placement(item.statements, answers);
    if (placed.done) out[item.skillId] = placed.level;
  }
  return out;
}
