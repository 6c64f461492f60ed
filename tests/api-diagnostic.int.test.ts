import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/test-app.js';

let api: Awaited<ReturnType<typeof startTestApp>>;
let itemIds: string[];

beforeAll(async () => {
  api = await startTestApp();
  const axes = await api.run<{ tensionAxes: { items: { id: string }[] }[] }>(
    '{ tensionAxes { items { id } } }',
  );
  itemIds = axes.data!.tensionAxes.flatMap((a) => a.items.map((i) => i.id));
});
afterAll(async () => {
  await api.close();
});

const DIAGNOSTIC = `query($scores: [ItemScoreInput!]!) { diagnostic(scores: $scores) {
  axes { axis { id } today tomorrow answeredToday }
  today { scenario { id } distance }
  tomorrow { scenario { id title nickname strengths vigilance detailsSource } distance axes { axis { id } scenarioValue difference } }
  toWork { item { id } gap }
  advice { basis scenario { id } profiles { profile { id title } source skills { skill { label } training { block { title } item { label } level } } } } } }`;

type Answer = {
  diagnostic: {
    axes: { axis: { id: string }; today: number | null; tomorrow: number | null }[];
    today: { scenario: { id: string }; distance: number }[];
    tomorrow: {
      scenario: { id: string; strengths: string; detailsSource: string };
      distance: number;
    }[];
    toWork: { item: { id: string }; gap: number }[];
    advice: {
      basis: string;
      scenario: { id: string };
      profiles: { profile: { id: string }; source: string; skills: { training: unknown[] }[] }[];
    } | null;
  };
};

describe('the maturity diagnostic (4.1)', () => {
  it('serves the 4 axes and their 20 items with the study’s wording, and the 4 scenarios', async () => {
    expect(itemIds).toHaveLength(20);
    const answer = await api.run<{
      tensionAxes: { items: { example: string; exampleSource: string; polarity: string }[] }[];
      scenarios: { nickname: string; strengths: string; vigilance: string }[];
    }>(
      '{ tensionAxes { items { example exampleSource polarity } } scenarios { nickname strengths vigilance } }',
    );
    const items = answer.data!.tensionAxes.flatMap((a) => a.items);
    expect(items[0]?.example).toBe(
      'Spécialisation et affectation par service (par exemple, cardiologie, pédiatrie).',
    );
    expect(items[0]?.polarity).toBe('REVERSED');
    expect(items.every((i) => i.exampleSource.includes('schéma 14'))).toBe(true);
    expect(answer.data!.scenarios.map((s) => s.nickname)).toEqual([
      'Le scénario du passé',
      'Le scénario de la fin du métier',
      'Le scénario de la transformation',
      'Le scénario de la reconnaissance',
    ]);
  });

  it('places a service today and tomorrow, nearest scenario first, with sourced advice', async () => {
    // Today: specialised, doctor-oriented, administrative, office tools (a reversed item scored 5);
    // tomorrow: everything at 5 but the reversed items at 0.
    const reversed = new Set(['diag-1-specialisation-service', 'diag-3-taches-administratives']);
    const scores = itemIds.map((itemId) => ({
      itemId,
      today: reversed.has(itemId) ? 5 : 0,
      tomorrow: reversed.has(itemId) ? 0 : 5,
    }));
    const answer = await api.run<Answer>(DIAGNOSTIC, { scores });
    expect(answer.errors).toBeUndefined();
    const d = answer.data!.diagnostic;
    expect(d.axes.map((a) => [a.today, a.tomorrow])).toEqual([
      [0, 5],
      [0, 5],
      [0, 5],
      [0, 5],
    ]);
    expect(d.today[0]).toMatchObject({ scenario: { id: 'scenario-figee' }, distance: 0 });
    expect(d.tomorrow[0]).toMatchObject({ scenario: { id: 'scenario-pivot' }, distance: 0 });
    expect(d.tomorrow[0]?.scenario.detailsSource).toMatch(/l\. 4792-4811/);
    expect(d.toWork).toHaveLength(5);
    expect(d.advice?.basis).toBe('TOMORROW');
    expect(d.advice?.profiles.map((p) => p.profile.id)).toContain('profil-coordinatrice-parcours');
    expect(d.advice?.profiles[0]?.source).toMatch(/^derived:/);
    expect(d.advice?.profiles.some((p) => p.skills.some((s) => s.training.length > 0))).toBe(true);
  });

  it('refuses an unknown item, an item twice or a score outside 0–5, naming the field', async () => {
    const bad = async (scores: unknown[]) =>
      (await api.run(DIAGNOSTIC, { scores })).errors?.[0]?.extensions;
    expect(await bad([{ itemId: 'nope', today: 1 }])).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scores[0].itemId',
    });
    expect(await bad([{ itemId: itemIds[0], today: 6 }])).toMatchObject({
      field: 'scores[0].today',
    });
    expect(
      await bad([
        { itemId: itemIds[0], today: 1 },
        { itemId: itemIds[0], today: 2 },
      ]),
    ).toMatchObject({ field: 'scores[1].itemId' });
  });

  it('answers nothing when nothing is scored', async () => {
    const answer = await api.run<Answer>(DIAGNOSTIC, { scores: [] });
    expect(answer.data!.diagnostic).toMatchObject({ today: [], tomorrow: [], advice: null });
  });
});

describe('scenario-aware « Où puis-je aller ? »', () => {
  const REACHABLE = `query($scenario: ID) { reachable(profile: { currentRoleId: "secretaire-medicale" }, scenario: $scenario) {
    matches { role { id } outlook { effect source } } } }`;
  type Reach = {
    reachable: {
      matches: { role: { id: string }; outlook: { effect: string; source: string } | null }[];
    };
  };

  it('puts the roles a scenario favours first and those at risk last, each with its rule', async () => {
    const neutral = (await api.run<Reach>(REACHABLE)).data!.reachable.matches;
    const replaced = (await api.run<Reach>(REACHABLE, { scenario: 'scenario-remplacee' })).data!
      .reachable.matches;
    expect(neutral.every((m) => m.outlook === null)).toBe(true);
    expect(replaced[0]).toMatchObject({
      role: { id: 'referente-ia-logiciels' },
      outlook: { effect: 'FAVOURED' },
    });
    const last = replaced.at(-1);
    expect(last?.outlook?.effect).toBe('AT_RISK');
    expect(last?.outlook?.source).toMatch(/^derived:/);
    // The same roles, in another order.
    expect(replaced.map((m) => m.role.id).sort()).toEqual(neutral.map((m) => m.role.id).sort());
    const unknown = await api.run(REACHABLE, { scenario: 'scenario-nope' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scenario',
    });
  });
});

describe('scenario-aware routes', () => {
  it('says on each step what the scenario means for its role', async () => {
    const query = `query($scenario: ID) { careerRoutes(profile: { currentRoleId: "secretaire-medicale" },
      targetRoleId: "ama-unite-service", scenario: $scenario) { steps { to { id } outlook { effect source } } } }`;
    type Routes = {
      careerRoutes: {
        steps: { to: { id: string }; outlook: { effect: string; source: string } | null }[];
      }[];
    };
    const last = async (scenario?: string) =>
      (await api.run<Routes>(query, scenario ? { scenario } : {})).data!.careerRoutes[0]?.steps.at(
        -1,
      );
    expect((await last())?.outlook).toBeNull();
    expect((await last('scenario-remplacee'))?.outlook).toMatchObject({ effect: 'AT_RISK' });
    expect((await last('scenario-pivot'))?.outlook).toMatchObject({ effect: 'FAVOURED' });
  });
});
