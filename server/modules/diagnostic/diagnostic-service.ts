import { diagnose, SCORE_MAX, type DiagnosticResult, type ItemScore } from './diagnostic.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import type { ScenarioRecord } from '../../domain/records.js';
import { UserInputError } from '../../domain/errors.js';

/** The training that develops a skill a suited profile puts forward, in block then item order. */
export interface SkillAdvice {
  skillId: string;
  source: string;
  training: TrainingAdvice[];
}

/** A training item that develops an advised skill, at a level. */
export interface TrainingAdvice {
  blockId: string;
  itemId: string;
  level: string;
  source: string;
  levelSource: string;
}

export interface ProfileAdvice {
  profileId: string;
  /** Why the profile suits the scenario. */
  source: string;
  skills: SkillAdvice[];
}

export interface Advice {
  scenario: ScenarioRecord;
  /** Which scores chose the scenario: tomorrow's when given, else today's. */
  basis: 'TODAY' | 'TOMORROW';
  profiles: ProfileAdvice[];
}

export interface DiagnosticAnswer extends DiagnosticResult {
  advice: Advice | null;
}

/** Checks the scores: known items, each once, 0 to 5; names the field of the first problem. */
function checked(ctx: PlanningContext, scores: readonly ItemScore[]): ItemScore[] {
  const known = new Set(ctx.graph.prospective.items.map((i) => i.id));
  const seen = new Set<string>();
  scores.forEach((score, i) => {
    if (!known.has(score.itemId)) {
      throw new UserInputError(`scores[${i}].itemId`, `unknown diagnostic item "${score.itemId}"`);
    }
    if (seen.has(score.itemId)) {
      throw new UserInputError(`scores[${i}].itemId`, `item "${score.itemId}" is scored twice`);
    }
    seen.add(score.itemId);
    for (const when of ['today', 'tomorrow'] as const) {
      const value = score[when];
      if (value != null && !(value >= 0 && value <= SCORE_MAX)) {
        throw new UserInputError(`scores[${i}].${when}`, `must be between 0 and ${SCORE_MAX}`);
      }
    }
  });
  return [...scores];
}

/** What the nearest scenario's suited profiles put forward, and the training that develops it. */
function adviceFor(ctx: PlanningContext, scenario: ScenarioRecord, basis: Advice['basis']): Advice {
  return {
    scenario,
    basis,
    profiles: scenario.suits.flatMap(({ profileId, source }) => {
      const profile = ctx.graph.futureProfiles.get(profileId);
      if (!profile) return [];
      return [
        {
          profileId,
          source,
          skills: profile.emphasises.map(({ skillId, source: why }) => ({
            skillId,
            source: why,
            training: ctx.coverage.offersAbove(skillId, null).map((offer) => ({ ...offer })),
          })),
        },
      ];
    }),
  };
}

/**
 * The maturity diagnostic of §4.1 for the scores given (used for this request only: never
 * stored or logged), with advice from the nearest scenario.
 */
export function diagnostic(ctx: PlanningContext, scores: readonly ItemScore[]): DiagnosticAnswer {
  const result = diagnose(ctx.graph.prospective, checked(ctx, scores));
  const basis = result.tomorrow.length > 0 ? 'TOMORROW' : 'TODAY';
  const nearest = (basis === 'TOMORROW' ? result.tomorrow : result.today)[0];
  const scenario = ctx.graph.prospective.scenarios.find((s) => s.id === nearest?.scenarioId);
  return { ...result, advice: scenario ? adviceFor(ctx, scenario, basis) : null };
}

export const scenarioById = (ctx: PlanningContext, id: string, field: string) => {
  const scenario = ctx.graph.prospective.scenarios.find((s) => s.id === id);
  if (!scenario) throw new UserInputError(field, `unknown scenario "${id}"`);
  return scenario;
};
