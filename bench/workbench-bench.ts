import type { App } from '../server/app.js';
import type { GraphGateway } from '../server/neo4j/gateway.js';
import { addAccount, signIn } from '../server/modules/auth/auth-service.js';
import { exportDraft } from '../server/modules/drafts/draft-export-service.js';
import { ms, time } from './stats.js';

const VERSION =
  'number blocks { id title aim items { id label hours modality evaluation notes source skills { skillId level source } } }';
const COVERAGE = `query($id: ID!, $t: CoverageTargetInput!, $b: [DraftBlockInput!]) {
  draftCoverage(id: $id, target: $t, blocks: $b) {
    draftTotals { full } studyTotals { full } totalHours
    skills { skill { id } draft study draftItems { blockNumber } studyItems { blockTitle } }
    blocks { number hours roles { role { id title source } skills { id } } } } }`;

interface Version {
  number: number;
  blocks: { items: Record<string, unknown>[] }[];
}

/**
 * The designers' workbench: a sign-in (scrypt), the live coverage of an unsaved block set (what
 * the editor asks 400 ms after each pause), a save (one transaction, the study's copy and one
 * item more), reading a version, and an XLSX export.
 */
export async function measureWorkbench(app: App, gateway: GraphGateway, runs: number) {
  const email = `bench-${Date.now()}@example.org`;
  const password = 'bench password long enough';
  await addAccount(gateway, { email, password, role: 'DESIGNER' });
  let attempt = 0;
  const signIns = await time(
    () =>
      signIn(
        gateway,
        { email, password },
        { sessionToken: null, csrfToken: null, sameOrigin: true, client: `bench-${attempt++}` },
      ),
    10,
  );
  const session = await signIn(
    gateway,
    { email, password },
    { sessionToken: null, csrfToken: null, sameOrigin: true, client: 'bench' },
  );
  const credentials = {
    sessionToken: session.sessionToken,
    csrfToken: session.viewer.csrfToken,
    sameOrigin: true,
    client: 'bench',
  };
  const run = async <T>(query: string, variables: Record<string, unknown>) => {
    const response = await app.apollo.executeOperation(
      { query, variables },
      { contextValue: app.context({ credentials }) },
    );
    if (response.body.kind !== 'single' || response.body.singleResult.errors) {
      throw new Error(`workbench query failed: ${JSON.stringify(response.body)}`);
    }
    return response.body.singleResult.data as T;
  };

  const created = await run<{ createDraft: Version & { draftId: string } }>(
    `mutation { createDraft(title: "Banc d'essai", fromStudy: true) { draftId ${VERSION} } }`,
    {},
  );
  const id = created.createDraft.draftId;
  const blocks = created.createDraft.blocks;
  blocks[1]?.items.push({
    label: 'Initiation au PMSI',
    hours: 21,
    skills: [{ skillId: 'k-pmsi-nomenclatures', level: 'DEEP' }],
  });
  const coordination = await time(
    () => run(COVERAGE, { id, t: { kind: 'FAMILIES', families: ['COORDINATION'] }, b: blocks }),
    runs,
  );
  const all = await time(() => run(COVERAGE, { id, t: { kind: 'ALL' }, b: blocks }), runs);
  let base = 1;
  const saveRuns = Math.min(runs, 50);
  const saves = await time(async () => {
    const saved = await run<{ saveDraft: Version }>(
      `mutation($id: ID!, $base: Int!, $b: [DraftBlockInput!]!) { saveDraft(id: $id, baseVersion: $base, comment: "bench", blocks: $b) { number } }`,
      { id, base, b: blocks },
    );
    base = saved.saveDraft.number;
  }, saveRuns);
  const reads = await time(
    () => run(`query($id: ID!) { draft(id: $id) { ${VERSION} } }`, { id }),
    runs,
  );
  const planning = await app.context().planning();
  const xlsx = await time(
    () => exportDraft(gateway, planning, { id, version: base, format: 'xlsx' }),
    Math.min(runs, 50),
  );
  const items = blocks.reduce((n, b) => n + b.items.length, 0);
  console.log(
    `\nAtelier de blocs (${blocks.length} blocks, ${items} items; ${runs} runs, saves and exports ${saveRuns}, sign-ins 10)`,
  );
  const line = (name: string, t: { p50: number; p95: number }) => {
    console.log(`  ${name.padEnd(34)} p50 ${ms(t.p50).padStart(9)}   p95 ${ms(t.p95).padStart(9)}`);
  };
  line('signIn (scrypt, throttle, session)', signIns);
  line('coverage preview, coordination', coordination);
  line('coverage preview, all roles', all);
  line('saveDraft (one transaction)', saves);
  line('draft (latest version)', reads);
  line('export XLSX', xlsx);
}
