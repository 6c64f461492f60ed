import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { importRome } from '../server/services/rome-import.js';
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
      'Charge de l’étape : 82 (50 % du cœur de métier manquant × 162 = 81 ; rang ROME + 1)',
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

  it('leaves ROME out until asked', async () => {
    await page.goto(`${url}/?view=parcours&from=secretaire-medicale&reachable=1`);
    await page.locator('table.reachable-table tbody tr').first().waitFor();
    expect(await page.locator('table.reachable-table').textContent()).not.toContain('fiche ROME');
  });
});
