import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { TIM_BLOCS } from './support/tim-maquette.js';
import { browserSuite, fitsWidth } from './support/web-test-app.js';
import { addTestAccounts, PASSWORD, WorkbenchClient } from './support/workbench-client.js';

const suite = browserSuite({ viewport: { width: 1366, height: 900 } }, (env) =>
  addTestAccounts(env.api.gateway),
);
let url: string;
let page: Page;
beforeEach(() => {
  ({ url, page } = suite);
});

/** A maquette for TIM: version 1 copies the study (no evaluations), version 2 is complete. */
async function draftForTim(): Promise<string> {
  const api = new WorkbenchClient(url);
  await api.signIn('designer@example.org', PASSWORD);
  const created = await api.gql<{ createDraft: { draftId: string } }>(
    'mutation { createDraft(title: "Parcours TIM", fromStudy: true) { draftId } }',
  );
  const id = created.data?.createDraft.draftId ?? '';
  await api.gql(
    `mutation($id: ID!, $b: [DraftBlockInput!]!) {
      saveDraft(id: $id, baseVersion: 1, comment: "Blocs TIM", blocks: $b) { number } }`,
    {
      id,
      b: TIM_BLOCS,
    },
  );
  return id;
}

describe('Publier la maquette', () => {
  it('a designer sees what version 1 lacks, publishes version 2 for TIM with the keyboard, and a secretary’s route to TIM shows her blocs', async () => {
    const id = await draftForTim();
    await page.goto(`${url}/?view=atelier`);
    await page.getByLabel('Adresse électronique').fill('designer@example.org');
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByLabel('Mot de passe').press('Enter');
    await page.getByText('Connecté·e :').waitFor();

    // Version 1, the study's copy: every content still lacks its evaluation.
    await page.goto(`${url}/?view=atelier&draft=${id}&version=1`);
    const panel = page.locator('section.publish');
    await panel.waitFor();
    expect(await panel.locator('.publication-problems li').first().textContent()).toMatch(
      /^Bloc 1, contenu 1 « .+ » : modalités d’évaluation à écrire\.$/,
    );
    expect(await panel.locator('#publish-role').count()).toBe(0);

    // Version 2 is complete: choose the job from the keyboard, publish.
    await page.goto(`${url}/?view=atelier&draft=${id}`);
    await page.locator('#publish-role').waitFor();
    // The coverage panel says which typical profiles already hold each bloc.
    await expect
      .poll(
        () =>
          page.locator('.block-service > li').first().locator('.typical-profiles').textContent(),
        {
          timeout: 15_000,
        },
      )
      .toMatch(/^Acquis d’emblée par \d profils? types? sur 7 \(.*Secrétaire médical\(e\)/);
    await page.locator('#publish-role').focus();
    await page
      .locator('#publish-role')
      .selectOption({ label: "Technicien(ne) d'information médicale (TIM)" });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => panel.locator('.publications').textContent())
      .toMatch(
        /Publiée pour « Technicien\(ne\) d'information médicale \(TIM\) » : version 2, le .+ par designer@example\.org\./,
      );
    await screenshot(page, 'atelier-publier');

    // A secretary, not signed in, plans her route to TIM: the published blocs, against her levels.
    const secretary = await page.context().browser()!.newPage();
    await secretary.goto(
      `${url}/?view=parcours&from=secretaire-medicale&to=technicien-information-medicale`,
    );
    const certification = secretary.locator('.step-certifications').first();
    await certification.waitFor({ timeout: 15_000 });
    const text = (await certification.textContent()) ?? '';
    expect(text).toContain('« Parcours TIM », version 2 publiée le');
    expect(text).toContain('1 bloc sur 3 acquis ; 105 h de formation restent à suivre sur 140 h');
    expect(text).not.toContain('designer@example.org');
    const rows = certification.locator('table.bloc-credit tbody tr');
    expect(await rows.allTextContents()).toEqual([
      expect.stringMatching(/^BC01 Saisir les actesacquis0 h sur 21 hrien$/),
      expect.stringMatching(
        /^BC02 Coder le PMSIà suivre70 h sur 70 hPMSI.+\(aucune → approfondies\)$/,
      ),
      expect.stringMatching(
        /^BC03 Contrôler la qualitéen partie35 h sur 49 h.+\(aucune → opérationnelles\)$/,
      ),
    ]);
    // « Mon projet » carries the same credit, for the entretien.
    await secretary.getByRole('link', { name: 'Mon projet', exact: true }).click();
    await expect
      .poll(() => secretary.locator('.project .step-certifications').first().textContent(), {
        timeout: 15_000,
      })
      .toContain('1 bloc sur 3 acquis');
    await secretary.getByRole('link', { name: 'Mon parcours', exact: true }).click();
    await secretary.locator('.step-certifications').first().waitFor();
    await secretary.setViewportSize({ width: 390, height: 844 });
    expect(await fitsWidth(secretary)).toBe(true);
    await screenshot(secretary, 'parcours-certification-390');
    await secretary.close();
  });

  it('HR sees, bloc by bloc, whom to have recognised and whom to train, and the hours to fund', async () => {
    // The maquette of the test before is published for TIM in this suite's database.
    await page.goto(`${url}/?view=equipe`);
    await page.locator('#team-file').setInputFiles({
      name: 'equipe.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('identifiant;métier\nagent-07;AMA\nagent-12;secrétaire médicale'),
    });
    await expect.poll(() => page.locator('.team-grid tbody tr').count()).toBe(2);
    // At agent-07's entretien, her manager sets and validates her PMSI level.
    await page.getByRole('button', { name: 'Niveaux du métier' }).first().click();
    await page.locator('#member-0-skill-k-pmsi-nomenclatures').selectOption('OPERATIONAL');
    await page
      .getByRole('button', { name: 'Valider ces niveaux (encadrement, entretien du jour)' })
      .click();
    await page.locator('#target-value').selectOption('technicien-information-medicale');
    await page.getByRole('button', { name: 'Calculer la carte des écarts' }).click();
    const plan = page.locator('section.team-certifications');
    await plan.waitFor({ timeout: 15_000 });
    expect(await plan.textContent()).toContain(
      '« Parcours TIM », version 2, pour 2 personnes de l’équipe : heures de formation à financer 210 h.',
    );
    const rows = await plan.locator('tbody tr').allTextContents();
    expect(rows).toEqual([
      'BC01 Saisir les actes (21 h)agent-07, agent-12——0 h',
      'BC02 Coder le PMSI (70 h)——agent-07, agent-12140 h',
      'BC03 Contrôler la qualité (49 h)—agent-07, agent-12—70 h',
    ]);
    await screenshot(page, 'equipe-certifications');
    const d = new Date();
    const today = `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getFullYear())}`;
    expect(
      await page
        .locator('.heatmap tbody tr', { hasText: 'agent-07' })
        .locator('.evidence-mark')
        .allTextContents(),
    ).toEqual([` V (actuel : opérationnelles, validé le ${today})`]);

    // The heatmap after the training plan: what the study's blocks close to the level required
    // goes (RGPD, taught to the operational level TIM asks); what they close in part stays, marked.
    const headers = () => page.locator('.heatmap thead th').allTextContents();
    expect((await headers()).some((h) => h.startsWith('RGPD'))).toBe(true);
    await page.locator('#heatmap-view').selectOption('after-plan');
    await page.locator('.after-plan-note').waitFor();
    expect((await headers()).some((h) => h.startsWith('RGPD'))).toBe(false);
    expect(await page.locator('.heatmap .partial-mark').count()).toBeGreaterThan(0);
    await page.locator('#heatmap-view').selectOption('today');
    expect((await headers()).some((h) => h.startsWith('RGPD'))).toBe(true);
  });
});
