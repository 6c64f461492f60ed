import { decimal } from './french.js';
import type { Stance, Statement, WorkforceFigure } from '../api/types.js';

/** « Le métier »: figures and questionnaire answers in words, grouped as the page shows them. */

const number = (value: number) => decimal(value, 2).replace(/\u202f/g, '\u00a0');

export function figureText(figure: Pick<WorkforceFigure, 'value' | 'unit'>): string {
  switch (figure.unit) {
    case 'PERCENT':
      return `${number(figure.value)}\u00a0%`;
    case 'RANK':
      return figure.value === 1 ? '1er' : `${number(figure.value)}e`;
    case 'YEARS':
      return `${number(figure.value)}\u00a0ans`;
  }
}

/** Figures by topic, topics and figures in the study's order. */
export function figuresByTopic<F extends Pick<WorkforceFigure, 'topic'>>(
  figures: readonly F[],
): { topic: string; figures: F[] }[] {
  const topics = new Map<string, F[]>();
  for (const figure of figures) {
    const list = topics.get(figure.topic) ?? [];
    list.push(figure);
    topics.set(figure.topic, list);
  }
  return [...topics].map(([topic, list]) => ({ topic, figures: list }));
}

export const STANCE_LABEL: Record<Stance, string> = {
  AGREE: 'majoritairement d’accord',
  DISAGREE: 'plus de désaccords que d’accords',
  DIVIDED: 'avis partagés',
};

/** The agreement bar: disagree, the rest (neutral when the study gives it), agree; sums to 100. */
export function agreementParts(
  s: Pick<Statement, 'disagreePercent' | 'agreePercent' | 'neutralPercent'>,
): { disagree: number; middle: number; agree: number } {
  const middle = Math.max(0, 100 - s.disagreePercent - s.agreePercent);
  return { disagree: s.disagreePercent, middle, agree: s.agreePercent };
}

export function agreementText(
  s: Pick<Statement, 'disagreePercent' | 'agreePercent' | 'neutralPercent'>,
): string {
  const parts = [`désaccord ${number(s.disagreePercent)}\u00a0%`];
  if (s.neutralPercent !== null) parts.push(`neutre ${number(s.neutralPercent)}\u00a0%`);
  parts.push(`accord ${number(s.agreePercent)}\u00a0%`);
  return parts.join(' · ');
}

export type StanceFilter = Stance | 'ALL';

/** The questionnaire by theme (themes in the API's order), keeping the statements of a stance. */
export function statementsByTheme(
  statements: readonly Statement[],
  themes: readonly { title: string }[],
  stance: StanceFilter,
): { theme: string; statements: Statement[] }[] {
  return themes
    .map(({ title }) => ({
      theme: title,
      statements: statements.filter(
        (s) => s.theme === title && (stance === 'ALL' || s.stance === stance),
      ),
    }))
    .filter((group) => group.statements.length > 0);
}
