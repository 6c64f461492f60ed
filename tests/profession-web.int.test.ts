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

describe('« Le métier »', () => {
  it('a secretary reads the job sheet, who does the job, what colleagues answered and the scenarios, every fact sourced', async () => {
    await page.goto(url);
    await page.getByRole('link', { name: 'Le métier', exact: true }).click();
    await page.getByRole('heading', { name: 'Le métier de secrétaire médicale' }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('metier');

    // The job sheet: its levels are the sheet's own, so none is marked as deduced.
    const sheet = page.locator('.job-sheet');
    expect(await sheet.locator('ol > li').count()).toBe(10);
    expect(await sheet.locator('table.knowledge tbody tr').count()).toBe(8);
    expect(await sheet.locator('.derived-note').count()).toBe(0);
    expect(await sheet.locator('table.knowledge').textContent()).toContain('approfondies');

    // Who does the job: the figures of 1.1.2, each with its source.
    const workforce = page.locator('.workforce');
    expect(await workforce.locator('table.figures').count()).toBe(6);
    const figures = (await workforce.textContent()) ?? '';
    expect(figures).toContain('51,69\u00a0%');
    expect(figures).toContain('46,1\u00a0ans');
    expect(await workforce.locator('.source').count()).toBe(22);

    // The questionnaire: 107 statements in 8 themes, each with its bar and figures in words.
    const questionnaire = page.locator('.questionnaire');
    expect(await questionnaire.locator('section.theme').count()).toBe(8);
    expect(await questionnaire.locator('li.statement').count()).toBe(107);
    const q70 = questionnaire.locator('li.statement', { hasText: 'Q70.' });
    expect(await q70.textContent()).toContain('désaccord 62\u00a0% · accord 20\u00a0%');
    expect(await q70.locator('.stance').textContent()).toBe('(plus de désaccords que d’accords)');
    // The rule is on the page; where the study characterises the answers itself, its word wins.
    expect(await questionnaire.locator('.stance-rule').textContent()).toContain('10 points');
    const q31 = questionnaire.locator('li.statement', { hasText: 'Q31.' });
    expect(await q31.locator('.stance').textContent()).toBe(
      '(avis partagés, selon l’étude elle-même)',
    );
    expect(await q31.textContent()).toContain('avis partagés');

    // Keyboard: keep only what respondents rejected.
    await page.locator('#stance-filter').focus();
    await page.keyboard.press('End');
    await page.locator('#stance-filter').selectOption('DISAGREE');
    await expect.poll(() => questionnaire.locator('li.statement').count()).toBe(8);
    expect(await questionnaire.locator('li.statement:not(.stance-disagree)').count()).toBe(0);

    // The scenarios, with their strengths and points of vigilance.
    const scenarios = page.locator('.scenarios article.scenario');
    expect(await scenarios.count()).toBe(4);
    expect(await scenarios.first().textContent()).toContain('Points de vigilance');
    expect(await page.locator('.training-ideas li').count()).toBe(9);
    await screenshot(page, 'le-metier');

    // Printed: every section, not the filter.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.questionnaire').isVisible()).toBe(true);
    expect(await page.locator('#stance-filter').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // What a statement bears on opens in the explorer, with what respondents said for and against.
    await q70.getByRole('link', { name: /démarches/ }).click();
    const evidence = page.locator('.node-panel .evidence');
    await evidence.waitFor();
    const said = (await evidence.textContent()) ?? '';
    expect(said).toContain('Pour — majoritairement d’accord (1)');
    expect(said).toContain('Contre — plus de désaccords que d’accords (1)');
    expect(said).toContain('Aider certains patients fragiles');
  });

  it('spells out the sigles where they stand, and lists them all with their sources, keyboard only', async () => {
    await page.goto(`${url}/?view=metier`);
    await page.locator('.workforce table.figures').first().waitFor();
    // The figures say « CHU et CHR », the sheet « FPH »: each is an <abbr> with its meaning.
    const spelled = (sigle: string) =>
      page
        .locator('main abbr', { hasText: new RegExp(`^${sigle}$`) })
        .first()
        .getAttribute('title');
    await expect.poll(() => spelled('CHU')).toBe('Centre hospitalier universitaire');
    expect(await spelled('CHR')).toBe('Centre hospitalier régional');
    expect(await page.locator('main abbr').count()).toBeGreaterThan(10);
    // No sigle of the page's texts is left unexplained (enum codes and ROME codes aside).
    const unexplained = await page.evaluate<string[]>(`(() => {
      const main = document.querySelector('main').cloneNode(true);
      main.querySelectorAll('abbr, .source, script, style').forEach((n) => n.remove());
      return [...new Set(main.textContent.match(/\\b[A-Z][A-Z0-9]{1,7}\\b/g) ?? [])]
        .filter((word) => !/^([A-Z]\\d{2,}|Q\\d+|[IVX]+|[A-Z])$/.test(word));
    })()`);
    expect(unexplained).toEqual([]);
    // The list at the foot of the page, reached and opened from the keyboard.
    const list = page.locator('.acronym-list');
    await list.locator('summary').focus();
    await page.keyboard.press('Enter');
    const pmsi = list.locator('#sigle-PMSI');
    await pmsi.waitFor();
    expect(await pmsi.textContent()).toContain(
      'Programme de médicalisation des systèmes d’information'.replace('’', "'"),
    );
    expect(await pmsi.locator('.source').textContent()).toContain('art. L. 6113-7');
    expect(await list.locator('#sigle-FPH .source').textContent()).toContain(
      'Étude prospective ANFH',
    );
    // On paper, a sigle of the page is spelled out where it stands.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate<string>(
      `getComputedStyle(document.querySelector('main abbr'), '::after').content`,
    );
    expect(printed).toContain('(');
    await page.emulateMedia({ media: 'screen' });
  });

  it('at 390 px nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/?view=metier`);
    await page.locator('.questionnaire li.statement').first().waitFor();
    expect(await fits()).toBe(true);
    await screenshot(page, 'le-metier-390');
  });
});
