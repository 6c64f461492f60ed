import readXlsxFile from 'read-excel-file/node';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { browserSuite } from './support/web-test-app.js';
import { addTestAccounts, PASSWORD } from './support/workbench-client.js';

const suite = browserSuite(
  { viewport: { width: 1366, height: 900 }, acceptDownloads: true },
  (env) => addTestAccounts(env.api.gateway),
);
let url: string;
let page: Page;
beforeEach(() => {
  ({ url, page } = suite);
});

async function signIn() {
  await page.goto(`${url}/?view=atelier`);
  await page.getByLabel('Adresse électronique').fill('designer@example.org');
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByLabel('Mot de passe').press('Enter');
  await page.getByText('Connecté·e :').waitFor();
}

const draftFull = () => page.locator('[data-testid="draft-full"]').textContent();
/** Nothing scrolls sideways (the page is as wide as the window). */
const noSideScroll = () =>
  page.evaluate(() => {
    const { document: doc, innerWidth } = globalThis as unknown as {
      document: { documentElement: { scrollWidth: number } };
      innerWidth: number;
    };
    return doc.documentElement.scrollWidth <= innerWidth;
  });

describe('Atelier de blocs', () => {
  it('a designer copies the study, adds PMSI to bloc 2, sees coordination coverage improve, exports XLSX and finds version 2 after a reload', async () => {
    await signIn();
    await page.getByLabel('Titre').fill('Maquette coordination');
    await page.getByRole('button', { name: 'Créer la maquette' }).press('Enter');
    await page.getByRole('heading', { name: 'Maquette coordination — version 1' }).waitFor();

    // The coverage panel opens on the coordination path family.
    await expect.poll(draftFull, { timeout: 10_000 }).toMatch(/^\d+$/);
    const before = Number(await draftFull());

    await page.getByRole('button', { name: 'Ajouter un contenu au bloc 2' }).press('Enter');
    const item = page.locator('.draft-block').nth(1).locator('details[open]');
    await item.getByLabel('Libellé du contenu').fill('Initiation au PMSI');
    await item.getByLabel('Volume (heures)').fill('21');
    await item.getByLabel('Modalités d’évaluation').fill('Étude de cas de codage');
    await item.getByLabel('Ajouter une compétence développée').fill('pmsi t2a');
    await item.getByLabel('jusqu’aux connaissances').selectOption({ label: 'approfondies' });
    await item
      .getByRole('button', {
        name: 'Ajouter « PMSI, T2A et nomenclatures nationales et internationales de codage »',
      })
      .press('Enter');
    await expect.poll(draftFull, { timeout: 10_000 }).toBe(String(before + 1));
    expect(await page.locator('.coverage-skills').textContent()).toContain(
      'bloc 2 › Initiation au PMSI (approfondies)',
    );
    await screenshot(page, 'atelier-edition-1366');

    await page.getByLabel('Commentaire de la version').fill('Ajout du PMSI au bloc 2');
    await page.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
    await page.getByText('Maquette enregistrée : version 2 enregistrée.').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Excel (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^maquette-m[0-9a-f]+-v2\.xlsx$/);
    const sheets = await readXlsxFile(await download.path());
    expect(sheets[0]?.data).toContainEqual(['Version', '2']);
    expect(JSON.stringify(sheets[2]?.data)).toContain('Initiation au PMSI');

    await page.reload();
    await page
      .getByRole('heading', { name: 'Maquette coordination — version 2' })
      .waitFor({ timeout: 10_000 });
    expect(await page.locator('.history').textContent()).toContain('Ajout du PMSI au bloc 2');
    // The diff of the two versions says what was added, where.
    expect(await page.locator('.diff').textContent()).toContain(
      'Bloc 2 « Éco-système de soins » : contenu ajouté « Initiation au PMSI »',
    );

    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.coverage-report').waitFor();
    expect(await noSideScroll()).toBe(true);
    await screenshot(page, 'atelier-390');

    // The printable référentiel shows every block, also on paper.
    await page.getByRole('link', { name: 'Référentiel de compétences (à imprimer)' }).click();
    await page
      .getByRole('heading', { name: 'Référentiel de compétences — Maquette coordination' })
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    const blocks = page.locator('.referentiel-block');
    expect(await blocks.count()).toBeGreaterThanOrEqual(3);
    expect(await blocks.nth(1).isVisible()).toBe(true);
    expect(await blocks.nth(1).textContent()).toContain('BC02 — Bloc 2 : Éco-système de soins');
    expect(await blocks.nth(1).textContent()).toContain('Initiation au PMSI');
    expect(await noSideScroll()).toBe(true);
  });

  it('keeps the keyboard user’s place: focus goes to what was added, or beside what was removed', async () => {
    /** What a screen reader would announce for the focused control (its label), or its tag. */
    const focused = () =>
      page.evaluate(`(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'BODY';
        return el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent.trim();
      })()`);
    await signIn();
    await page.getByLabel('Titre').fill('Maquette clavier');
    await page.getByRole('button', { name: 'Créer la maquette' }).press('Enter');
    await page.getByRole('heading', { name: 'Maquette clavier — version 1' }).waitFor();

    await page.getByRole('button', { name: 'Ajouter un contenu au bloc 2' }).press('Enter');
    await expect.poll(focused).toBe('Libellé du contenu');
    await page.keyboard.type(' : codage');
    const item = page.locator('.draft-block').nth(1).locator('details[open]');
    await item.getByLabel('Ajouter une compétence développée').fill('pmsi');
    await item.getByRole('button', { name: /^Ajouter « PMSI/ }).press('Enter');
    await expect.poll(focused).toMatch(/^Niveau visé pour PMSI/);
    await item.getByRole('button', { name: /^Retirer PMSI/ }).press('Enter');
    await expect.poll(focused).toBe('Ajouter une compétence développée');
    await item.getByRole('button', { name: /^Supprimer bloc 2, contenu/ }).press('Enter');
    await expect.poll(focused).toBe('Ajouter un contenu au bloc 2');

    await page.getByRole('button', { name: 'Ajouter un bloc' }).press('Enter');
    await expect.poll(focused).toMatch(/^Intitulé du bloc \d+$/);
    // Moved to the top, its « Monter » is disabled: focus stays on the block, on « Descendre ».
    await page.getByRole('button', { name: 'Monter le bloc 2' }).press('Enter');
    await expect.poll(focused).toBe('Descendre le bloc 1');
    await page.getByRole('button', { name: 'Supprimer le bloc 1' }).press('Enter');
    await expect.poll(focused).toBe('Ajouter un bloc');
  });

  it('refuses a wrong password in French, and the Blocs page prints its blocks', async () => {
    await page.goto(`${url}/?view=atelier`);
    await page.getByLabel('Adresse électronique').fill('designer@example.org');
    await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
    await page.getByLabel('Mot de passe').press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('connectez-vous');

    await page.goto(`${url}/?view=blocs`);
    const block = page.locator('article.block').first();
    await block.waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await block.isVisible()).toBe(true);
  });
});
