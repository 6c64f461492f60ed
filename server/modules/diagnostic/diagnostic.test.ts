import { describe, expect, it } from 'vitest';
import { diagnose, scenarioDistances } from './diagnostic.js';
import type { AxisPosition, ProspectiveModel, ScenarioRecord } from '../../domain/records.js';

const axis = (id: string, order: number) => ({
  id,
  order,
  title: id,
  lowPole: 'bas',
  highPole: 'haut',
  source: 's',
});
const item = (
  id: string,
  axisId: string,
  order: number,
  polarity: 'DIRECT' | 'REVERSED' = 'DIRECT',
) => ({
  id,
  axisId,
  order,
  label: id,
  example: id,
  exampleSource: 's',
  polarity,
  polaritySource: 'derived: test',
  source: 's',
});
const scenario = (id: string, order: number, a: AxisPosition, b: AxisPosition): ScenarioRecord => ({
  id,
  order,
  title: id,
  nickname: id,
  description: id,
  strengths: 's',
  vigilance: 'v',
  detailsSource: 's',
  source: 's',
  positions: [
    { axisId: 'a', position: a, source: 's' },
    { axisId: 'b', position: b, source: 's' },
  ],
  suits: [],
  outlook: [],
});

const model: ProspectiveModel = {
  axes: [axis('a', 1), axis('b', 2)],
  items: [
    item('a1', 'a', 1, 'REVERSED'),
    item('a2', 'a', 2),
    item('b1', 'b', 1),
    item('b2', 'b', 2),
  ],
  scenarios: [
    scenario('figee', 1, 'LOW', 'LOW'),
    scenario('remplacee', 2, 'MIDDLE', 'HIGH'),
    scenario('transformee', 3, 'HIGH', 'MIDDLE'),
    scenario('pivot', 4, 'HIGH', 'HIGH'),
  ],
};

describe('diagnose', () => {
  it('reads each axis towards its high pole, a reversed item counting 5 − score', () => {
    const result = diagnose(model, [
      { itemId: 'a1', today: 5, tomorrow: 1 },
      { itemId: 'a2', today: 1, tomorrow: 5 },
    ]);
    // a1 = 5 reversed → 0; a2 = 1: mean 0.5 today; tomorrow (5 − 1 + 5) / 2 = 4.5.
    expect(result.axes[0]).toMatchObject({ today: 0.5, tomorrow: 4.5, answeredToday: 2 });
    expect(result.axes[1]).toMatchObject({ today: null, answeredToday: 0 });
  });

  it('finds the nearest scenario over the answered axes only, and says every distance', () => {
    const result = diagnose(model, [
      { itemId: 'a1', today: 0, tomorrow: null },
      { itemId: 'a2', today: 5, tomorrow: null },
      { itemId: 'b1', today: 5, tomorrow: null },
      { itemId: 'b2', today: 4, tomorrow: null },
    ]);
    // Axis a = 5, axis b = 4.5: pivot (5, 5) is nearest, at 0.5.
    expect(result.today.map((d) => d.scenarioId)).toEqual([
      'pivot',
      'transformee',
      'remplacee',
      'figee',
    ]);
    expect(result.today[0]?.distance).toBeCloseTo(0.5);
    expect(result.today[0]?.axes).toEqual([
      { axisId: 'a', scenarioValue: 5, difference: 0 },
      { axisId: 'b', scenarioValue: 5, difference: -0.5 },
    ]);
    expect(result.tomorrow).toEqual([]);
  });

  it('puts all zeros nearest the « figée » scenario, and breaks ties in the study’s order', () => {
    const zeros = diagnose(
      model,
      ['a1', 'a2', 'b1', 'b2'].map((itemId) => ({
        itemId,
        today: itemId === 'a1' ? 5 : 0,
        tomorrow: null,
      })),
    );
    expect(zeros.today[0]).toMatchObject({ scenarioId: 'figee', distance: 0 });
    // Axis a only, at 5: transformee and pivot tie (both HIGH on a): the study's order decides.
    const tie = scenarioDistances(model.scenarios, [
      { axisId: 'a', value: 5 },
      { axisId: 'b', value: null },
    ]);
    expect(tie.slice(0, 2).map((d) => d.scenarioId)).toEqual(['transformee', 'pivot']);
  });

  it('flags the items with the largest rise from today to tomorrow', () => {
    const result = diagnose(model, [
      { itemId: 'b2', today: 1, tomorrow: 4 },
      { itemId: 'a2', today: 2, tomorrow: 5 },
      { itemId: 'b1', today: 3, tomorrow: 2 },
      { itemId: 'a1', today: 0, tomorrow: 1 },
    ]);
    // Equal gaps keep the study's item order (a2 before b2); a fall is not « à travailler ».
    expect(result.toWork.map((w) => [w.itemId, w.gap])).toEqual([
      ['a2', 3],
      ['b2', 3],
      ['a1', 1],
    ]);
  });
});
