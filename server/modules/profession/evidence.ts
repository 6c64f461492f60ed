import { stanceOf, type Stance } from '../../../schema/stance.js';
import type { StatementRecord } from '../../domain/records.js';

export { stanceOf };

/** What the questionnaire says of a role, a skill or an activity, for and against. */
export interface Evidence {
  /** Statements most agreed with first. */
  agree: StatementRecord[];
  /** Statements most rejected first. */
  disagree: StatementRecord[];
  /** In question order. */
  divided: StatementRecord[];
}

export function evidenceFor(statements: readonly StatementRecord[], targetId: string): Evidence {
  const bearing = statements.filter((s) => s.bearsOn.some((t) => t.id === targetId));
  const of = (stance: Stance) => bearing.filter((s) => stanceOf(s) === stance);
  const byNumber = (a: StatementRecord, b: StatementRecord) => a.number - b.number;
  return {
    agree: of('AGREE').sort((a, b) => b.agreePercent - a.agreePercent || byNumber(a, b)),
    disagree: of('DISAGREE').sort(
      (a, b) => b.disagreePercent - a.disagreePercent || byNumber(a, b),
    ),
    divided: of('DIVIDED').sort(byNumber),
  };
}

/** The questionnaire's themes, in the order of their first statement, with their counts. */
export function themesOf(
  statements: readonly StatementRecord[],
): { title: string; count: number }[] {
  const first = new Map<string, { title: string; count: number; from: number }>();
  for (const s of statements) {
    const entry = first.get(s.theme) ?? { title: s.theme, count: 0, from: s.number };
    entry.count++;
    entry.from = Math.min(entry.from, s.number);
    first.set(s.theme, entry);
  }
  return [...first.values()]
    .sort((a, b) => a.from - b.from)
    .map(({ title, count }) => ({ title, count }));
}
