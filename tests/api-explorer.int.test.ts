import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROPERTY_LABEL } from '../web/src/model/graph-labels.js';
import { startTestApp } from './support/test-app.js';

let api: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(async () => {
  await api.close();
});

interface Node {
  key: string;
  kind: string;
  label: string;
  degree: number;
}
interface Graph {
  nodes: Node[];
  edges: { type: string; from: string; to: string }[];
}

const NEIGHBOURHOOD = `query($key: ID!, $depth: Int, $kinds: [String!], $types: [String!], $limit: Int) {
  neighbourhood(key: $key, depth: $depth, kinds: $kinds, types: $types, limit: $limit) {
    center { key label degree } total nodes { key kind label degree } edges { type from to } } }`;

describe('the explorer API serves neighbourhoods and paths, never the whole graph', () => {
  it('opens on a node with its nearest neighbours, at most `limit`, and says how many there are', async () => {
    const answer = await api.run<{ neighbourhood: Graph & { center: Node; total: number } }>(
      NEIGHBOURHOOD,
      { key: 'Role:secretaire-medicale', limit: 10 },
    );
    expect(answer.errors).toBeUndefined();
    const n = answer.data!.neighbourhood;
    expect(n.center.label).toBe('Secrétaire médical(e) – Assistant(e) médico-administratif(ve)');
    expect(n.nodes).toHaveLength(11);
    expect(n.total).toBeGreaterThan(10);
    // Every edge joins two nodes of the answer.
    const keys = new Set(n.nodes.map((x) => x.key));
    for (const e of n.edges) expect(keys.has(e.from) && keys.has(e.to)).toBe(true);
  });

  it('expands by relationship type and kind', async () => {
    const answer = await api.run<{ neighbourhood: Graph & { total: number } }>(NEIGHBOURHOOD, {
      key: 'Role:technicien-information-medicale',
      types: ['REQUIRES'],
      kinds: ['Skill'],
      limit: 200,
    });
    const n = answer.data!.neighbourhood;
    expect(new Set(n.edges.map((e) => e.type))).toEqual(new Set(['REQUIRES']));
    expect(n.nodes.map((x) => x.label)).toContain(
      'PMSI, T2A et nomenclatures nationales et internationales de codage',
    );
    expect(n.nodes.filter((x) => x.kind !== 'Skill').map((x) => x.key)).toEqual([
      'Role:technicien-information-medicale',
    ]);
    expect(n.total).toBe(n.nodes.length - 1);
  });

  it('refuses an unknown key, kind, type or a limit over 200, naming the field', async () => {
    const bad = async (variables: Record<string, unknown>) =>
      (await api.run(NEIGHBOURHOOD, variables)).errors?.[0]?.extensions;
    expect(await bad({ key: 'Role:nobody' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'key',
    });
    expect(await bad({ key: 'Nope:x' })).toMatchObject({ field: 'key' });
    expect(await bad({ key: 'Role:secretaire-medicale', kinds: ['Account'] })).toMatchObject({
      field: 'kinds[0]',
    });
    expect(await bad({ key: 'Role:secretaire-medicale', types: ['HAS_VERSION'] })).toMatchObject({
      field: 'types[0]',
    });
    expect(await bad({ key: 'Role:secretaire-medicale', limit: 201 })).toMatchObject({
      field: 'limit',
    });
    expect(await bad({ key: 'Role:secretaire-medicale', depth: 3 })).toMatchObject({
      field: 'depth',
    });
  });

  it('finds the shortest path between two nodes', async () => {
    const answer = await api.run<{ pathBetween: Graph }>(
      `{ pathBetween(fromKey: "Role:secretaire-medicale", toKey: "Skill:k-pmsi-nomenclatures") {
          nodes { key } edges { type from to } } }`,
    );
    const path = answer.data!.pathBetween;
    expect(path.nodes.map((n) => n.key)).toContain('Skill:k-pmsi-nomenclatures');
    expect(path.edges.length).toBe(path.nodes.length - 1);
    expect(path.edges.length).toBeLessThanOrEqual(3);
    // From a node to itself: the path is the node alone, not a masked error from inside Neo4j.
    const self = await api.run<{ pathBetween: Graph }>(
      `{ pathBetween(fromKey: "Role:secretaire-medicale", toKey: "Role:secretaire-medicale") {
          nodes { key } edges { type from to } } }`,
    );
    expect(self.errors).toBeUndefined();
    expect(self.data?.pathBetween).toEqual({
      nodes: [{ key: 'Role:secretaire-medicale' }],
      edges: [],
    });
  });

  it('sums the graph up for the « vue d’ensemble »', async () => {
    const answer = await api.run<{
      graphOverview: { kinds: { kind: string; count: number }[]; links: { type: string }[] };
    }>('{ graphOverview { kinds { kind count } links { fromKind type toKind count } } }');
    const kinds = Object.fromEntries(
      answer.data!.graphOverview.kinds.map((k) => [k.kind, k.count]),
    );
    expect(kinds.TrainingBlock).toBe(4);
    expect(kinds.Account).toBeUndefined();
    expect(answer.data!.graphOverview.links.map((l) => l.type)).toContain('MOVES_TO');
  });

  it('has a French name for every property key the explorer can show', async () => {
    const rows = await api.gateway.read(
      `MATCH (n) UNWIND keys(n) AS key RETURN DISTINCT key
       UNION MATCH ()-[r]->() UNWIND keys(r) AS key RETURN DISTINCT key`,
      {},
      z.object({ key: z.string() }),
    );
    const shownRaw = ['id', 'source', 'title', 'label'];
    // Not model nodes: the dataset's checksum, the workbench's accounts (never in the explorer).
    const workbench = [
      'checksum',
      'email',
      'role',
      'passwordHash',
      'tokenHash',
      'csrfToken',
      'accountId',
    ];
    const missing = rows
      .map((r) => r.key)
      .filter((key) => !shownRaw.includes(key) && !workbench.includes(key) && !PROPERTY_LABEL[key]);
    expect(missing).toEqual([]);
  });
});
