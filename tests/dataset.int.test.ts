import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FULLTEXT_INDEX } from '../schema/constraints.js';
import { NODE_LABELS } from '../schema/nodes.js';
import { seedGraph } from '../server/modules/dataset/seed-service.js';
import type { GraphGateway } from '../server/neo4j/gateway.js';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../server/errors.js';
import { countGraph, replaceDataset } from '../server/modules/dataset/dataset-repository.js';
import { findJobSheet } from '../server/modules/profession/job-sheet-repository.js';
import { snapshotGraph } from './support/graph-snapshot.js';
import { asFiles, tinyDataset } from './support/dataset-fixtures.js';
import { openTestGraph, type TestGraph } from './support/test-graph.js';

/** The seeding mechanics run on a tiny dataset of the test's own; content tests on the real one. */
let graph: TestGraph;
let gateway: GraphGateway;
const tiny = () => asFiles(tinyDataset());

beforeAll(async () => {
  graph = await openTestGraph();
  gateway = graph.gateway;
  const outcome = await seedGraph(gateway, { force: true, files: tiny() });
  expect(outcome.status).toBe('written');
});

afterAll(async () => {
  await graph.close();
});

describe('schema', () => {
  it('has a uniqueness constraint on id for every node label', async () => {
    const rows = await gateway.read(
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
      {},
      z.object({ label: z.string(), properties: z.array(z.string()) }),
    );
    for (const label of NODE_LABELS) {
      expect(rows.find((r) => r.label === label)?.properties, label).toEqual(['id']);
    }
  });

  it('has the French full-text index online', async () => {
    const rows = await gateway.read(
      'SHOW FULLTEXT INDEXES YIELD name, state, options WHERE name = $name RETURN state, options.indexConfig.`fulltext.analyzer` AS analyzer',
      { name: FULLTEXT_INDEX },
      z.object({ state: z.string(), analyzer: z.string() }),
    );
    expect(rows).toEqual([{ state: 'ONLINE', analyzer: 'french' }]);
  });
});

describe('seeding', () => {
  it('gives identical counts twice and changes nothing the second time', async () => {
    const before = await countGraph(gateway);
    const again = await seedGraph(gateway, { force: true, files: tiny() });
    expect(again.status).toBe('written');
    if (again.status !== 'written') return;
    expect(again.summary).toEqual({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      propertiesSet: 0,
    });
    expect(await countGraph(gateway)).toEqual(before);
    // What the tiny dataset holds: two roles, one move between them.
    expect(before.nodes.Role).toBe(2);
    expect(before.relationships.MOVES_TO).toBe(1);
  });

  it('skips writing when the stored checksum matches', async () => {
    expect((await seedGraph(gateway, { force: false, files: tiny() })).status).toBe('unchanged');
  });

  it('removes from the graph what was removed from the files, and restores it', async () => {
    const data = tinyDataset();
    data['moves.yaml'].moves = [];
    const trimmed = await seedGraph(gateway, { force: false, files: asFiles(data) });
    expect(trimmed.status).toBe('written');
    const counts = await countGraph(gateway);
    expect(counts.relationships.MOVES_TO ?? 0).toBe(0);
    expect(counts.nodes.Role).toBe(2);
    // The summary adds up what each statement changed: the one move deleted.
    expect(trimmed.status === 'written' && trimmed.summary.relationshipsDeleted).toBe(1);

    const restored = await seedGraph(gateway, { force: false, files: tiny() });
    expect((await countGraph(gateway)).relationships.MOVES_TO).toBe(1);
    expect(restored.status === 'written' && restored.summary.relationshipsCreated).toBe(1);
  });

  it('leaves the graph exactly as it was when a file is broken', async () => {
    const before = await snapshotGraph(gateway);
    const data = tinyDataset();
    data['roles.yaml'].roles[0]!.requirements[0]!.skills = { 'k-one': 'EXPERT' };
    data['skills.yaml'].skills[0]!.label = '';
    const outcome = await seedGraph(gateway, { force: true, files: asFiles(data) });
    expect(outcome.status).toBe('invalid');
    expect(await snapshotGraph(gateway)).toEqual(before);
  });

  it('rolls the whole transaction back when a write fails halfway', async () => {
    const before = await snapshotGraph(gateway);
    const plan = {
      nodesByLabel: new Map([
        [
          'Skill' as const,
          [
            {
              id: 'k-rollback-probe',
              label: 'Sonde',
              kind: 'KNOWLEDGE',
              source: 'derived: test probe',
            },
          ],
        ],
      ]),
      relationshipGroups: [
        {
          type: 'REQUIRES' as const,
          fromLabel: 'Role' as const,
          toLabel: 'Skill' as const,
          // A map is not a valid property value: Neo4j fails on this row, after the node was merged.
          rows: [
            {
              from: 'role-a',
              to: 'k-rollback-probe',
              props: { level: { nested: true } },
            },
          ],
        },
      ],
      relationshipKeys: new Map(),
    };
    await expect(replaceDataset(gateway, plan, 'probe')).rejects.toThrow();
    expect(await snapshotGraph(gateway)).toEqual(before);
  });
});

describe('reading back the job sheet (the real dataset)', () => {
  beforeAll(async () => {
    expect((await seedGraph(gateway, { force: true })).status).toBe('written');
  });

  it('returns the job sheet complete with its levels', async () => {
    const sheet = await findJobSheet(gateway, '40L20');
    expect(sheet).not.toBeNull();
    if (!sheet) return;
    expect(sheet.sheet.title).toBe('Secrétaire médical(e)');
    expect(sheet.roleId).toBe('secretaire-medicale');
    expect(sheet.activities).toHaveLength(10);
    expect(sheet.activities[0]?.label).toBe(
      'Accueil physique et téléphonique des patients, des familles',
    );
    expect(sheet.savoirFaire).toHaveLength(11);
    expect(sheet.knowledge.map((k) => [k.skill.label, k.level])).toEqual([
      ['Bureautique', 'OPERATIONAL'],
      ['Codage des actes', 'OPERATIONAL'],
      ['Communication', 'OPERATIONAL'],
      ['Droit des usagers du système de santé', 'OPERATIONAL'],
      ["Organisation et fonctionnement interne de l'établissement", 'OPERATIONAL'],
      ['Réglementation des archives', 'GENERAL'],
      ['Secrétariat', 'DEEP'],
      ['Vocabulaire médical', 'DEEP'],
    ]);
    expect(sheet.levels.map((l) => [l.id, l.acquisitionTime])).toEqual([
      ['GENERAL', "Durée d'acquisition courte de quelques semaines maximum"],
      ['OPERATIONAL', "Durée d'acquisition de quelques mois à un / deux ans"],
      ['DEEP', "Durée d'acquisition de 2 à 4/ 5 ans"],
    ]);
    expect(sheet.passerelleIds).toEqual([
      'technicien-information-medicale',
      'encadrant-secretariats-medicaux',
      'encadrant-archives',
    ]);
  });

  it('returns null for an unknown job sheet code', async () => {
    expect(await findJobSheet(gateway, '99Z99')).toBeNull();
  });
});

describe('writes through the gateway', () => {
  const probes = async () =>
    (
      await gateway.read(
        'MATCH (p:GatewayProbe) RETURN count(p) AS count',
        {},
        z.object({ count: z.number() }),
      )
    )[0]?.count;

  it('rolls back a write that runs past its timeout, and says the database took too long', async () => {
    const slowWrite = gateway.write(
      async (tx) => {
        await tx.run('CREATE (:GatewayProbe {id: "slow"})');
        // Tens of millions of rows: far longer than the 300 ms allowed.
        await tx.run('UNWIND range(1, 100000000) AS i WITH i WHERE i < 0 CREATE (:Never)');
      },
      { timeoutMs: 300 },
    );
    await expect(slowWrite).rejects.toBeInstanceOf(DatabaseTimeoutError);
    expect(await probes()).toBe(0);
  });

  it('parses the rows a write returns with zod, and refuses a row of the wrong shape', async () => {
    const rows = await gateway.write((tx) =>
      tx.rows(
        'CREATE (p:GatewayProbe {id: "typed"}) RETURN p.id AS id',
        {},
        z.object({ id: z.string() }),
      ),
    );
    expect(rows).toEqual([{ id: 'typed' }]);
    await expect(
      gateway.write((tx) =>
        tx.rows(
          'CREATE (p:GatewayProbe {id: "wrong"}) RETURN p.id AS id',
          {},
          z.object({ id: z.number() }),
        ),
      ),
    ).rejects.toThrow();
    // The refused row rolled its transaction back.
    expect(await probes()).toBe(1);
    await gateway.write((tx) => tx.run('MATCH (p:GatewayProbe) DELETE p'));
  });

  it('fails a write at once while the circuit is open, like a read', async () => {
    gateway.markUnavailable('test: circuit opened by hand');
    const started = performance.now();
    await expect(gateway.write((tx) => tx.run('CREATE (:GatewayProbe)'))).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
    expect(performance.now() - started).toBeLessThan(50);
    // The probe closes the circuit again once Neo4j answers (it does: nothing is down).
    await expect.poll(() => gateway.isAvailable(), { timeout: 10_000 }).toBe(true);
    expect(await probes()).toBe(0);
  });
});
