import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { GraphGateway } from '../server/neo4j/gateway.js';
import { countGraph } from '../server/modules/dataset/dataset-repository.js';
import { ROME_FULLTEXT_INDEX } from '../schema/constraints.js';
import { countLiveRome, romeStatus } from '../server/modules/rome/rome-repository.js';
import { importRome, type ImportInput } from '../server/modules/rome/rome-import-service.js';
import { seedGraph } from '../server/modules/dataset/seed-service.js';
import type { RomeGraph } from '../schema/rome.js';
import { PROPERTY_LABEL, VALUE_LABEL } from '../web/src/model/graph-labels.js';
import { snapshotGraph } from './support/graph-snapshot.js';
import { startTestApp } from './support/test-app.js';
import { prepareRomeFixture } from './support/rome-fixture.js';

/** ROME beside the study, on a real Neo4j, with the small ROME-format fixture. */
let api: Awaited<ReturnType<typeof startTestApp>>;
let gateway: GraphGateway;
let input: ImportInput;
const quiet = { progress: () => undefined };

beforeAll(async () => {
  api = await startTestApp();
  gateway = api.gateway;
  input = prepareRomeFixture();
});

afterAll(async () => {
  await api.close();
});

const FIXTURE_COUNTS = { fiches: 4, skills: 8, requires: 12, mobilities: 4 };

describe('importing ROME beside the study', () => {
  it('loads the release without touching the study, and says which release is loaded', async () => {
    const study = await countGraph(gateway);
    await importRome(gateway, input, quiet);
    expect(await countLiveRome(gateway)).toEqual(FIXTURE_COUNTS);
    expect(await countGraph(gateway)).toEqual(study);
    expect(await romeStatus(gateway)).toMatchObject({
      release: 'v460',
      published: '2025-09-18',
      ...FIXTURE_COUNTS,
    });
    const link = await gateway.read(
      `MATCH (:RomeFiche {id: 'M1609'})-[r:ROME_REQUIRES]->(:RomeSkill {id: '101'})
       RETURN r.core AS core, r.level AS level, r.levelSource AS levelSource, r.source AS source`,
      {},
      z.object({
        core: z.string(),
        level: z.string(),
        levelSource: z.string(),
        source: z.string(),
      }),
    );
    expect(link).toEqual([
      {
        core: 'PRINCIPALE',
        level: 'OPERATIONAL',
        levelSource: expect.stringMatching(/^derived: ROME ne donne pas de niveau/) as string,
        source:
          'France Travail — ROME 4.0 v460 (18/09/2025), unix_liens_rome_referentiels_v460_utf8.csv',
      },
    ]);
  });

  it('joins the study’s roles and skills to ROME’s, each join with its rationale', async () => {
    const joins = await gateway.read(
      `MATCH (a)-[j:ROME_FICHE|ROME_ITEM]->(b) RETURN a.id + '>' + b.id AS join, j.source AS source
       ORDER BY join`,
      {},
      z.object({ join: z.string(), source: z.string() }),
    );
    expect(joins.map((j) => j.join)).toEqual([
      'infirmier-diplome-etat>J1506',
      'k-vocabulaire-medical>201',
      'secretaire-medicale>M1609',
      'sf-accueillir-orienter>101',
    ]);
    for (const j of joins) expect(j.source).toMatch(/^derived: .*pour les tests$/);
  });

  it('finds a fiche by one of its appellations, accents optional', async () => {
    const hits = await gateway.read(
      `CALL db.index.fulltext.queryNodes($index, $text) YIELD node
       WHERE node:RomeFiche RETURN node.id AS id`,
      { index: ROME_FULLTEXT_INDEX, text: 'assistante medico administrative' },
      z.object({ id: z.string() }),
    );
    expect(hits[0]?.id).toBe('M1609');
  });

  it('keeps ROME when the study is reseeded, and the study when ROME is imported again', async () => {
    const study = await countGraph(gateway);
    expect((await seedGraph(gateway, { force: true })).status).toBe('written');
    expect(await countLiveRome(gateway)).toEqual(FIXTURE_COUNTS);
    // The reseed rewrites the joins from seeds/rome-joins.yaml: those whose fiche is in the
    // fixture (the secretary's M1609) are there, the others link nothing.
    const joined = await gateway.read(
      "MATCH (:Role {id: 'secretaire-medicale'})-[:ROME_FICHE]->(f:RomeFiche) RETURN f.id AS id",
      {},
      z.object({ id: z.string() }),
    );
    expect(joined).toEqual([{ id: 'M1609' }]);
    await importRome(gateway, input, quiet);
    expect(await countLiveRome(gateway)).toEqual(FIXTURE_COUNTS);
    expect(await countGraph(gateway)).toEqual(study);
    // Nothing staged or retired is left behind.
    const leftovers = await gateway.read(
      'MATCH (n) WHERE n:RomeFicheNext OR n:RomeSkillNext OR n:RomeFicheOld OR n:RomeSkillOld RETURN count(n) AS count',
      {},
      z.object({ count: z.number() }),
    );
    expect(leftovers[0]?.count).toBe(0);
  });

  it('serves ROME to the app: its credit, its fiches in the search and the explorer, joined to the study', async () => {
    const answer = await api.run<{
      romeRelease: { credit: string; licence: string; fiches: number } | null;
      search: { key: string }[];
      neighbourhood: {
        nodes: { key: string; properties: { key: string; value: string }[] }[];
        edges: { type: string; from: string; to: string }[];
      };
    }>(`{
      romeRelease { credit licence fiches }
      search(text: "assistante medico administrative") { key }
      neighbourhood(key: "RomeFiche:M1609", limit: 50) {
        nodes { key properties { key value } }
        edges { type from to }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.romeRelease).toEqual({
      credit: 'France Travail — ROME 4.0 v460 (18/09/2025)',
      licence: expect.stringContaining('Licence Ouverte') as string,
      fiches: 4,
    });
    expect(answer.data?.search.map((h) => h.key)).toContain('RomeFiche:M1609');
    // The fiches a route can aim at: the joined ones are their study roles already.
    const targets = await api.run<{ romeTargets: { roleId: string; code: string }[] }>(
      '{ romeTargets { roleId code } }',
    );
    expect(targets.data?.romeTargets).toEqual([
      { roleId: 'rome-m1602', code: 'M1602' },
      { roleId: 'rome-m1607', code: 'M1607' },
    ]);
    // A common word: the study's many hits come first, but leave ROME a quarter of the list.
    const common = await api.run<{ search: { key: string }[] }>(
      '{ search(text: "secrétaire", limit: 8) { key } }',
    );
    const found = common.data?.search.map((h) => h.key) ?? [];
    expect(found).toHaveLength(8);
    expect(found.filter((k) => k.startsWith('Rome'))).toHaveLength(2);
    expect(found.slice(0, 6).every((k) => !k.startsWith('Rome'))).toBe(true);
    const { nodes, edges } = answer.data!.neighbourhood;
    expect(edges).toContainEqual({
      type: 'ROME_FICHE',
      from: 'Role:secretaire-medicale',
      to: 'RomeFiche:M1609',
    });
    expect(edges).toContainEqual({
      type: 'ROME_MOBILITY',
      from: 'RomeFiche:M1609',
      to: 'RomeFiche:M1602',
    });
    // Every property the explorer shows of ROME has a French name, and its codes French words.
    const keys = new Set(nodes.flatMap((n) => n.properties.map((p) => p.key)));
    const named = (key: string) => ['title', 'label'].includes(key) || PROPERTY_LABEL[key];
    expect([...keys].filter((key) => !named(key))).toEqual([]);
    const coded = nodes
      .flatMap((n) => n.properties)
      .filter((p) => ['core', 'origin', 'regulated', 'cadre'].includes(p.key));
    expect(coded.filter((p) => !VALUE_LABEL[p.value])).toEqual([]);
  });

  it('plans ROME’s moves from the secretary’s job when asked, priced by ROME’s model, and only then', async () => {
    const REACHABLE = `query($rome: Boolean) {
      reachable(profile: { currentRoleId: "secretaire-medicale" }, maxSteps: 1, includeRome: $rome) {
        matches { role { id kind sector rome } matchPercent estimatedMonths }
      } }`;
    const without = await api.run<{ reachable: { matches: { role: { id: string } }[] } }>(
      REACHABLE,
      { rome: false },
    );
    expect(without.data?.reachable.matches.some((m) => m.role.id.startsWith('rome-'))).toBe(false);
    const withRome = await api.run<{
      reachable: { matches: { role: { id: string; kind: string; rome: string } }[] };
    }>(REACHABLE, { rome: true });
    expect(withRome.errors).toBeUndefined();
    const rome = withRome.data?.reachable.matches.filter((m) => m.role.id.startsWith('rome-'));
    expect(rome?.map((m) => m.role)).toEqual(
      expect.arrayContaining([
        { id: 'rome-m1607', kind: 'ROME_FICHE', sector: 'ALL_SECTORS', rome: 'M1607' },
        { id: 'rome-m1602', kind: 'ROME_FICHE', sector: 'ALL_SECTORS', rome: 'M1602' },
      ]),
    );
    const routes = await api.run<{
      careerRoutes: {
        totalCost: number;
        steps: { to: { title: string }; rank: number; kindSource: string; source: string }[];
      }[];
    }>(`{ careerRoutes(profile: { currentRoleId: "secretaire-medicale" }, targetRoleId: "rome-m1607", includeRome: true) {
      totalCost steps { to { title } rank kindSource source } } }`);
    expect(routes.errors).toBeUndefined();
    const [step] = routes.data?.careerRoutes[0]?.steps ?? [];
    expect(step).toMatchObject({
      to: { title: 'Secrétaire' },
      rank: 3,
      source: 'France Travail — ROME 4.0 v460 (18/09/2025), unix_rubrique_mobilite_v460_utf8.csv',
    });
    expect(step?.kindSource).toMatch(/^derived: ROME ne qualifie pas ses mobilités/);
  });

  it('lets a profile say which diplomas it holds, and refuses one it does not know, naming it', async () => {
    const listed = await api.run<{ romeDiplomas: { id: string; label: string }[] }>(
      '{ romeDiplomas { id label } }',
    );
    expect(listed.data?.romeDiplomas).toContainEqual({
      id: 'infirmier',
      label: "Diplôme d'État d'infirmier",
    });
    // The diplomas served are those checked and stored with this release (the fixture's one),
    // not whatever seeds/rome-credentials.yaml holds when the server reads it.
    expect(listed.data?.romeDiplomas.map((d) => d.id)).toEqual(['infirmier']);
    const ROUTES = `query($diplomas: [ID!], $rome: Boolean) {
      careerRoutes(profile: { currentRoleId: "secretaire-medicale", diplomas: $diplomas },
        targetRoleId: "rome-m1607", includeRome: $rome) { totalCost } }`;
    const held = await api.run(ROUTES, { diplomas: ['infirmier'], rome: true });
    expect(held.errors).toBeUndefined();
    const unknown = await api.run(ROUTES, { diplomas: ['infirmier', 'pilote'], rome: true });
    expect(unknown.errors?.[0]).toMatchObject({
      message: expect.stringContaining('unknown diploma id "pilote"') as string,
      extensions: { code: 'BAD_USER_INPUT', field: 'profile.diplomas[1]' },
    });
    // Without ROME, no diploma counts: saying one is an error, not a silent no-op.
    const studyOnly = await api.run(ROUTES, { diplomas: ['infirmier'], rome: false });
    expect(studyOnly.errors?.[0]?.extensions).toMatchObject({ field: 'profile.diplomas[0]' });
  });

  it('leaves the graph exactly as it was when an import fails before the swap', async () => {
    const before = await snapshotGraph(gateway);
    const changed: RomeGraph = {
      ...input.graph,
      fiches: input.graph.fiches.map((f) => ({ ...f, title: `${f.title} (modifié)` })),
    };
    await expect(
      importRome(
        gateway,
        { ...input, graph: changed },
        {
          ...quiet,
          beforeSwap: () => Promise.reject(new Error('coupure simulée')),
        },
      ),
    ).rejects.toThrow('coupure simulée');
    expect(await snapshotGraph(gateway)).toEqual(before);
  });
});
