import { spawn } from 'node:child_process';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../server/app.js';
import { trustedProxies } from '../server/http/client-address.js';
import {
  addAccount,
  NO_CREDENTIALS,
  SESSION_TTL_MS,
  signIn,
  viewerOf,
} from '../server/modules/auth/auth-service.js';
import { NotSignedInError, RateLimitedError } from '../server/domain/errors.js';
import { seedGraph } from '../server/modules/dataset/seed-service.js';
import type { Driver } from 'neo4j-driver';
import { startTestApp } from './support/test-app.js';
import {
  addTestAccounts,
  codeOf,
  PASSWORD,
  WorkbenchClient,
  type GqlAnswer,
} from './support/workbench-client.js';

let api: Awaited<ReturnType<typeof startTestApp>>;
let app: App;
let url: string;
let designer: WorkbenchClient;

const VERSION = `draftId number author comment restoredFrom datasetVersion hours
  blocks { id number code title aim hours
    items { id label hours modality evaluation notes source skills { skillId label level source } } }`;
const CREATE = `mutation($t: String!, $s: Boolean!) { createDraft(title: $t, fromStudy: $s) { ${VERSION} } }`;
const SAVE = `mutation($id: ID!, $base: Int!, $c: String!, $b: [DraftBlockInput!]!) {
  saveDraft(id: $id, baseVersion: $base, comment: $c, blocks: $b) { ${VERSION} } }`;
const HISTORY = 'query($id: ID!) { draftHistory(id: $id) { number author comment restoredFrom } }';
const COVERAGE = `query($id: ID!, $v: Int, $t: CoverageTargetInput!, $b: [DraftBlockInput!]) {
  draftCoverage(id: $id, version: $v, target: $t, blocks: $b) {
    draftTotals { full partial none } studyTotals { full partial none } totalHours
    skills { skill { id } requiredLevel draft study draftItems { blockNumber itemLabel level } }
    blocks { number title hours roles { role { id title source } skills { id } } } } }`;

interface Item {
  id: string;
  label: string;
  hours: number | null;
  modality: string | null;
  evaluation: string;
  notes: string;
  source: string;
  skills: { skillId: string; label: string; level: string; source: string }[];
}
interface Block {
  id: string;
  number: number;
  code: string;
  title: string;
  aim: string;
  items: Item[];
}
interface Version {
  draftId: string;
  number: number;
  author: string;
  comment: string;
  restoredFrom: number | null;
  blocks: Block[];
}

/** A version's blocks as input again (what the editor sends back). */
const asInput = (blocks: readonly Block[]) =>
  blocks.map((b) => ({
    id: b.id,
    title: b.title,
    aim: b.aim,
    items: b.items.map((i) => ({
      id: i.id,
      label: i.label,
      hours: i.hours,
      modality: i.modality,
      evaluation: i.evaluation,
      notes: i.notes,
      source: i.source,
      skills: i.skills.map((s) => ({ skillId: s.skillId, level: s.level, source: s.source })),
    })),
  }));

const PMSI_ITEM = {
  label: 'Initiation au PMSI et à la T2A',
  hours: 35,
  modality: 'PRESENTIEL',
  evaluation: 'Étude de cas de codage',
  skills: [{ skillId: 'k-pmsi-nomenclatures', level: 'DEEP' }],
};

beforeAll(async () => {
  api = await startTestApp();
  await addTestAccounts(api.gateway);
  app = await createApp(api.gateway);
  url = await app.listen(0, '127.0.0.1');
  designer = new WorkbenchClient(url);
});
afterAll(async () => {
  await app.stop();
  await api.close();
});

describe('accounts and sessions', () => {
  it('refuses every workbench field and export when signed out', async () => {
    const anonymous = new WorkbenchClient(url);
    expect((await anonymous.gql('{ me { email } }')).data).toEqual({ me: null });
    expect(codeOf(await anonymous.gql('{ drafts { id } }'))).toBe('UNAUTHENTICATED');
    const writes: [string, Record<string, unknown>][] = [
      [CREATE, { t: 'x', s: false }],
      [SAVE, { id: 'm1', base: 1, c: '', b: [] }],
      ['mutation { restoreDraftVersion(id: "m1", version: 1) { number } }', {}],
      ['mutation { deleteDraft(id: "m1") }', {}],
    ];
    for (const [query, variables] of writes) {
      expect(codeOf(await anonymous.gql(query, variables))).toBe('UNAUTHENTICATED');
    }
    for (const read of [
      '{ draft(id: "m1") { number } }',
      '{ draftHistory(id: "m1") { number } }',
    ]) {
      expect(codeOf(await anonymous.gql(read))).toBe('UNAUTHENTICATED');
    }
    // The export route checks and answers like GraphQL: same code, in the same place.
    const exported = await anonymous.get('/exports/drafts/m1/1.json');
    expect(exported.status).toBe(401);
    expect(codeOf((await exported.json()) as GqlAnswer)).toBe('UNAUTHENTICATED');
    // Reading the study stays public.
    expect((await anonymous.gql('{ trainingBlocks { id } }')).data).toBeTruthy();
  });

  it('refuses a wrong password with the same answer as an unknown e-mail', async () => {
    const client = new WorkbenchClient(url);
    const wrong = await client.signIn('designer@example.org', 'not the password');
    const unknown = await client.signIn('nobody@example.org', 'not the password');
    expect([codeOf(wrong), codeOf(unknown)]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(client.cookie).toBe('');
  });

  it('signs in with an HttpOnly, SameSite=Strict, expiring cookie and a CSRF token', async () => {
    const answer = await designer.signIn('designer@example.org', PASSWORD);
    expect(answer.errors).toBeUndefined();
    const cookie = answer.setCookie[0] ?? '';
    // Exactly these attributes, in whatever order (RFC 6265 gives them none): no Domain, no Secure.
    const [pair = '', ...attributes] = cookie.split('; ');
    expect(pair).toMatch(/^passerelles_session=[\w-]{40,}$/);
    expect(attributes.sort()).toEqual(['HttpOnly', 'Max-Age=28800', 'Path=/', 'SameSite=Strict']);
    expect(designer.csrfToken.length).toBeGreaterThan(40);
    const me = await designer.gql<{ me: { email: string; role: string } }>('{ me { email role } }');
    expect(me.data?.me).toEqual({ email: 'designer@example.org', role: 'DESIGNER' });
  });

  it('refuses a write without the CSRF token, with a wrong one, or from another site', async () => {
    const missing = await designer.gql(CREATE, { t: 'x', s: false }, { csrf: null });
    const wrong = await designer.gql(CREATE, { t: 'x', s: false }, { csrf: 'x'.repeat(43) });
    const crossSite = await designer.gql(
      CREATE,
      { t: 'x', s: false },
      { origin: 'https://evil.example' },
    );
    expect([missing, wrong, crossSite].map((a) => a.errors?.[0]?.extensions)).toEqual([
      { code: 'FORBIDDEN', reason: 'CSRF' },
      { code: 'FORBIDDEN', reason: 'CSRF' },
      { code: 'FORBIDDEN', reason: 'ORIGIN' },
    ]);
    const saveWithoutToken = await designer.gql(
      SAVE,
      { id: 'm1', base: 1, c: '', b: [] },
      { csrf: null },
    );
    expect(saveWithoutToken.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'CSRF' });
    // Nor can another site sign a person out: the session stays, the cookie too.
    const signOut = await designer.gql('mutation { signOut }', {}, { csrf: null });
    expect(signOut.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'CSRF' });
    expect(signOut.setCookie).toEqual([]);
    const list = await designer.gql<{ drafts: unknown[] }>('{ drafts { id } }');
    expect(list.data?.drafts).toEqual([]);
  });

  it('slows a guesser down after 3 failures, even with the right password, without locking the account', async () => {
    const guesser = new WorkbenchClient(url);
    for (let i = 0; i < 4; i++) {
      expect(codeOf(await guesser.signIn('locked@example.org', 'guess'))).toBe('UNAUTHENTICATED');
    }
    const slowed = await guesser.signIn('locked@example.org', PASSWORD);
    expect(codeOf(slowed)).toBe('RATE_LIMITED');
    const wait = Number(slowed.errors?.[0]?.extensions?.retryAfterSeconds);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(2);
    expect(guesser.cookie).toBe('');
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 50));
    expect(codeOf(await guesser.signIn('locked@example.org', PASSWORD))).toBeUndefined();
    expect(guesser.cookie).not.toBe('');
  });

  it('passes 60 successful sign-ins from one address (a hospital behind one proxy)', async () => {
    const emails = ['designer@example.org', 'other@example.org', 'admin@example.org'];
    for (let round = 0; round < 10; round++) {
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          new WorkbenchClient(url).signIn(emails[i % 3] ?? '', PASSWORD),
        ),
      );
      expect(answers.map(codeOf)).toEqual(Array(6).fill(undefined));
    }
  });
  it('ends a session after 8 hours, whatever the cookie says', async () => {
    const client = new WorkbenchClient(url);
    await client.signIn('admin@example.org', PASSWORD);
    const credentials = {
      sessionToken: client.cookie.split('=')[1] ?? '',
      csrfToken: client.csrfToken,
      sameOrigin: true,
      client: 'test',
    };
    const now = Date.now();
    expect(await viewerOf(api.gateway, credentials, now)).toMatchObject({ role: 'ADMIN' });
    expect(await viewerOf(api.gateway, credentials, now + SESSION_TTL_MS + 1000)).toBeNull();
  });

  it('signs out: the session is gone from Neo4j, not just from the browser', async () => {
    const client = new WorkbenchClient(url);
    await client.signIn('admin@example.org', PASSWORD);
    const stolen = client.cookie;
    const out = await client.gql<{ signOut: boolean }>('mutation { signOut }');
    expect(out.data?.signOut).toBe(true);
    expect(out.setCookie[0]).toMatch(/Max-Age=0/);
    const replay = await client.gql('{ drafts { id } }', {}, { cookie: stolen });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
  });
});

describe('sign-in throttling (failures only, progressive, per client behind a trusted proxy)', () => {
  // Synthetic clients and a clock ahead of the HTTP tests', so that neither sees the other's counters.
  const T0 = Date.now() + 7 * 24 * 60 * 60 * 1000;
  const from = (client: string) => ({ ...NO_CREDENTIALS, client });
  const attempt = async (email: string, password: string, client: string, now: number) => {
    try {
      await signIn(api.gateway, { email, password }, from(client), now);
      return 'signed in';
    } catch (error) {
      if (error instanceof RateLimitedError) return error.retryAfterSeconds;
      if (error instanceof NotSignedInError) return 'wrong';
      throw error;
    }
  };

  it('doubles the wait with each failure past the third from one client, then lets the owner in', async () => {
    await addAccount(api.gateway, {
      email: 'slow@example.org',
      password: PASSWORD,
      role: 'DESIGNER',
    });
    let now = T0;
    const waits: unknown[] = [];
    for (let failure = 1; failure <= 7; failure++) {
      expect(await attempt('slow@example.org', 'guess', 'guesser', now)).toBe('wrong');
      if (failure < 4) continue;
      const wait = await attempt('slow@example.org', PASSWORD, 'guesser', now);
      waits.push(wait);
      now += Number(wait) * 1000;
    }
    expect(waits).toEqual([2, 4, 8, 16]);
    expect(await attempt('slow@example.org', PASSWORD, 'guesser', now)).toBe('signed in');
  });

  it('slows guessing spread over many addresses, but never keeps the owner out more than a minute', async () => {
    await addAccount(api.gateway, {
      email: 'spread@example.org',
      password: PASSWORD,
      role: 'DESIGNER',
    });
    let now = T0;
    // Twenty guesses from twenty addresses, each waiting out its delay: the wait doubles past 10.
    const waits = [];
    for (let client = 1; client <= 20;) {
      const outcome = await attempt('spread@example.org', 'guess', `spreader-${client}`, now);
      if (typeof outcome === 'number') {
        waits.push(outcome);
        now += outcome * 1000;
      } else {
        expect(outcome).toBe('wrong');
        client++;
      }
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
    const owner = await attempt('spread@example.org', PASSWORD, 'owner', now);
    expect(owner).toBe(60);
    now += Number(owner) * 1000;
    expect(await attempt('spread@example.org', PASSWORD, 'owner', now)).toBe('signed in');
  });

  it('slows one address spraying many accounts after 20 failures, not before', async () => {
    const outcomes = [];
    for (let i = 1; i <= 22; i++) {
      outcomes.push(await attempt(`nobody${i}@example.org`, 'guess', 'sprayer', T0));
    }
    expect(outcomes.slice(0, 21)).toEqual(Array(21).fill('wrong'));
    expect(outcomes[21]).toBe(1);
    expect(await attempt('designer@example.org', PASSWORD, 'sprayer', T0)).toBe(1);
    expect(await attempt('designer@example.org', PASSWORD, 'colleague', T0)).toBe('signed in');
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    const behindProxy = await createApp(api.gateway, {
      trustedProxies: trustedProxies('127.0.0.1'),
    });
    const proxied = await behindProxy.listen(0, '127.0.0.1');
    try {
      await addAccount(api.gateway, {
        email: 'proxied@example.org',
        password: PASSWORD,
        role: 'DESIGNER',
      });
      // Through the trusted proxy, five people mistype once each, then sign in: nobody waits.
      const people = [1, 2, 3, 4, 5].map(
        (n) => new WorkbenchClient(proxied, { 'x-forwarded-for': `198.51.100.${n}` }),
      );
      for (const person of people) {
        expect(codeOf(await person.signIn('proxied@example.org', 'typo'))).toBe('UNAUTHENTICATED');
      }
      for (const person of people) {
        expect(codeOf(await person.signIn('proxied@example.org', PASSWORD))).toBeUndefined();
      }
      // Sent straight to a server that trusts no proxy, the same header changes nothing: one client.
      for (let i = 1; i <= 4; i++) {
        const forged = new WorkbenchClient(url, { 'x-forwarded-for': `198.51.100.${i + 10}` });
        expect(codeOf(await forged.signIn('proxied@example.org', 'guess'))).toBe('UNAUTHENTICATED');
      }
      const forged = new WorkbenchClient(url, { 'x-forwarded-for': '198.51.100.99' });
      expect(codeOf(await forged.signIn('proxied@example.org', PASSWORD))).toBe('RATE_LIMITED');
    } finally {
      await behindProxy.stop();
    }
  });
});

describe('drafts', () => {
  // Its own session: the throttling tests sign in on a clock a week ahead, and a sign-in sweeps
  // the sessions expired by then (the accounts tests' sessions among them).
  beforeAll(async () => {
    designer = new WorkbenchClient(url);
    expect(codeOf(await designer.signIn('designer@example.org', PASSWORD))).toBeUndefined();
  });

  // Each test builds the versions it needs, so that any one of them runs alone.
  /** A new draft copied from the study's blocks: its version 1. */
  const studyCopy = async () => {
    const answer = await designer.gql<{ createDraft: Version }>(CREATE, {
      t: 'Maquette AMA 2027',
      s: true,
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.createDraft;
  };
  /** Version 1 with the PMSI item added to block 2 and block 1 renamed, saved as version 2. */
  const saveEdit = async (v1: Version) => {
    const blocks = asInput(v1.blocks);
    blocks[1]!.items.push({ ...PMSI_ITEM, id: null, notes: '', source: null } as never);
    blocks[0]!.title = 'Information et numérique';
    const answer = await designer.gql<{ saveDraft: Version }>(SAVE, {
      id: v1.draftId,
      base: 1,
      c: 'Ajout du PMSI au bloc 2',
      b: blocks,
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.saveDraft;
  };
  const draftWithEdit = async () => {
    const v1 = await studyCopy();
    return { v1, v2: await saveEdit(v1) };
  };

  it('copies the study’s blocks and specialisations as version 1, numbered, with their sources', async () => {
    const v1 = await studyCopy();
    expect(v1.number).toBe(1);
    expect(v1.author).toBe('designer@example.org');
    expect(v1.blocks.slice(0, 3).map((b) => `${b.code} ${b.title}`)).toEqual([
      "BC01 Gestion de l'information",
      'BC02 Éco-système de soins',
      'BC03 Compétences transversales',
    ]);
    const rgpd = v1.blocks[0]?.items.find((i) => i.label === 'RGPD, identitovigilance');
    expect(rgpd?.source).toMatch(/^000_3c4ce5580e3f1980\.txt#4\.3 bloc Gestion/);
    expect(rgpd?.skills[0]?.source).toMatch(/^derived:/);
    expect(rgpd?.hours).toBeNull();
  });

  it('saves an edit as version 2 and says what changed', async () => {
    const v1 = await studyCopy();
    const v2 = await saveEdit(v1);
    expect(v2.number).toBe(2);
    const added = v2.blocks[1]!.items.at(-1)!;
    expect(added.source).toBe("proposé par l'auteur·e de la maquette");
    expect(added.skills[0]).toMatchObject({
      label: 'PMSI, T2A et nomenclatures nationales et internationales de codage',
      level: 'DEEP',
    });
    const diff = await designer.gql<{ draftDiff: unknown[] }>(
      'query($id: ID!) { draftDiff(id: $id, from: 1, to: 2) { scope kind blockNumber itemLabel fields } }',
      { id: v1.draftId },
    );
    expect(diff.data?.draftDiff).toEqual([
      { scope: 'BLOCK', kind: 'CHANGED', blockNumber: 1, itemLabel: null, fields: ['title'] },
      { scope: 'ITEM', kind: 'ADDED', blockNumber: 2, itemLabel: PMSI_ITEM.label, fields: [] },
    ]);
  });

  it('refuses a save on top of an outdated version with CONFLICT and what changed since; nothing written', async () => {
    const { v1 } = await draftWithEdit();
    const answer = await designer.gql(SAVE, {
      id: v1.draftId,
      base: 1,
      c: 'on top of version 1',
      b: asInput(v1.blocks),
    });
    expect(codeOf(answer)).toBe('CONFLICT');
    const extensions = answer.errors?.[0]?.extensions ?? {};
    expect(extensions.latestVersion).toBe(2);
    expect(JSON.stringify(extensions.changes)).toContain(PMSI_ITEM.label);
    const history = await designer.gql<{ draftHistory: { number: number }[] }>(HISTORY, {
      id: v1.draftId,
    });
    expect(history.data?.draftHistory.map((v) => v.number)).toEqual([2, 1]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { v1, v2 } = await draftWithEdit();
    const blocks = asInput(v2.blocks);
    blocks[1]!.items[0]!.skills.push({
      skillId: 'no-such-skill',
      level: 'DEEP',
      source: null,
    } as never);
    const unknownSkill = await designer.gql(SAVE, { id: v1.draftId, base: 2, c: '', b: blocks });
    expect(unknownSkill.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: `blocks[1].items[0].skills[${blocks[1]!.items[0]!.skills.length - 1}].skillId`,
    });
    const negative = asInput(v2.blocks);
    negative[0]!.items[0]!.hours = -3;
    const badHours = await designer.gql(SAVE, { id: v1.draftId, base: 2, c: '', b: negative });
    expect(badHours.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'blocks[0].items[0].hours',
    });
    const history = await designer.gql<{ draftHistory: unknown[] }>(HISTORY, { id: v1.draftId });
    expect(history.data?.draftHistory).toHaveLength(2);
  });

  it('shows the coordination coverage improve from the study’s blocks to version 2', async () => {
    const { v1 } = await draftWithEdit();
    const target = { kind: 'FAMILIES', families: ['COORDINATION'] };
    type Coverage = {
      draftCoverage: {
        draftTotals: { full: number };
        studyTotals: { full: number };
        skills: {
          skill: { id: string };
          draft: string;
          study: string;
          draftItems: { blockNumber: number }[];
        }[];
        blocks: { number: number; roles: { role: { id: string; source: string } }[] }[];
      };
    };
    const before = await designer.gql<Coverage>(COVERAGE, { id: v1.draftId, v: 1, t: target });
    const after = await designer.gql<Coverage>(COVERAGE, { id: v1.draftId, v: 2, t: target });
    const pmsi = (c: typeof after) =>
      c.data!.draftCoverage.skills.find((s) => s.skill.id === 'k-pmsi-nomenclatures')!;
    // Version 1 is the study's copy: the same figures as the study.
    expect(before.data!.draftCoverage.draftTotals).toEqual(before.data!.draftCoverage.studyTotals);
    expect(pmsi(before).draft).toBe('NONE');
    expect(pmsi(after)).toMatchObject({
      draft: 'FULL',
      study: 'NONE',
      draftItems: [{ blockNumber: 2 }],
    });
    expect(after.data!.draftCoverage.draftTotals.full).toBe(
      after.data!.draftCoverage.studyTotals.full + 1,
    );
    const bloc2 = after.data!.draftCoverage.blocks[1]!;
    expect(bloc2.roles.map((r) => r.role.id)).toContain('technicien-information-medicale');
    expect(bloc2.roles[0]?.role.source).toBeTruthy();

    // The editor's live view: unsaved blocks, nothing written.
    const preview = await designer.gql<Coverage>(COVERAGE, {
      id: v1.draftId,
      t: target,
      b: asInput(v1.blocks).map((b, i) => (i === 2 ? { ...b, items: [...b.items, PMSI_ITEM] } : b)),
    });
    expect(pmsi(preview)).toMatchObject({ draft: 'FULL', draftItems: [{ blockNumber: 3 }] });
  });

  it('restores version 1 as version 3, keeping the history', async () => {
    const { v1 } = await draftWithEdit();
    const answer = await designer.gql<{ restoreDraftVersion: Version }>(
      `mutation($id: ID!) { restoreDraftVersion(id: $id, version: 1) { ${VERSION} } }`,
      { id: v1.draftId },
    );
    const v3 = answer.data!.restoreDraftVersion;
    expect([v3.number, v3.restoredFrom]).toEqual([3, 1]);
    expect(v3.blocks).toEqual(v1.blocks);
    const history = await designer.gql<{ draftHistory: { number: number }[] }>(HISTORY, {
      id: v1.draftId,
    });
    expect(history.data?.draftHistory.map((v) => v.number)).toEqual([3, 2, 1]);
  });

  it('exports a version as JSON (RNCP blocs), CSV and XLSX for signed-in users only', async () => {
    const { v1 } = await draftWithEdit();
    const json = await designer.get(`/exports/drafts/${v1.draftId}/2.json`);
    expect(json.headers.get('content-disposition')).toBe(
      `attachment; filename="maquette-${v1.draftId}-v2.json"`,
    );
    const document = (await json.json()) as {
      referentiel: Record<string, unknown>;
      blocsDeCompetences: {
        code: string;
        libelle: string;
        listeDesCompetences: { libelle: string; niveau: string }[];
        modalitesEvaluation: string[];
      }[];
    };
    expect(document.referentiel).toMatchObject({
      titre: 'Maquette AMA 2027',
      version: 2,
      auteur: 'designer@example.org',
    });
    expect(document.referentiel.jeuDeDonnees).toMatch(/^[0-9a-f]{12}$/);
    const bc02 = document.blocsDeCompetences[1]!;
    expect(bc02.code).toBe('BC02');
    expect(bc02.modalitesEvaluation).toEqual(['Étude de cas de codage']);
    expect(bc02.listeDesCompetences).toContainEqual({
      id: 'k-pmsi-nomenclatures',
      libelle: 'PMSI, T2A et nomenclatures nationales et internationales de codage',
      niveau: 'connaissances approfondies',
    });

    const bytes = Buffer.from(
      await (await designer.get(`/exports/drafts/${v1.draftId}/2.csv`)).arrayBuffer(),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM: Excel reads UTF-8
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.startsWith('Maquette;Maquette AMA 2027\r\n')).toBe(true);
    expect(csv).toContain('BC02;Éco-système de soins;');
    expect(csv).toContain(';Initiation au PMSI et à la T2A;PMSI, T2A et nomenclatures');

    const xlsx = await designer.get(`/exports/drafts/${v1.draftId}/2.xlsx`);
    const sheets = await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheets.map((s) => s.sheet)).toEqual(['Référentiel', 'Blocs', 'Contenus']);
    expect(sheets[0]?.data).toContainEqual(['Version', '2']);
    expect(JSON.stringify(sheets[2]?.data)).toContain('Initiation au PMSI et à la T2A');

    expect((await designer.get(`/exports/drafts/${v1.draftId}/2.xlsx`, '')).status).toBe(401);
    const missing = await designer.get(`/exports/drafts/${v1.draftId}/9.json`);
    expect(missing.status).toBe(404);
    expect(codeOf((await missing.json()) as GqlAnswer)).toBe('NOT_FOUND');
    expect((await designer.get(`/exports/drafts/${v1.draftId}/2.exe`)).status).toBe(404);
  });

  it('lets only the creator or an administrator delete a draft', async () => {
    const other = new WorkbenchClient(url);
    await other.signIn('other@example.org', PASSWORD);
    const admin = new WorkbenchClient(url);
    await admin.signIn('admin@example.org', PASSWORD);
    const created = await designer.gql<{ createDraft: Version }>(CREATE, {
      t: 'À jeter',
      s: false,
    });
    const id = created.data!.createDraft.draftId;
    const byOther = await other.gql('mutation($id: ID!) { deleteDraft(id: $id) }', { id });
    expect(byOther.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'OWNER' });
    const byAdmin = await admin.gql<{ deleteDraft: boolean }>(
      'mutation($id: ID!) { deleteDraft(id: $id) }',
      { id },
    );
    expect(byAdmin.data?.deleteDraft).toBe(true);
  });

  it('a reseed leaves drafts, accounts and sessions untouched', async () => {
    const { v1 } = await draftWithEdit();
    const outcome = await seedGraph(api.gateway, { force: true });
    expect(outcome.status).toBe('written');
    const history = await designer.gql<{ draftHistory: { number: number }[] }>(HISTORY, {
      id: v1.draftId,
    });
    expect(history.data?.draftHistory.map((v) => v.number)).toEqual([2, 1]);
    expect((await designer.gql<{ me: unknown }>('{ me { email } }')).data?.me).toEqual({
      email: 'designer@example.org',
    });
  });
});

describe('npm run user:add', () => {
  it('creates an account from standard input, and refuses a short password', async () => {
    // Run without blocking: this process also serves the API, whose idle keep-alive sockets must
    // close on time (spawnSync held the event loop 8 s; the next request then met a socket the
    // server was closing: ECONNRESET).
    const run = (email: string, password: string) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(
          'npx',
          ['tsx', 'server/cli/user-add.ts', '--email', email, '--role', 'designer'],
          { env: { ...process.env, NEO4J_URI: api.uri } },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (status) => {
          resolve({ status, stdout, stderr });
        });
        child.stdin.end(`${password}\n`);
      });
    const short = await run('new@example.org', 'short');
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('password: must be at least 12 characters long');
    const created = await run('new@example.org', PASSWORD);
    expect(created.stdout).toContain('Account created: new@example.org (designer).');
    expect(created.status).toBe(0);
    expect((await run('new@example.org', PASSWORD)).stderr).toContain('an account already exists');
  });
});

describe('read-your-writes across instances (Neo4j bookmarks)', () => {
  it('a write’s bookmark comes back in a cookie, and the next request’s sessions follow it', async () => {
    const client = new WorkbenchClient(url);
    await client.signIn('designer@example.org', PASSWORD);
    // The sign-in wrote a session: its bookmark, as Neo4j gave it, comes back in a cookie.
    const signedIn = client.bookmarkCookie;
    expect(signedIn).toMatch(/^passerelles_after=\S+$/);
    const created = await client.gql(CREATE, { t: 'Signets', s: false });
    expect(created.errors).toBeUndefined();
    expect(client.bookmarkCookie).not.toBe(signedIn);
    // Sessions opened while the next request is handled start after that bookmark.
    const bookmark = decodeURIComponent(client.bookmarkCookie.split('=').slice(1).join('='));
    const seen: string[][] = [];
    const { driver } = api.gateway as unknown as { driver: Driver };
    const session = driver.session.bind(driver);
    driver.session = (config) => {
      seen.push([...((config?.bookmarks as string[] | undefined) ?? [])]);
      return session(config);
    };
    try {
      expect((await client.gql('{ drafts { id } }')).errors).toBeUndefined();
    } finally {
      driver.session = session;
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((bookmarks) => bookmarks.includes(bookmark))).toBe(true);
  });

  it('a forged or stale bookmark costs a retry without it, never an error', async () => {
    const client = new WorkbenchClient(url);
    await client.signIn('designer@example.org', PASSWORD);
    client.bookmarkCookie = 'passerelles_after=FB:forged';
    const answer = await client.gql<{ drafts: unknown[] }>('{ drafts { id } }');
    expect(answer.errors).toBeUndefined();
    expect(Array.isArray(answer.data?.drafts)).toBe(true);
  });
});
