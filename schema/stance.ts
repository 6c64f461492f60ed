/**
 * How respondents answered a statement of the questionnaire. Where the study characterises a
 * statement itself (« avis partagés »), its word wins (`studyStance`, with its citation).
 * Otherwise the rule: AGREE when at least half agree and agreement leads disagreement by
 * STANCE_MARGIN points or more; DISAGREE when disagreement leads agreement by STANCE_MARGIN
 * points or more; DIVIDED otherwise. With 45 respondents, one answer is about 2 points: a lead
 * under 10 points is four answers or fewer.
 */
export const STANCES = ['AGREE', 'DISAGREE', 'DIVIDED'] as const;
export type Stance = (typeof STANCES)[number];
export const STANCE_MARGIN = 10;

export interface StanceFacts {
  agreePercent: number;
  disagreePercent: number;
  studyStance?: Stance | null;
}

export function stanceOf(s: StanceFacts): Stance {
  if (s.studyStance) return s.studyStance;
  if (s.disagreePercent - s.agreePercent >= STANCE_MARGIN) return 'DISAGREE';
  if (s.agreePercent >= 50 && s.agreePercent - s.disagreePercent >= STANCE_MARGIN) return 'AGREE';
  return 'DIVIDED';
}
