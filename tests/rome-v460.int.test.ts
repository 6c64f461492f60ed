import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importRome, prepareRomeImport } from '../server/modules/rome/rome-import-service.js';
import { startTestApp } from './support/test-app.js';

/** France Travail's real release, beside the project (shared/), with the reviewed joins. */
const RELEASE = path.resolve('../shared/datasets/rome-v460');

let api: Awaited<ReturnType<typeof startTestApp>> | undefined;

interface RouteData {
  steps: { to: { id: string }; conditions: { kind: string; label: string }[] }[];
}

describe.runIf(existsSync(RELEASE))('the study beside ROME v460', () => {
  beforeAll(async () => {
    api = await startTestApp();
    const prepared = prepareRomeImport(RELEASE);
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors.slice(0, 5)));
    await importRome(api.gateway, prepared.input, { progress: () => undefined });
  }, 240_000);
  afterAll(async () => {
    await api?.close();
  });

  it('a secretary becomes TIM without a doctor’s diploma: TIM bears ROME’s appellation, not the DIM doctor’s fiche', async () => {
    const result = await api!.run<{ careerRoutes: RouteData[] }>(
      `{ careerRoutes(profile: { currentRoleId: "secretaire-medicale" },
                      targetRoleId: "technicien-information-medicale", includeRome: true, limit: 5) {
           steps { to { id } conditions { kind label } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const routes = result.data?.careerRoutes ?? [];
    expect(routes.length).toBeGreaterThan(0);
    const doctors = routes
      .flatMap((r) => r.steps.flatMap((s) => s.conditions))
      .filter((c) => c.kind === 'DIPLOMA' && /médecin|médecine/i.test(c.label));
    expect(doctors).toEqual([]);
    expect(routes.every((r) => r.steps.at(-1)?.to.id === 'technicien-information-medicale')).toBe(
      true,
    );

    // Found through ROME: the appellation's words find the DIM fiche, which leads to TIM.
    const found = await api!.run<{
      search: { key: string }[];
      neighbourhood: { nodes: { key: string }[] };
    }>(`{
      search(text: "technicien information médicale", limit: 50) { key }
      neighbourhood(key: "RomeFiche:M1617", types: ["ROME_APPELLATION"]) { nodes { key } }
    }`);
    expect(found.errors).toBeUndefined();
    expect(found.data?.search.map((h) => h.key)).toContain('RomeFiche:M1617');
    expect(found.data?.neighbourhood.nodes.map((n) => n.key)).toContain(
      'Role:technicien-information-medicale',
    );
  });

  it('into a regulated ROME job, the diploma is also taken by VAE where a text opens it, and says so where it was not checked', async () => {
    const means = async (target: string) => {
      const result = await api!.run<{
        careerRoutes: {
          steps: { to: { id: string }; means: { kind: string; label: string; source: string }[] }[];
        }[];
      }>(
        `query($t: ID!) { careerRoutes(profile: { currentRoleId: "secretaire-medicale" },
            targetRoleId: $t, includeRome: true, limit: 1) {
           steps { to { id } means { kind label source } } } }`,
        { t: target },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.careerRoutes[0]?.steps.at(-1)?.means ?? [];
    };
    const aide = await means('aide-soignant');
    const vae = aide.find((m) => m.kind === 'VAE');
    expect(vae?.label).toMatch(
      /^Pour le diplôme d'État d'aide-soignant, totale ou partielle : Au moins un an/,
    );
    expect(vae?.source).toMatch(/^Arrêté du 12 avril 2021 .*, art\. 1er \(vérifié le /);
    const nurse = await means('infirmier-diplome-etat');
    expect(nurse.map((m) => m.kind)).not.toContain('VAE');
    expect(nurse.find((m) => m.label.includes("Diplôme d'État d'infirmier"))?.label).toMatch(
      /ouverture à la VAE non vérifiée par le projet/,
    );
  });

  it('writes the reviewed joins: roles to fiches, roles to appellations, skills to items', async () => {
    const rows = await api!.gateway.read(
      `MATCH (a)-[j:ROME_FICHE|ROME_APPELLATION|ROME_ITEM]->(b)
       RETURN type(j) + ' ' + a.id + '>' + b.id AS join ORDER BY join`,
      {},
      z.object({ join: z.string() }),
    );
    const joins = rows.map((r) => r.join);
    expect(joins).toContain('ROME_APPELLATION technicien-information-medicale>M1617');
    expect(joins).toContain('ROME_APPELLATION assistant-fonctionnel>M1806');
    expect(joins).toContain('ROME_FICHE encadrant-archives>K1601');
    expect(joins).toContain('ROME_ITEM sf-secret-professionnel>404785');
    expect(
      joins.filter((j) => j.startsWith('ROME_FICHE ')).map((j) => j.split('>')[0]),
    ).not.toContain('ROME_FICHE technicien-information-medicale');
  });
});
