import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { browserSuite, fitsWidth } from './support/web-test-app.js';

const suite = browserSuite({ viewport: { width: 1366, height: 900 } });
let url: string;
let page: Page;
beforeEach(() => {
  ({ url, page } = suite);
});

const fits = () => fitsWidth(page);

describe('Diagnostic de maturité (établissement)', () => {
  it('a direction scores today and tomorrow, sees the radars and the nearest scenarios, gets sourced advice, and reloads the shared URL', async () => {
    await page.goto(`${url}/?view=diagnostic`);
    await page.getByRole('heading', { name: 'Diagnostic de maturité du métier' }).waitFor();
    await page
      .getByLabel('Service ou établissement (facultatif)')
      .fill('Consultations de cardiologie');
    await page.getByLabel('Service ou établissement (facultatif)').press('Tab');
    // Today: the classic job (0 everywhere, 5 for the two items that lean to the first pole);
    // tomorrow: the « pivot » picture (the reverse).
    const selects = page.locator('.diagnostic-item select');
    expect(await selects.count()).toBe(40);
    const items = page.locator('.diagnostic-item');
    for (let i = 0; i < 20; i++) {
      const reversed = (await items.nth(i).locator('.reversed').count()) > 0;
      await items
        .nth(i)
        .getByLabel(/^Aujourd’hui/)
        .selectOption(reversed ? '5' : '0');
      await items
        .nth(i)
        .getByLabel(/^Demain/)
        .selectOption(reversed ? '0' : '5');
    }
    const results = page.locator('.diagnostic-results');
    await results.waitFor();
    await expect
      .poll(() => results.locator('.scenario-card h4').allTextContents())
      .toEqual([
        'Aujourd’hui, le plus proche : La secrétaire médicale « figée »',
        'Demain, le plus proche : La secrétaire médicale « pivot »',
      ]);
    expect(await results.locator('figure.radar').count()).toBe(5);
    expect(await results.locator('figure.radar svg polygon').count()).toBeGreaterThan(20);
    const text = (await results.textContent()) ?? '';
    expect(text).toContain('Points de vigilance :');
    expect(text).toContain('Le scénario de la reconnaissance');
    expect(text).toContain('Secrétaire médicale « coordinatrice de parcours »');
    expect(text).toContain('À travailler');
    expect(text).toContain('Consultations de cardiologie');
    await screenshot(page, 'diagnostic-1366');

    // The scores are in the URL: reloading (or sharing) gives the same result.
    const shared = page.url();
    expect(new URL(shared).searchParams.get('scores')).toMatch(/^[0-5.]{20}:[0-5.]{20}$/);
    await page.goto(shared);
    await expect
      .poll(() => page.locator('.scenario-card h4').first().textContent())
      .toBe('Aujourd’hui, le plus proche : La secrétaire médicale « figée »');

    // Export: a JSON of the scores and the result.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter (JSON)' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      service: string;
      scores: { today: number | null }[];
    };
    expect(exported.service).toBe('Consultations de cardiologie');
    expect(exported.scores).toHaveLength(20);

    // Printed: the results, not the form.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.diagnostic-form').isVisible()).toBe(false);
    expect(await page.locator('figure.radar').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The advice leads to « Où puis-je aller ? » under the scenario, ranked by it.
    await page.getByRole('link', { name: /selon ce scénario/ }).click();
    const rows = page.locator('table.reachable-table tbody tr');
    await rows.first().waitFor();
    // The scenarios' list may come after the rows: the choice shows once its option is there.
    await expect
      .poll(() => page.locator('#reachable-scenario').inputValue())
      .toBe('scenario-pivot');
    expect(await rows.first().textContent()).toContain('favorisé par le scénario');
    await page.locator('#reachable-scenario').selectOption('');
    await expect.poll(() => page.locator('.outlook').count()).toBe(0);
  });

  it('at 390 px nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/?view=diagnostic&scores=${'0'.repeat(20)}:${'5'.repeat(20)}`);
    await page.locator('.scenario-card').first().waitFor();
    expect(await fits()).toBe(true);
    await screenshot(page, 'diagnostic-390');
  });
});
