import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/test-app.js';

let api: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(async () => {
  await api.close();
});

interface StatementData {
  number: number;
  theme: string;
  disagreePercent: number;
  agreePercent: number;
  neutralPercent: number | null;
  stance: string;
  stanceSource: string | null;
  source: string;
  bearsOn: { id: string; kind: string; name: string }[];
}

const STATEMENT =
  'number theme disagreePercent agreePercent neutralPercent stance stanceSource source bearsOn { id kind name }';

describe('« Le métier »: the questionnaire, the workforce, the training still to build', () => {
  it('answers the 107 statements in question order with their figures, and their 8 themes', async () => {
    const result = await api.run<{
      statements: StatementData[];
      questionnaireThemes: { title: string; count: number }[];
    }>(`{ statements { ${STATEMENT} } questionnaireThemes { title count } }`);
    expect(result.errors).toBeUndefined();
    const statements = result.data?.statements ?? [];
    expect(statements.map((s) => s.number)).toEqual(Array.from({ length: 107 }, (_, i) => i + 1));
    expect(statements[21]).toMatchObject({
      disagreePercent: 5,
      agreePercent: 83,
      neutralPercent: 12,
    });
    expect(statements[11]).toMatchObject({
      disagreePercent: 67,
      agreePercent: 7,
      stance: 'DISAGREE',
    });
    expect(statements[11]?.source).toMatch(/#Q12, .* \(l\. 2824-2826\)$/);
    // Q31 (46 % against, 28 % for): the study's own « avis partagés » wins; Q33 (41 % against
    // 38 %): three points apart, divided by the rule.
    expect(statements[30]).toMatchObject({ stance: 'DIVIDED' });
    expect(statements[30]?.stanceSource).toMatch(/« discutée, avec des avis partagés »/);
    expect(statements[32]).toMatchObject({ stance: 'DIVIDED', stanceSource: null });
    const themes = result.data?.questionnaireThemes ?? [];
    expect(themes).toHaveLength(8);
    expect(themes[0]).toEqual({ title: 'Thème 1 – Les mutations externes (2.3.1)', count: 24 });
    expect(themes.reduce((sum, t) => sum + t.count, 0)).toBe(107);
    const third = await api.run<{ statements: StatementData[] }>(
      'query($t: String) { statements(theme: $t) { number } }',
      { t: themes[2]?.title },
    );
    expect(third.data?.statements.map((s) => s.number)).toEqual(
      Array.from({ length: 13 }, (_, i) => 44 + i),
    );
  });

  it('gives what respondents said of a skill, for and against', async () => {
    const result = await api.run<{
      social: Record<'agree' | 'disagree' | 'divided', { number: number }[]>;
      ai: Record<'agree' | 'disagree' | 'divided', { number: number }[]>;
    }>(`{
      social: evidence(id: "sf-aide-demarches-sociales") { agree { number } disagree { number } divided { number } }
      ai: evidence(id: "k-ia-outils-numeriques") { agree { number } disagree { number } divided { number } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.social).toEqual({
      agree: [{ number: 68 }],
      disagree: [{ number: 70 }],
      divided: [],
    });
    // Replacement by AI is rejected (Q12: 67 %, Q49: 60 %); AI easing exchanges (Q4: 30 % against
    // 22 %) is what the study itself calls « avis partagés »; better tools and support with them
    // are wanted (Q15, Q107).
    expect(result.data?.ai.disagree.map((s) => s.number)).toEqual([12, 49]);
    expect(result.data?.ai.divided.map((s) => s.number)).toContain(4);
    expect(result.data?.ai.agree.map((s) => s.number)).toEqual(expect.arrayContaining([107, 15]));
  });

  it('gives the workforce figures and the training ideas, each with its source', async () => {
    const result = await api.run<{
      workforce: { topic: string; label: string; value: number; unit: string; source: string }[];
      trainingIdeas: { label: string; source: string }[];
    }>('{ workforce { topic label value unit source } trainingIdeas { label source } }');
    expect(result.errors).toBeUndefined();
    const figures = result.data?.workforce ?? [];
    expect(figures).toHaveLength(22);
    expect(figures[0]).toMatchObject({ value: 4, unit: 'RANK' });
    expect(figures.find((f) => f.label.startsWith('Catégorie C'))?.value).toBe(38);
    expect(result.data?.trainingIdeas.map((i) => i.label).join(' ')).toContain('RACE');
  });

  it('refuses an id that is not a slug, naming the field', async () => {
    const result = await api.run('{ evidence(id: "Pas un id") { agree { number } } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

interface PositioningData {
  skill: { id: string; label: string };
  roleLevel: string;
  roleLevelSource: string;
  statements: { id: string; level: string; text: string; source: string; levelSource: string }[];
}

const POSITIONING = `query ($roleId: ID!) { positioning(roleId: $roleId) {
  skill { id label } roleLevel roleLevelSource statements { id level text source levelSource } } }`;

describe('« Me positionner »: the statements a person of a role answers', () => {
  it('gives a secretary her 19 skills at the job’s levels, each with statements from the lowest level up', async () => {
    const result = await api.run<{ positioning: PositioningData[] }>(POSITIONING, {
      roleId: 'secretaire-medicale',
    });
    expect(result.errors).toBeUndefined();
    const items = result.data?.positioning ?? [];
    expect(items).toHaveLength(19);
    expect(items.every((i) => i.statements.length >= 3)).toBe(true);
    const secretariat = items.find((i) => i.skill.id === 'k-secretariat');
    expect(secretariat?.roleLevel).toBe('DEEP');
    expect(secretariat?.statements.map((s) => s.level)).toEqual(['GENERAL', 'OPERATIONAL', 'DEEP']);
    expect(secretariat?.statements[1]?.source).toContain('« gestion des agendas »');
    expect(secretariat?.statements[1]?.levelSource).toMatch(
      /^derived: « connaissances opérationnelles »/,
    );
    // The sheet gives its savoir-faire no level: the role's level says it is derived.
    expect(secretariat?.roleLevelSource).toContain('connaissances requises');
    expect(items.find((i) => i.skill.id === 'sf-travail-equipe')?.roleLevelSource).toMatch(
      /^derived:/,
    );
    expect(items.find((i) => i.skill.id === 'k-reglementation-archives')?.roleLevel).toBe(
      'GENERAL',
    );
  });

  it('puts first the skills that have statements; a variant of the job holds the job’s skills too', async () => {
    const tim = await api.run<{ positioning: PositioningData[] }>(POSITIONING, {
      roleId: 'technicien-information-medicale',
    });
    const items = tim.data?.positioning ?? [];
    const firstEmpty = items.findIndex((i) => i.statements.length === 0);
    expect(firstEmpty).toBeGreaterThan(0);
    expect(items.slice(firstEmpty).every((i) => i.statements.length === 0)).toBe(true);
    expect(items.map((i) => i.skill.id)).toContain('k-pmsi-nomenclatures');

    const variant = await api.run<{ positioning: PositioningData[] }>(POSITIONING, {
      roleId: 'ama-coordination-parcours',
    });
    const ids = (variant.data?.positioning ?? []).map((i) => i.skill.id);
    expect(ids).toContain('k-vocabulaire-medical');
    expect(ids).toContain('sf-coordonner-parcours');
  });

  it('refuses a role that does not exist, naming the field', async () => {
    const result = await api.run(POSITIONING, { roleId: 'secretaire-inconnue' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'roleId',
    });
  });
});
