import type {
  AxisPosition,
  DiagnosticItemRecord,
  ProspectiveModel,
  ScenarioRecord,
} from '../../domain/records.js';

/**
 * The establishment's maturity diagnostic (study §4.1): 20 items scored 0–5 today and, if one
 * wishes, tomorrow; per axis the mean, read between the axis's two poles; the nearest of the
 * four scenarios; the items to work on. Pure: the scores are the request's, never stored.
 */

export const SCORE_MAX = 5;

/** Where a scenario stands on an axis, on the items' 0–5 scale. */
export const POSITION_VALUE: Record<AxisPosition, number> = { LOW: 0, MIDDLE: 2.5, HIGH: 5 };

export interface ItemScore {
  itemId: string;
  today: number | null;
  tomorrow: number | null;
}

export interface AxisScore {
  axisId: string;
  /** Mean of the answered items, each read towards the high pole (a REVERSED item counts 5 − score). */
  today: number | null;
  tomorrow: number | null;
  answeredToday: number;
  answeredTomorrow: number;
}

export interface ScenarioDistance {
  scenarioId: string;
  /** Euclidean distance over the axes answered, from 0 (same place) to 5·√axes. */
  distance: number;
  /** Per axis: the scenario's value and how far the scores are from it. */
  axes: AxisDifference[];
}

/** On one axis: the scenario's value and how far the scores are from it. */
export interface AxisDifference {
  axisId: string;
  scenarioValue: number;
  difference: number;
}

export interface ItemToWork {
  itemId: string;
  today: number;
  tomorrow: number;
  gap: number;
}

export interface DiagnosticResult {
  axes: AxisScore[];
  /** Nearest first, for today and for tomorrow (empty when nothing is answered). */
  today: ScenarioDistance[];
  tomorrow: ScenarioDistance[];
  /** The items whose tomorrow is furthest above today, largest gap first (at most 5). */
  toWork: ItemToWork[];
}

const towardHigh = (item: DiagnosticItemRecord, score: number) =>
  item.polarity === 'REVERSED' ? SCORE_MAX - score : score;

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

function axisScores(model: ProspectiveModel, byItem: ReadonlyMap<string, ItemScore>): AxisScore[] {
  return model.axes.map((axis) => {
    const items = model.items.filter((item) => item.axisId === axis.id);
    const read = (when: 'today' | 'tomorrow') =>
      items.flatMap((item) => {
        const score = byItem.get(item.id)?.[when];
        return score == null ? [] : [towardHigh(item, score)];
      });
    const today = read('today');
    const tomorrow = read('tomorrow');
    return {
      axisId: axis.id,
      today: mean(today),
      tomorrow: mean(tomorrow),
      answeredToday: today.length,
      answeredTomorrow: tomorrow.length,
    };
  });
}

/** Each scenario's distance to the axis scores, nearest first (ties: the study's order). */
export function scenarioDistances(
  scenarios: readonly ScenarioRecord[],
  axes: readonly { axisId: string; value: number | null }[],
): ScenarioDistance[] {
  const answered = axes.filter((a): a is { axisId: string; value: number } => a.value !== null);
  if (answered.length === 0) return [];
  return scenarios
    .map((scenario) => {
      const per = answered.map(({ axisId, value }) => {
        const position = scenario.positions.find((p) => p.axisId === axisId)?.position ?? 'MIDDLE';
        const scenarioValue = POSITION_VALUE[position];
        return { axisId, scenarioValue, difference: value - scenarioValue };
      });
      const distance = Math.sqrt(per.reduce((sum, a) => sum + a.difference ** 2, 0));
      return { scenarioId: scenario.id, distance, axes: per, order: scenario.order };
    })
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .map(({ order: _order, ...rest }) => rest);
}

export function diagnose(model: ProspectiveModel, scores: readonly ItemScore[]): DiagnosticResult {
  const byItem = new Map(scores.map((s) => [s.itemId, s]));
  const axes = axisScores(model, byItem);
  const order = new Map(model.items.map((item, i) => [item.id, i]));
  const toWork = scores
    .flatMap((s) =>
      s.today != null && s.tomorrow != null && s.tomorrow > s.today
        ? [{ itemId: s.itemId, today: s.today, tomorrow: s.tomorrow, gap: s.tomorrow - s.today }]
        : [],
    )
    .sort((a, b) => b.gap - a.gap || (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0))
    .slice(0, 5);
  return {
    axes,
    today: scenarioDistances(
      model.scenarios,
      axes.map((a) => ({ axisId: a.axisId, value: a.today })),
    ),
    tomorrow: scenarioDistances(
      model.scenarios,
      axes.map((a) => ({ axisId: a.axisId, value: a.tomorrow })),
    ),
    toWork,
  };
}
