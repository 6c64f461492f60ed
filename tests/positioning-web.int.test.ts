import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { browserSuite, fitsWidth } from './support/web-test-app.js';

const suite = browserSuite({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
let url: string;
let page: Page;
beforeEach(() => {
  ({ url, page } = suite);
});

const skill = (label: string) =>
  page.locator('fieldset.positioning-skill', {
    has: page.locator('legend', { hasText: new RegExp(`^${label}$`) }),
  });
const statements = (label: string) => skill(label).locator('fieldset.statement');

/** Answers the skill's last statement shown, from the keyboard: Tab to the group, arrows, Space. */
async function answerByKeyboard(label: string, presses: number) {
  const last = statements(label).last();
  await last.locator('input[type=radio]').first().focus();
  for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
}

const today = () => {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${String(d.getFullYear())}`;
};

describe('Me positionner', () => {
  it('a secretary answers in plain words, gets her levels, keeps them through a reload, and her route to TIM counts them', async () => {
    await page.goto(url);
    await page.evaluate('localStorage.clear(); sessionStorage.clear()');
    await page.reload();
    await page.getByRole('link', { name: 'Me positionner', exact: true }).click();
    expect(await page.title()).toBe('Me positionner — Passerelles');
    await page.locator('#positioning-role').fill('secretaire medicale');
    await page.locator('#positioning-role').press('Enter');

    // The job's 19 skills, each asking its general statement only, with its source.
    await expect.poll(() => page.locator('fieldset.positioning-skill').count()).toBe(19);
    expect(await page.locator('fieldset.statement').count()).toBe(19);
    expect(await statements('Vocabulaire médical').first().textContent()).toContain(
      "Je comprends les termes médicaux courants d'un courrier.",
    );
    expect(await skill('Vocabulaire médical').locator('.source').first().textContent()).toContain(
      'Vocabulaire médical',
    );
    expect(await page.locator('.positioning-progress').textContent()).toBe(
      '0 compétence sur 19 positionnée.',
    );

    // Vocabulaire médical, keyboard only: alone, alone, then with help at the deep level.
    await answerByKeyboard('Vocabulaire médical', 0);
    await expect.poll(() => statements('Vocabulaire médical').count()).toBe(2);
    await answerByKeyboard('Vocabulaire médical', 0);
    await expect.poll(() => statements('Vocabulaire médical').count()).toBe(3);
    await answerByKeyboard('Vocabulaire médical', 1);
    expect(await skill('Vocabulaire médical').locator('.placement').textContent()).toBe(
      'Niveau retenu : connaissances opérationnelles — en dessous du niveau du métier ; en chemin vers les connaissances approfondies.',
    );
    // Codage des actes: never, from the start; « avec de l'aide » would not open the next level.
    await skill('Codage des actes').getByLabel('Jamais').check();
    expect(await skill('Codage des actes').locator('.placement').textContent()).toBe(
      'Niveau retenu : aucun — en dessous du niveau du métier.',
    );
    await skill('Bureautique').getByLabel('Avec de l’aide').check();
    expect(await statements('Bureautique').count()).toBe(1);
    expect(await page.locator('.positioning-progress').textContent()).toBe(
      '3 compétences sur 19 positionnées.',
    );

    // A reload, or another visit, keeps her answers: they are in this browser.
    await page.reload();
    await expect.poll(() => statements('Vocabulaire médical').count()).toBe(3);
    expect(
      await statements('Vocabulaire médical').nth(2).getByLabel('Avec de l’aide').isChecked(),
    ).toBe(true);
    await screenshot(page, 'me-positionner');

    await page.getByRole('button', { name: 'Enregistrer mes niveaux (déclarés)' }).click();
    expect(await page.locator('.positioning-saved').textContent()).toContain(
      `3 niveaux enregistrés dans ce navigateur (déclaré le ${today()})`,
    );
    await page.getByRole('button', { name: 'Voir mes parcours avec ces niveaux' }).click();
    expect(new URL(page.url()).searchParams.get('view')).toBe('parcours');
    await page.locator('#to-role').fill('TIM');
    await page.locator('#to-role').press('Enter');
    await page.locator('article.route').first().waitFor();

    // The job would give her the deep level of medical vocabulary: her answers put it in the gap,
    // marked as declared on the day; codage is « aucune ».
    const row = (label: string) =>
      page.locator('article.route').first().locator('.gap-table tbody tr', { hasText: label });
    expect(await row('Vocabulaire médical').locator('td').first().textContent()).toContain(
      `opérationnelles (déclaré le ${today()})`,
    );
    expect(await row('Codage des actes').locator('td').first().textContent()).toContain('aucune');

    // How the step is taken and who may pay, then « Mon projet » exported for HR.
    const step = page.locator('article.route').first().locator('li.step').first();
    expect(await step.locator('.means').textContent()).toContain('Mobilité interne');
    expect(await step.locator('.funding').textContent()).toContain('Compte personnel de formation');
    await page
      .getByRole('button', { name: 'Préparer mon projet (entretien, RH, fichier)' })
      .click();
    await page.locator('section.entretien').waitFor();
    expect(await page.locator('section.entretien').textContent()).toContain(
      `Vocabulaire médical : opérationnelles (déclaré le ${today()})`,
    );
    await page.getByLabel('Mon identifiant pour les RH (jamais mon nom)').fill('agent-19');
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter pour les RH (.xlsx)' }).click(),
    ]);
    const file = readFileSync(await workbook.path());

    // HR imports it on the team page: her positioned levels come with their evidence.
    await page.getByRole('link', { name: 'Carte d’équipe (RH)' }).click();
    await page.locator('#team-file').setInputFiles({
      name: 'mon-projet-rh.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await expect.poll(() => page.locator('.team-grid tbody tr').count()).toBe(1);
    await page.locator('#target-value').selectOption('technicien-information-medicale');
    await page.getByRole('button', { name: 'Calculer la carte des écarts' }).click();
    const marks = page
      .locator('.heatmap tbody tr', { hasText: 'agent-19' })
      .locator('.evidence-mark');
    await marks.first().waitFor();
    expect(await marks.allTextContents()).toContain(
      ` D (actuel : opérationnelles, déclaré le ${today()})`,
    );
  });

  it('keyboard only: the tab, the job, the answers; and at 390 px nothing scrolls sideways', async () => {
    await page.goto(`${url}/?view=positionnement&from=secretaire-medicale`);
    await page.evaluate('localStorage.clear()');
    await page.reload();
    await expect.poll(() => page.locator('fieldset.positioning-skill').count()).toBe(19);
    // From the first answer, Tab goes to the next statement's group, arrows choose inside it.
    await page.locator('fieldset.statement input[type=radio]').first().focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('fieldset.statement').count()).toBe(20);
    const first = await page
      .locator('fieldset.positioning-skill')
      .first()
      .getAttribute('data-skill');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      '`${document.activeElement?.type} ${document.activeElement?.name}`',
    );
    expect(focused).toBe(`radio ${first ?? ''}.OPERATIONAL.1`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(
      await page.locator('fieldset.positioning-skill').first().locator('.placement').textContent(),
    ).toBe('Niveau retenu : connaissances générales — en dessous du niveau du métier.');
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'me-positionner-390');
  });
});
