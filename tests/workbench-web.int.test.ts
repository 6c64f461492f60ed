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

async function signIn(tab: Page = page) {
  await tab.goto(`${url}/?view=atelier`);
  await tab.getByLabel('Adresse électronique').fill('designer@example.org');
  await tab.getByLabel('Mot de passe').fill(PASSWORD);
  await tab.getByLabel('Mot de passe').press('Enter');
  await tab.getByText('Connecté·e :').waitFor();
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

  it('merges a refused save with the version saved meanwhile on another device, the person settling the one clash', async () => {
    await signIn();
    await page.getByLabel('Titre').fill('Maquette partagée');
    await page.getByRole('button', { name: 'Créer la maquette' }).press('Enter');
    await page.getByRole('heading', { name: 'Maquette partagée — version 1' }).waitFor();
    // The same designer on another computer (or a colleague): her own session.
    const device = await suite.env.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const other = await device.newPage();
    await signIn(other);
    await other.goto(page.url());
    await other.getByRole('heading', { name: 'Maquette partagée — version 1' }).waitFor();

    /** Opens item `i` of block `b` (0-based) and returns its editor. */
    const openItem = async (tab: Page, b: number, i: number) => {
      await tab.locator('.draft-block').nth(b).locator('.draft-item summary').nth(i).click();
      return tab.locator('.draft-block').nth(b).locator('.draft-item').nth(i).locator('details');
    };
    // Here: the first item's hours, and the second item's label.
    await (await openItem(page, 0, 0)).getByLabel('Volume (heures)').fill('30');
    await (await openItem(page, 0, 1)).getByLabel('Libellé du contenu').fill('Accueil (A)');
    // Meanwhile, on the other device: the same second item renamed otherwise, an item added to bloc 3.
    await (await openItem(other, 0, 1)).getByLabel('Libellé du contenu').fill('Accueil (B)');
    await other.getByRole('button', { name: 'Ajouter un contenu au bloc 3' }).click();
    await other
      .locator('.draft-block')
      .nth(2)
      .locator('details[open]')
      .getByLabel('Libellé du contenu')
      .fill('Ajout de l’autre poste');
    await other.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
    await other.getByText('Maquette enregistrée : version 2 enregistrée.').waitFor();
    await device.close();

    await page.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
    await page.getByText('La version 2 a été enregistrée depuis la version 1').waitFor();
    await page
      .getByRole('button', { name: 'Fusionner mes modifications avec la version 2' })
      .click();
    const merge = page.locator('.merge-panel');
    await merge.waitFor();
    // One clash, both versions side by side; the rest is merged without asking.
    const clash = merge.locator('fieldset.merge-conflict');
    expect(await clash.count()).toBe(1);
    expect(await clash.locator('legend').textContent()).toMatch(/: modifié des deux côtés$/);
    expect(await clash.locator('.merge-side').allTextContents()).toEqual([
      expect.stringContaining('Accueil (A)'),
      expect.stringContaining('Accueil (B)'),
    ]);
    expect(await page.evaluate('document.activeElement.id')).toBe('merge-title');
    await screenshot(page, 'atelier-fusion');
    // Keyboard: from « Garder la version 2 » (the default) up to « Garder ma version ».
    await clash.getByRole('radio', { name: 'Garder la version 2' }).focus();
    await page.keyboard.press('ArrowUp');
    expect(await clash.getByRole('radio', { name: 'Garder ma version' }).isChecked()).toBe(true);
    await merge.getByRole('button', { name: 'Appliquer la fusion' }).press('Enter');
    await page.getByText('Fusion appliquée à la version 2 : vérifiez, puis enregistrez.').waitFor();
    expect(await page.evaluate('document.activeElement.id')).toBe('save-comment');

    await page.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
    await page.getByText('Maquette enregistrée : version 3 enregistrée.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Maquette partagée — version 3' }).waitFor();
    const summaries = (b: number) =>
      page.locator('.draft-block').nth(b).locator('.draft-item summary').allTextContents();
    const first = await summaries(0);
    expect(first[0]).toContain('(30 h,');
    expect(first[1]).toMatch(/^Accueil \(A\) /);
    expect((await summaries(2)).join(' | ')).toContain('Ajout de l’autre poste');
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
