import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../server/modules/dataset/seed-service.js';
import { RECHECK_AFTER_MS } from '../server/modules/dataset/snapshot-service.js';
import { GraphGateway } from '../server/neo4j/gateway.js';
import { readDataFiles } from '../seeds/dataset/load-dataset.js';
import { startServerProcess, type ServerProcess } from '../scripts/server-process.js';
import { addTestAccounts, codeOf, PASSWORD, WorkbenchClient } from './support/workbench-client.js';

/**
 * Two server processes on one Neo4j, as behind a load balancer: A starts the local Neo4j, B is
 * pointed at it with NEO4J_URI. Whatever one writes (a session, a draft, a dataset) the other
 * must see: nothing shared lives in a process.
 */
const HOME = path.resolve('.neo4j/two-instances');
let a: ServerProcess;
let b: ServerProcess;
let driver: Driver;
let gateway: GraphGateway;

const TIM = 'technicien-information-medicale';
const ROLE = `query($id: ID!) { role(id: $id) { title } }`;
const CREATE = `mutation($t: String!) { createDraft(title: $t, fromStudy: true) { draftId number blocks { id title aim items { id label hours modality evaluation notes source skills { skillId level source } } } } }`;
const SAVE = `mutation($id: ID!, $base: Int!, $b: [DraftBlockInput!]!) {
  saveDraft(id: $id, baseVersion: $base, comment: "", blocks: $b) { number } }`;

interface DraftVersion {
  draftId: string;
  number: number;
  /** As the editor sends them back (the fields asked for are DraftBlockInput's). */
  blocks: Record<string, unknown>[];
}

beforeAll(async () => {
  a = await startServerProcess(HOME);
  const bolt = /Neo4j ready on (bolt:\/\/\S+) in/.exec(a.output())?.[1] ?? '';
  b = await startServerProcess(path.resolve('.neo4j/two-instances-unused'), {
    env: { NEO4J_URI: bolt, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' },
  });
  driver = neo4j.driver(bolt);
  gateway = new GraphGateway(driver, undefined);
  await addTestAccounts(gateway).catch(() => undefined); // already there from an earlier run
}, 300_000);

afterAll(async () => {
  for (const server of [b, a]) {
    if (server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }
  gateway.close();
  await driver.close();
});

describe('two instances on one Neo4j', () => {
  it('a session opened on one is valid on the other, and ends on both', async () => {
    const onA = new WorkbenchClient(a.url);
    expect((await onA.signIn('designer@example.org', PASSWORD)).data).toBeTruthy();
    const onB = new WorkbenchClient(b.url);
    onB.cookie = onA.cookie;
    onB.csrfToken = onA.csrfToken;
    const me = await onB.gql<{ me: { email: string } | null }>('{ me { email } }');
    expect(me.data?.me?.email).toBe('designer@example.org');
    // Signed out on B: A no longer knows the session either.
    await onB.gql('mutation { signOut }');
    const after = await onA.gql<{ me: { email: string } | null }>('{ me { email } }');
    expect(after.data?.me).toBeNull();
  });

  it('a draft saved on one conflicts when saved from the other on the old base', async () => {
    const onA = new WorkbenchClient(a.url);
    await onA.signIn('designer@example.org', PASSWORD);
    const onB = new WorkbenchClient(b.url);
    onB.cookie = onA.cookie;
    onB.csrfToken = onA.csrfToken;
    const created = await onA.gql<{ createDraft: DraftVersion }>(CREATE, { t: 'Deux instances' });
    const v1 = created.data?.createDraft as DraftVersion;
    const blocks = v1.blocks;
    const savedOnA = await onA.gql<{ saveDraft: { number: number } }>(SAVE, {
      id: v1.draftId,
      base: 1,
      b: blocks,
    });
    expect(savedOnA.data?.saveDraft.number).toBe(2);
    const savedOnB = await onB.gql(SAVE, { id: v1.draftId, base: 1, b: blocks });
    expect(codeOf(savedOnB)).toBe('CONFLICT');
    expect(savedOnB.errors?.[0]?.extensions?.latestVersion).toBe(2);
  });

  it(`after a reseed, both serve the new dataset within ${String(RECHECK_AFTER_MS / 1000)} s`, async () => {
    const title = async (server: ServerProcess) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: ROLE, variables: { id: TIM } }),
      });
      const body = (await response.json()) as { data?: { role: { title: string } | null } };
      return body.data?.role?.title;
    };
    // Both have served the current dataset (each holds its planning graph in memory).
    const before = await title(b);
    expect(await title(a)).toBe(before);
    const files = readDataFiles();
    const renamed = files.map((file) => ({
      ...file,
      text: file.text.replace(
        "title: Technicien(ne) d'information médicale (TIM)",
        "title: Technicien(ne) de l'information médicale (TIM)",
      ),
    }));
    try {
      // `npm run seed` on the shared Neo4j (through either instance's database, it is the same).
      const written = await seedGraph(gateway, { force: false, files: renamed });
      expect(written.status).toBe('written');
      const seededAt = Date.now();
      let seenAt = 0;
      while (Date.now() - seededAt < 10_000) {
        const titles = await Promise.all([title(a), title(b)]);
        if (titles.every((t) => t === "Technicien(ne) de l'information médicale (TIM)")) {
          seenAt = Date.now();
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      console.log(
        seenAt
          ? `reseed seen by both instances after ${String(seenAt - seededAt)} ms`
          : 'reseed not seen by both instances within 10 s',
      );
      expect(seenAt).toBeGreaterThan(0);
      // Bounded by the recheck interval, plus a reload of the planning graph.
      expect(seenAt - seededAt).toBeLessThanOrEqual(RECHECK_AFTER_MS + 3_000);
    } finally {
      await seedGraph(gateway, { force: false, files });
    }
  }, 60_000);
});
