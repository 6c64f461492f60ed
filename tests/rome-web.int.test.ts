import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { importRome } from '../server/modules/rome/rome-import-service.js';
import { prepareRomeFixture } from './support/rome-fixture.js';
import { screenshot } from './support/browser.js';
import { browserSuite, fitsWidth } from './support/web-test-app.js';

/** A secretary plans ROME's moves from her job, with the four-fiche ROME fixture loaded. */
const suite = browserSuite({ viewport: { width: 1366, height: 900 } }, async (env) => {
  await importRome(env.api.gateway, prepareRomeFixture(), { progress: () => undefined });
});
let url: string;
let page: Page;
beforeEach(() => {
  ({ url, page } = suite);
});

describe('ROME in « Mon parcours »', () => {
  it('a secretary includes ROME, sees its jobs within reach and the route to one, with its rank and source', async () => {
    await page.goto(`${url}/?view=parcours&from=secretaire-medicale`);
    const toggle = page.getByLabel(/Inclure les métiers du ROME de France Travail \(4 fiches\)/);
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('rome')).toBe('1');
    expect(await toggle.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Où puis-je aller ?' }).click();
    const row = page.locator('table.reachable-table tbody tr', { hasText: 'Secrétaire' }).filter({
      hasText: 'Tous secteurs (fiche ROME)',
    });
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    await row.getByRole('button', { name: /Voir les parcours/ }).click();
    const route = page.locator('article.route').first();
    await route.waitFor();
    const text = (await route.textContent()) ?? '';
    expect(text).toContain('mobilité ROME (rang 3 parmi les suggestions de la fiche)');
    // M1607's core: « Accueillir les patients » (held: her « accueillir, orienter ») and
    // « Rédiger des courriers » (not held): half of it, priced as a 162-month job, plus rank 3.
    expect(text).toContain(
      'Charge de l’étape : 82 mois additionnés (50 % du cœur de métier manquant × 162 = 81 ; rang ROME + 1)',
    );
    expect(text).toContain('France Travail — ROME 4.0 v460 (18/09/2025)');
    expect(await route.locator('.step-meta details.derived-note summary').textContent()).toBe(
      'type et distance déduits',
    );
    expect(await page.locator('footer .rome-credit').textContent()).toContain('Licence Ouverte');
    await screenshot(page, 'parcours-rome');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await fitsWidth(page)).toBe(true);
  });

  it('a secretary aims at a ROME fiche from the target field, by keyboard', async () => {
    // ROME's fiches come once ROME is known to be loaded: the field offers them from then on.
    const targets = page.waitForResponse(
      (r) => r.request().postData()?.includes('RomeTargets') ?? false,
    );
    await page.goto(`${url}/?view=parcours&from=secretaire-medicale&rome=1`);
    await targets;
    const target = page.getByRole('combobox', { name: '2. Le métier que je vise' });
    await target.focus();
    await page.keyboard.type('operations admin');
    const option = page.getByRole('option', { name: /Opérations administratives/ });
    expect(await option.textContent()).toContain('Fiche ROME M1602');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('rome-m1602');
    expect(await page.locator('.picker-current strong').last().textContent()).toBe(
      'Opérations administratives',
    );
    const route = page.locator('article.route').first();
    await route.waitFor();
    expect(await route.textContent()).toContain('rang 5 parmi les suggestions de la fiche');
    // Leaving ROME out leaves no ROME target behind.
    await page.getByLabel(/Inclure les métiers du ROME/).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBeNull();
  });

  it('a secretary who was a nurse says so by keyboard: her searches carry the diploma, her browser keeps it', async () => {
    await page.goto(`${url}/?view=parcours&from=secretaire-medicale&to=rome-m1607&rome=1`);
    const summary = page.locator('details.own-diplomas summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const nurse = page.getByRole('checkbox', { name: "Diplôme d'État d'infirmier", exact: true });
    await nurse.focus();
    const sent = page.waitForRequest(
      (r) =>
        r.postData()?.includes('CareerRoutes') === true &&
        r.postData()?.includes('"diplomas":["infirmier"]') === true,
    );
    await page.keyboard.press('Space');
    await sent;
    expect(await summary.textContent()).toContain('1 déclaré(s)');
    expect(
      await page.evaluate<string | null>("localStorage.getItem('passerelles.diplomas.v1')"),
    ).toBe('["infirmier"]');
    await page.locator('article.route').first().waitFor();
    // « Oublier mes données » forgets her diplomas with her levels.
    await page.getByText('Ajuster mes compétences (facultatif)').click();
    await page.getByRole('button', { name: 'Oublier mes données' }).click();
    expect(
      await page.evaluate<string | null>("localStorage.getItem('passerelles.diplomas.v1')"),
    ).toBeNull();
    expect(await nurse.isChecked()).toBe(false);
  });

  it('leaves ROME out until asked', async () => {
    await page.goto(`${url}/?view=parcours&from=secretaire-medicale&reachable=1`);
    await page.locator('table.reachable-table tbody tr').first().waitFor();
    expect(await page.locator('table.reachable-table').textContent()).not.toContain('fiche ROME');
  });
});
