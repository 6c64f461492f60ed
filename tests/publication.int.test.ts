import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../server/app.js';
import { startTestApp } from './support/test-app.js';
import { TIM_BLOCS } from './support/tim-maquette.js';
import { addTestAccounts, codeOf, PASSWORD, WorkbenchClient } from './support/workbench-client.js';

let api: Awaited<ReturnType<typeof startTestApp>>;
let app: App;
let url: string;
let designer: WorkbenchClient;

beforeAll(async () => {
  api = await startTestApp();
  await addTestAccounts(api.gateway);
  app = await createApp(api.gateway);
  url = await app.listen(0, '127.0.0.1');
  designer = new WorkbenchClient(url);
  await designer.signIn('designer@example.org', PASSWORD);
});
afterAll(async () => {
  await app.stop();
  await api.close();
});

const CREATE = `mutation($t: String!) { createDraft(title: $t, fromStudy: true) {
  draftId number publicationProblems { kind block item label } } }`;
const SAVE = `mutation($id: ID!, $base: Int!, $b: [DraftBlockInput!]!) {
  saveDraft(id: $id, baseVersion: $base, comment: "Complète", blocks: $b) {
    number publicationProblems { kind } } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!, $r: ID!) { publishDraft(id: $id, version: $v, targetRoleId: $r) {
  draftId title version publishedBy publishedAt targetRole { id } blocks { code } hours } }`;
const ROUTES = `query($to: ID!) { careerRoutes(profile: { currentRoleId: "secretaire-medicale" },
  targetRoleId: $to, limit: 1) { steps { to { id } certifications {
    certification { title version publishedBy }
    acquired remainingHours
    blocs { code title status hours remainingHours skills { skillId skill { label } level currentLevel held } } } } } }`;

interface RoutesData {
  careerRoutes: {
    steps: {
      to: { id: string };
      certifications: {
        certification: { title: string; version: number; publishedBy: string | null };
        acquired: number;
        remainingHours: number | null;
        blocs: {
          code: string;
          status: string;
          remainingHours: number | null;
          skills: { skillId: string; held: boolean }[];
        }[];
      }[];
    }[];
  }[];
}

describe('« Publier la maquette »: a block set becomes a certification the planner uses', () => {
  it('refuses a version that lacks evaluations, naming each part, and changes nothing', async () => {
    const created = await designer.gql<{
      createDraft: {
        draftId: string;
        publicationProblems: { kind: string; block: number; item: number }[];
      };
    }>(CREATE, { t: 'Copie de l’étude' });
    const draft = created.data?.createDraft;
    // The study's blocks say what they teach, not how it is evaluated.
    expect(draft?.publicationProblems.length).toBeGreaterThan(10);
    expect(draft?.publicationProblems[0]).toMatchObject({
      kind: 'ITEM_WITHOUT_EVALUATION',
      block: 1,
      item: 1,
    });
    const refused = await designer.gql(PUBLISH, {
      id: draft?.draftId,
      v: 1,
      r: 'technicien-information-medicale',
    });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.field).toBe('version');
    expect(
      (await designer.gql<{ certifications: unknown[] }>('{ certifications { draftId } }')).data
        ?.certifications,
    ).toEqual([]);
  });

  it('publishes a complete version for TIM, and a secretary’s route there says which blocs she already holds', async () => {
    const created = await designer.gql<{ createDraft: { draftId: string } }>(CREATE, {
      t: 'Parcours TIM',
    });
    const id = created.data?.createDraft.draftId;
    const saved = await designer.gql<{
      saveDraft: { number: number; publicationProblems: unknown[] };
    }>(SAVE, {
      id,
      base: 1,
      b: TIM_BLOCS,
    });
    expect(saved.data?.saveDraft).toEqual({ number: 2, publicationProblems: [] });
    const anonymous = new WorkbenchClient(url);
    expect(
      codeOf(await anonymous.gql(PUBLISH, { id, v: 2, r: 'technicien-information-medicale' })),
    ).toBe('UNAUTHENTICATED');
    expect(codeOf(await designer.gql(PUBLISH, { id, v: 2, r: 'role-inconnu' }))).toBe(
      'BAD_USER_INPUT',
    );

    const published = await designer.gql<{ publishDraft: Record<string, unknown> }>(PUBLISH, {
      id,
      v: 2,
      r: 'technicien-information-medicale',
    });
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishDraft).toMatchObject({
      title: 'Parcours TIM',
      version: 2,
      publishedBy: 'designer@example.org',
      targetRole: { id: 'technicien-information-medicale' },
      blocks: [{ code: 'BC01' }, { code: 'BC02' }, { code: 'BC03' }],
      hours: 140,
    });

    // The planner is public: the provenance says which version and when, not the e-mail.
    const routes = await anonymous.gql<RoutesData>(ROUTES, {
      to: 'technicien-information-medicale',
    });
    expect(routes.errors).toBeUndefined();
    const step = routes.data?.careerRoutes[0]?.steps.at(-1);
    expect(step?.to.id).toBe('technicien-information-medicale');
    const [credit] = step?.certifications ?? [];
    expect(credit?.certification).toEqual({ title: 'Parcours TIM', version: 2, publishedBy: null });
    expect(credit?.blocs.map((b) => [b.code, b.status, b.remainingHours])).toEqual([
      ['BC01', 'ACQUIRED', 0],
      ['BC02', 'TO_FOLLOW', 70],
      ['BC03', 'PARTIAL', 35],
    ]);
    expect(credit).toMatchObject({ acquired: 1, remainingHours: 105 });

    // Her own levels count: without « Codage des actes », bloc 1 is to follow too.
    const without = await anonymous.gql<RoutesData>(
      ROUTES.replace(
        '{ currentRoleId: "secretaire-medicale" }',
        '{ currentRoleId: "secretaire-medicale", skills: [{ skillId: "k-codage-actes", level: null }] }',
      ),
      { to: 'technicien-information-medicale' },
    );
    const blocs = without.data?.careerRoutes[0]?.steps.at(-1)?.certifications[0]?.blocs ?? [];
    expect(blocs.map((b) => b.status)).toEqual(['TO_FOLLOW', 'TO_FOLLOW', 'TO_FOLLOW']);

    // HR: for a team aiming at TIM, who has each bloc recognised, who trains, the hours to fund.
    const team = await anonymous.gql<{
      teamGap: {
        certifications: {
          people: number;
          hoursToFund: number | null;
          blocs: { code: string; recognise: string[]; partial: string[]; train: string[] }[];
        }[];
      };
    }>(
      `query($team: [TeamMemberInput!]!) { teamGap(team: $team, target: { roleId: "technicien-information-medicale" }) {
        certifications { people hoursToFund blocs { code recognise partial train } } } }`,
      {
        team: [
          { id: 'agent-1', currentRoleId: 'secretaire-medicale' },
          {
            id: 'agent-2',
            currentRoleId: 'secretaire-medicale',
            skills: [
              { skillId: 'k-pmsi-nomenclatures', level: 'DEEP' },
              { skillId: 'sf-analyser-donnees', level: 'OPERATIONAL' },
            ],
          },
          {
            id: 'agent-3',
            currentRoleId: 'secretaire-medicale',
            skills: [{ skillId: 'k-codage-actes', level: null }],
          },
        ],
      },
    );
    expect(team.errors).toBeUndefined();
    const [plan] = team.data?.teamGap.certifications ?? [];
    expect(plan?.people).toBe(3);
    expect(plan?.blocs).toEqual([
      { code: 'BC01', recognise: ['agent-1', 'agent-2'], partial: [], train: ['agent-3'] },
      { code: 'BC02', recognise: ['agent-2'], partial: [], train: ['agent-1', 'agent-3'] },
      { code: 'BC03', recognise: ['agent-2'], partial: ['agent-1'], train: ['agent-3'] },
    ]);
    // agent-1: 70 + 35; agent-2: nothing; agent-3: 21 + 70 + 49.
    expect(plan?.hoursToFund).toBe(105 + 140);

    // The public sees the maquette, not the designers' working notes; a signed-in designer does.
    const NOTES = '{ certifications { blocks { items { notes } } } }';
    type Notes = { certifications: { blocks: { items: { notes: string }[] }[] }[] };
    const notesOf = (data: Notes | null | undefined) =>
      data?.certifications.flatMap((c) => c.blocks.flatMap((b) => b.items.map((i) => i.notes)));
    expect(notesOf((await anonymous.gql<Notes>(NOTES)).data)).toEqual(['', '', '', '']);
    expect(notesOf((await designer.gql<Notes>(NOTES)).data)).toContain(
      'Intervenant à confirmer avec le DIM',
    );

    // Publishing another version replaces it; deleting the draft withdraws it.
    await designer.gql(PUBLISH, { id, v: 1, r: 'technicien-information-medicale' });
    const list = await designer.gql<{ certifications: { version: number }[] }>(
      '{ certifications { version } }',
    );
    expect(list.data?.certifications).toEqual([{ version: 2 }]);
    await designer.gql('mutation($id: ID!) { deleteDraft(id: $id) }', { id });
    expect(
      (await anonymous.gql<{ certifications: unknown[] }>('{ certifications { draftId } }')).data
        ?.certifications,
    ).toEqual([]);
  });
});
