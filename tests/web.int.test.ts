import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { beforeEach, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { browserSuite, fitsWidth } from './support/web-test-app.js';

const suite = browserSuite({ viewport: { width: 1400, height: 1000 } });
let url: string;
let page: Page;
beforeEach(() => {
  ({ url, page } = suite);
});

async function pickRole(inputId: string, text: string) {
  await page.locator(`#${inputId}`).fill(text);
  await page.locator(`#${inputId}`).press('Enter');
}

describe('Mon parcours', () => {
  it('plans secretary → technicien d’information médicale, keyboard only, and shows the route and its gaps', async () => {
    await page.goto(url);
    await pickRole('from-role', 'secrétaire médical');
    await pickRole('to-role', 'technicien information');
    const route = page.locator('article.route').first();
    await route.waitFor();
    expect(await route.locator('h3').textContent()).toBe(
      "Parcours 1 : Secrétaire médical(e) – Assistant(e) médico-administratif(ve) → Technicien(ne) d'information médicale (TIM)",
    );
    const text = (await route.textContent()) ?? '';
    expect(text).toContain('Passerelle longue');
    expect(text).toContain('Niveau bac+2');
    expect(text).toContain('PMSI, T2A et nomenclatures nationales et internationales de codage');
    expect(text).toContain('aucun bloc ne la couvre');
    expect(text).toContain(
      "Gestion de l'information › RGPD, identitovigilance (opérationnelles — niveau déduit)",
    );
    // The passerelle's kind is the sheet's, its distance the project's; the levels asked are
    // deduced, and each says why on demand.
    const kindNote = route.locator('.step-meta details.derived-note').first();
    expect(await kindNote.locator('summary').textContent()).toBe('type et distance déduits');
    const levelNote = route.locator('.gap-table details.derived-note').first();
    expect(await levelNote.locator('summary').textContent()).toBe('niveau déduit');
    expect(await levelNote.locator('.derived-note-why').isVisible()).toBe(false);
    await levelNote.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await levelNote.locator('.derived-note-why').textContent()).toMatch(/\S{10,}/);
    expect(text).toContain('durée estimée ≈ 3 ans et 6 mois');
    expect(text).toContain('Charge de l’étape : 195 mois additionnés (apprentissage 195)');
    expect(await page.locator('table.comparison tbody tr').count()).toBeGreaterThan(0);
    // The picture follows the text, once a frame with the text is painted.
    await expect.poll(() => page.locator('.cy canvas').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('to')).toBe('technicien-information-medicale');
    await screenshot(page, 'parcours-secretaire-tim');

    await page.reload();
    await page.locator('article.route').first().waitFor();
  });

  it('says how each step is taken and who may pay, from the years of service she types, kept in this browser only', async () => {
    await page.goto(
      `${url}/?view=parcours&from=secretaire-medicale&to=technicien-information-medicale`,
    );
    const route = page.locator('article.route').first();
    await route.waitFor();
    const means = (await route.locator('.means').textContent()) ?? '';
    expect(means).toContain(
      "Mobilité interne : Candidater sur un poste de technicien(ne) d'information médicale (TIM) dans l'établissement",
    );
    expect(means).toContain('Se préparer à la condition « Niveau bac+2');
    expect(means).toContain(
      "Bloc « Gestion de l'information » de l'étude (une proposition, pas une certification)",
    );
    const cfp = route.locator('.funding li', { hasText: 'Congé de formation professionnelle' });
    expect(await cfp.textContent()).toContain(
      'à vérifier : Il faut 3 ans de services publics : indiquez vos années de service pour le savoir.',
    );
    expect(await cfp.textContent()).toContain(
      'Code général de la fonction publique, art. L. 422-1',
    );
    // From the step to the field, and the years typed as people write them, keyboard only.
    await cfp.getByRole('button', { name: 'Indiquer mes années de service' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('service-years');
    await page.keyboard.type('trois');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('alert').textContent()).toBe(
      'Indiquez un nombre d’années, par exemple 3 ou 2,5.',
    );
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2,5');
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => (await cfp.textContent()) ?? '', { timeout: 15_000 })
      .toContain('non ouvert : Il faut 3 ans de services publics ; vous en aurez environ 2,5 ans');
    expect(await page.locator('#service-years-error').count()).toBe(0);
    await page.locator('#service-years').fill('4 ans');
    await page.locator('#service-years').press('Enter');
    await expect
      .poll(async () => (await cfp.textContent()) ?? '', { timeout: 15_000 })
      .toContain('ouvert : Vous aurez environ 4 ans de service à cette étape (3 ans exigés).');
    expect(await route.locator('.funding li', { hasText: 'CPF' }).textContent()).toContain(
      'Environ 100 h acquises',
    );
    expect(
      await page.evaluate<string | null>("localStorage.getItem('passerelles.service-years.v1')"),
    ).toBe('4');
    expect([...new URL(page.url()).searchParams.values()].join(' ')).not.toContain('4');
    await screenshot(page, 'parcours-financement');

    // Another visit keeps them; « Oublier mes données » forgets them.
    await page.reload();
    expect(await page.locator('#service-years').inputValue()).toBe('4');
    await expect
      .poll(async () => (await cfp.textContent()) ?? '', { timeout: 15_000 })
      .toContain('ouvert : Vous aurez environ 4 ans');
    await page.getByText('Ajuster mes compétences (facultatif)').click();
    await page.getByRole('button', { name: 'Oublier mes données' }).click();
    expect(await page.locator('#service-years').inputValue()).toBe('');
    expect(
      await page.evaluate<string | null>("localStorage.getItem('passerelles.service-years.v1')"),
    ).toBeNull();
  });

  it('secretary → ARM: the diploma by VAE or apprenticeship with their texts, and bloc by bloc what she already holds, keyboard and 390 px', async () => {
    await page.goto(
      `${url}/?view=parcours&from=secretaire-medicale&to=assistant-regulation-medicale`,
    );
    const route = page.locator('article.route').first();
    await route.waitFor();
    const means = (await route.locator('.means').textContent()) ?? '';
    expect(means).toContain(
      "Validation des acquis de l'expérience (VAE) : Pour le diplôme d'assistant de régulation médicale (DARM), totale ou partielle",
    );
    expect(means).toContain('Apprentissage : En contrat, vers le diplôme');
    expect(means).toContain('Arrêté du 19 juillet 2019');
    // Who pays for what: the CPF for the training and the VAE, the plan for the training only.
    const funding = route.locator('.funding li');
    expect(await funding.filter({ hasText: 'CPF' }).textContent()).toContain(
      "(pour : Formation, Validation des acquis de l'expérience (VAE))",
    );
    expect(await funding.filter({ hasText: 'Plan de formation' }).textContent()).toContain(
      '(pour : Formation) — ouvert',
    );
    const darm = route.locator('.certification-credit', { hasText: 'bloc par bloc' });
    expect(await darm.locator('p').first().textContent()).toContain(
      '1 bloc sur 4 déjà acquis d’après vos niveaux : la VAE de ce diplôme peut les faire valider',
    );
    const third = darm.locator('tbody tr').nth(2);
    expect(await third.locator('td').first().textContent()).toBe('acquis');
    const first = darm.locator('tbody tr').first();
    expect(await first.textContent()).toContain('en partie');
    expect(await first.textContent()).toContain(
      "Recevoir et traiter les appels d'urgence et de détresse, prioriser selon le degré d'urgence (aucune → approfondies)",
    );
    // Why these skills are the bloc's, opened from the keyboard: the project's reading, said so.
    await first.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await first.locator('.derived-note-why').textContent()).toMatch(/^traiter un appel/);
    expect(await darm.locator('.hint').textContent()).toContain(
      'Décret n° 2019-747 du 19 juillet 2019',
    );
    await screenshot(page, 'parcours-arm-darm');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await fitsWidth(page)).toBe(true);
    await darm.scrollIntoViewIfNeeded();
    await screenshot(page, 'parcours-arm-darm-390');
  });

  it('a link to a route shows it before the list of jobs has come, asking for it only once', async () => {
    // The list of jobs is held back 3 s: the route must be asked for, and shown, meanwhile.
    const asked: string[] = [];
    let rolesAnswered = false;
    page.on('request', (request) => {
      const name = /"operationName":"(\w+)"/.exec(request.postData() ?? '')?.[1];
      if (name) asked.push(`${name}${rolesAnswered ? ' after Roles' : ''}`);
    });
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('"operationName":"Roles"')) {
        await route.continue();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const response = await route.fetch();
      rolesAnswered = true;
      await route.fulfill({ response });
    });
    const link = '/?view=parcours&from=secretaire-medicale&to=technicien-information-medicale';
    await page.goto(`${url}${link}`);
    await page.locator('article.route').first().waitFor();
    // The route is on screen before the list of jobs has come.
    expect(rolesAnswered).toBe(false);
    expect(asked.filter((name) => name.startsWith('CareerRoutes'))).toEqual(['CareerRoutes']);
    // Then the form fills in, and the same route stays without being asked again.
    await expect
      .poll(() => page.locator('.picker-current strong').first().textContent())
      .toMatch(/^Secrétaire médical/);

    // With levels of her own, the request needs the job's requirements: it waits for the list.
    await page.getByText('Ajuster mes compétences (facultatif)').click();
    const recomputed = page.waitForResponse((response) =>
      Boolean(response.request().postData()?.includes('"operationName":"CareerRoutes"')),
    );
    await page.locator('#skill-k-urgences-afgsu').selectOption('OPERATIONAL');
    await recomputed;
    asked.length = 0;
    rolesAnswered = false;
    await page.reload();
    await page.locator('article.route').first().waitFor();
    expect(asked.filter((name) => name.startsWith('CareerRoutes'))).toEqual([
      'CareerRoutes after Roles',
    ]);
  });

  it('answers "où puis-je aller ?" with every role, its conditions, filters and sorts, and opens its routes', async () => {
    await page.goto(`${url}/?view=parcours&from=secretaire-medicale`);
    await page.getByRole('button', { name: 'Où puis-je aller ?' }).click();
    const table = page.locator('table.reachable-table');
    const rows = table.locator('tbody tr');
    await rows.first().waitFor();
    // Every reachable role is listed, and the caption says how many: nothing is cut silently.
    const total = async () =>
      Number(
        /^(\d+) métiers? accessibles?/.exec(
          (await table.locator('caption').textContent()) ?? '',
        )?.[1],
      );
    const all = await total();
    expect(await rows.count()).toBe(all);
    const listed = (await rows.allTextContents()).join(' ');
    for (const role of [
      "Technicien(ne) d'information médicale (TIM)",
      'Assistant(e) de régulation médicale (ARM)',
      'Chargé(e) des relations avec les usagers',
      'AMA accompagnatrice de parcours patient',
    ])
      expect(listed, role).toContain(role);
    expect(listed).toContain('aucune');
    await screenshot(page, 'parcours-ou-aller');

    // « sans nouveau diplôme »: fewer roles; the ARM diploma and the TIM's bac+2 are out of reach.
    await page.getByLabel('sans nouveau diplôme').check();
    await expect.poll(total).toBeLessThan(all);
    const withoutDiploma = (await rows.allTextContents()).join(' ');
    expect(withoutDiploma).not.toContain('Assistant(e) de régulation médicale (ARM)');
    expect(withoutDiploma).not.toContain("Technicien(ne) d'information médicale (TIM)");
    expect(new URL(page.url()).searchParams.get('avoid')).toBe('diplome');
    await page.getByLabel('sans nouveau diplôme').uncheck();
    await expect.poll(total).toBe(all);

    // The Pistes filter applies: only the private sector's roles (or moves without a family).
    await page.getByLabel('Secteur privé / associatif').check();
    await expect.poll(total).toBeLessThan(all);
    const families = await table.locator('td[data-label="Piste"]').allTextContents();
    for (const family of families) expect(['Secteur privé / associatif', '—']).toContain(family);
    await page.getByLabel('Secteur privé / associatif').uncheck();
    await expect.poll(total).toBe(all);

    // Sorted by duration: shortest first.
    await page.getByLabel('Trier par').selectOption('duration');
    // (The API orders, so the list reloads: read it once it is back.)
    const cells = table.locator('td[data-months]');
    const shownMonths = async () => {
      const months: number[] = [];
      for (let i = 0; i < (await cells.count()); i++)
        months.push(Number(await cells.nth(i).getAttribute('data-months')));
      return months;
    };
    const ascending = (m: number[]) => m.every((v, i) => i === 0 || (m[i - 1] ?? 0) <= v);
    await expect
      .poll(async () => {
        const m = await shownMonths();
        return m.length === all && ascending(m);
      })
      .toBe(true);
    const months = await shownMonths();
    expect(new URL(page.url()).searchParams.get('order')).toBe('duration');
    expect(months).toEqual([...months].sort((a, b) => a - b));
    expect(new Set(months).size).toBeGreaterThan(1);

    await rows
      .first()
      .getByRole('button', { name: /^Voir les parcours/ })
      .click();
    await page.locator('article.route').first().waitFor();
  });

  it('at 390 px nothing scrolls sideways, from the reachable list to the routes', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/?view=parcours&from=secretaire-medicale&reachable=1`);
    await page.locator('table.reachable-table tbody tr').first().waitFor();
    const fits = () => fitsWidth(page);
    await screenshot(page, 'parcours-ou-aller-390');
    expect(await fits()).toBe(true);
    await page.goto(
      `${url}/?view=parcours&from=secretaire-medicale&to=technicien-information-medicale`,
    );
    await page.locator('article.route').first().waitFor();
    expect(await fits()).toBe(true);
    // The route drawing would be too small to read: it gives way to the text route.
    expect(await page.locator('.routes .cy').isVisible()).toBe(false);
    expect(
      await page.getByText('Sur un petit écran, chaque parcours est donné en texte').isVisible(),
    ).toBe(true);
    await screenshot(page, 'parcours-tim-390');
    for (const view of ['blocs', 'equipe', 'atelier']) {
      await page.goto(`${url}/?view=${view}`);
      await page.locator('main h2').first().waitFor();
      await page
        .locator('.status[role="status"]')
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      expect(await fits(), view).toBe(true);
      await screenshot(page, `${view}-390`);
    }
  });

  it('names each view in the tab’s title, and on a phone takes the person to her results', async () => {
    await page.goto(`${url}/?view=parcours&from=secretaire-medicale`);
    await expect.poll(() => page.title()).toBe('Mon parcours — Passerelles');
    await page.getByRole('link', { name: 'Le métier' }).click();
    await expect.poll(() => page.title()).toBe('Le métier — Passerelles');
    await page.goBack();
    await expect.poll(() => page.title()).toBe('Mon parcours — Passerelles');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Où puis-je aller ?' }).click();
    const first = page.locator('table.reachable-table tbody tr').first();
    await first.waitFor();
    const focused = () => page.evaluate('document.activeElement?.getAttribute("aria-label")');
    await expect.poll(focused).toBe('Résultats');
    const inView = () =>
      page.evaluate(
        'document.querySelector(".results").getBoundingClientRect().top < window.innerHeight * 0.6',
      );
    await expect.poll(inView).toBe(true);
    // « Voir les parcours » goes away with the list: focus follows to the routes, not <body>.
    await page.evaluate('window.scrollTo(0, 0)');
    await first.getByRole('button', { name: /Voir les parcours/ }).click();
    await page.locator('article.route').first().waitFor();
    await expect.poll(focused).toBe('Résultats');
    await expect.poll(inView).toBe(true);
    await page.setViewportSize({ width: 1400, height: 1000 });
  });

  it('finds a role by its usual words and offers the study’s future profiles as targets', async () => {
    await page.goto(`${url}/?view=parcours&from=secretaire-medicale`);
    await page.locator('#to-role').fill('coordinatrice parcours');
    const options = page.locator('#to-role-options [role="option"]');
    // The study's future profiles arrive with their own request, after the roles.
    await options.filter({ hasText: 'Profil d’avenir de l’étude' }).first().waitFor();
    const found = (await options.allTextContents()).join(' | ');
    expect(found).toContain('AMA en charge de la coordination des parcours de santé');
    expect(found).toContain('Secrétaire médicale « coordinatrice de parcours »');
    expect(found).toContain('Profil d’avenir de l’étude');
    // Roles the documents do not define still say what they are and what they ask most.
    expect(found).toContain('Variante d’avenir de l’AMA (étude, 4.2.5) — exige surtout :');
    await options.filter({ hasText: 'Secrétaire médicale « coordinatrice de parcours »' }).click();
    const target = page.locator('.future-target');
    await target.waitFor();
    expect(await target.textContent()).toContain(
      'AMA en charge de la coordination des parcours de santé',
    );
    await target.getByRole('button', { name: /vers AMA en charge de la coordination/ }).click();
    await page.locator('article.route').first().waitFor();
    expect(new URL(page.url()).searchParams.get('to')).toBe('ama-coordination-parcours');

    await page.locator('#to-role').fill('TIM');
    expect(await options.first().textContent()).toContain("Technicien(ne) d'information médicale");
  });

  it('explains the duration, links each term to the glossary, and copies the link', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(
      `${url}/?view=parcours&from=secretaire-medicale&to=technicien-information-medicale`,
    );
    const route = page.locator('article.route').first();
    await route.waitFor();
    const text = (await route.textContent()) ?? '';
    expect(text).not.toContain('cumulés');
    await route.getByRole('link', { name: 'durée estimée' }).click();
    expect(new URL(page.url()).hash).toBe('#glossaire-duree');
    expect(await page.locator('#glossaire-niveaux + dd').textContent()).toContain('approfondies');
    const planner = (await page.locator('.planner').textContent()) ?? '';
    for (const offender of ['REQUIRES', 'MOVES_TO', 'Posts in a DAC', 'External codes', 'aucun →'])
      expect(planner, offender).not.toContain(offender);
    await page.getByRole('button', { name: 'Copier le lien' }).click();
    await page.getByText('Lien copié.').waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toContain(
      'to=technicien-information-medicale',
    );
  });

  it('keeps adjusted skills in the browser only, until "Oublier mes données"', async () => {
    await page.goto(
      `${url}/?view=parcours&from=secretaire-medicale&to=assistant-regulation-medicale`,
    );
    await page.locator('article.route').first().waitFor();
    await page.getByText('Ajuster mes compétences (facultatif)').click();
    await page.locator('#skill-k-urgences-afgsu').selectOption('OPERATIONAL');
    // The route is recomputed with the adjusted profile: AFGSU is no longer missing.
    // (Polled from here: Playwright's waitForFunction evaluates strings in the page, which the
    // app's Content-Security-Policy rightly forbids.)
    await expect
      .poll(async () => (await page.locator('article.route').first().textContent()) ?? '', {
        timeout: 15_000,
      })
      .not.toContain("Gestes et soins d'urgence (AFGSU)");
    const stored = await page.evaluate<string | null>(
      "localStorage.getItem('passerelles.profile.v1')",
    );
    expect(JSON.parse(stored ?? '{}')).toEqual({
      roleId: 'secretaire-medicale',
      levels: { 'k-urgences-afgsu': 'OPERATIONAL' },
    });
    expect(page.url()).not.toContain('afgsu');
    await page.getByRole('button', { name: 'Oublier mes données' }).click();
    expect(
      await page.evaluate<string | null>("localStorage.getItem('passerelles.profile.v1')"),
    ).toBeNull();
  });

  it('shows an error with a retry when the API is down, and recovers without losing the choices', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${url}/?view=parcours&from=secretaire-medicale&to=encadrant-archives`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Le serveur ne répond pas');
    await screenshot(page, 'erreur-api-indisponible');
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await page.locator('article.route').first().waitFor();
    expect(new URL(page.url()).searchParams.get('to')).toBe('encadrant-archives');
  });

  it('loads only the planner first; another view’s code comes when opened, and a failed load can be retried', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${url}/?view=parcours&from=secretaire-medicale`);
    await page.getByRole('button', { name: 'Où puis-je aller ?' }).waitFor();
    // Neither the other views nor the spreadsheet readers are fetched for the planner.
    expect(
      scripts.filter((s) => /team-view|workbench-view|explorer-view|universal/.test(s)),
    ).toEqual([]);

    // The connection drops as she opens the team map: she is told, and « Réessayer » loads it.
    await page.route('**/assets/team-view-*.js', (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: 'Carte d’équipe (RH)' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('n’a pas pu être chargée');
    await screenshot(page, 'vue-non-chargee');
    await page.unroute('**/assets/team-view-*.js');
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await page.locator('#team-title').waitFor();
    expect(scripts.some((s) => s.includes('team-view'))).toBe(true);

    // Back to the planner: its view is there at once, nothing reloaded.
    await page.goBack();
    await page.getByRole('button', { name: 'Où puis-je aller ?' }).waitFor();
  });
});

describe('Mon projet', () => {
  it('follows a secretary from her route to « Mon projet », exported, then imported by HR with her levels and their evidence', async () => {
    await page.goto(url);
    await page.evaluate('localStorage.clear(); sessionStorage.clear()');
    await page.reload();
    await pickRole('from-role', 'secretaire medicale');
    await pickRole('to-role', 'TIM');
    await page.locator('article.route').first().waitFor();
    await page.getByText('Ajuster mes compétences (facultatif)').click();
    await page.locator('#skill-k-pmsi-nomenclatures').selectOption('OPERATIONAL');
    await page.locator('#service-years').fill('4');
    await page.locator('#service-years').press('Enter');
    await expect
      .poll(async () => (await page.locator('.funding').first().textContent()) ?? '', {
        timeout: 15_000,
      })
      .toContain('Vous aurez environ 4 ans de service');
    await page
      .getByRole('button', { name: 'Préparer mon projet (entretien, RH, fichier)' })
      .click();

    const entretien = page.locator('section.entretien');
    await entretien.waitFor();
    const text = (await entretien.textContent()) ?? '';
    expect(text).toContain(
      'PMSI, T2A et nomenclatures nationales et internationales de codage : opérationnelles (déclaré)',
    );
    expect(text).toContain('Étape 1 : Secrétaire médical(e)');
    expect(text).toContain('Mobilité interne, Formation');
    expect(text).toMatch(/Environ 100 h acquises/);
    expect(text).toContain('Décret n° 2020-719 du 12 juin 2020');
    expect(await page.locator('.project .funding').count()).toBeGreaterThan(0);
    // Only the level she gave is « déclaré »; her job's own levels are not assessed, and say nothing.
    const row = (label: string) =>
      page.locator('.project .gap-table tbody tr', { hasText: label }).locator('td').first();
    expect(await row('PMSI, T2A').textContent()).toContain('opérationnelles (déclaré)');
    expect(await row('Codage des actes').textContent()).not.toContain('déclaré');
    expect(await page.title()).toBe('Mon projet — Passerelles');
    await screenshot(page, 'mon-projet');

    // Her files: the workbook for HR (a pseudonym, never her name) and the JSON she keeps.
    const exportButton = page.getByRole('button', { name: 'Exporter pour les RH (.xlsx)' });
    expect(await exportButton.isDisabled()).toBe(true);
    await page.getByLabel('Mon identifiant pour les RH (jamais mon nom)').fill('agent-42');
    const [workbook] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(workbook.suggestedFilename()).toBe('mon-projet-rh.xlsx');
    const workbookPath = await workbook.path();
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Enregistrer mon projet (.json)' }).click(),
    ]);
    const jsonPath = await json.path();
    expect(JSON.parse(readFileSync(jsonPath, 'utf8'))).toMatchObject({
      format: 'passerelles-projet',
      currentRoleId: 'secretaire-medicale',
      targetRoleId: 'technicien-information-medicale',
      levels: { 'k-pmsi-nomenclatures': 'OPERATIONAL' },
      serviceYears: 4,
    });

    // HR imports her workbook beside a colleague's file, at once, and maps them against TIM.
    await page.getByRole('link', { name: 'Carte d’équipe (RH)' }).click();
    await page.locator('#team-file').setInputFiles([
      {
        name: 'mon-projet-rh.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: readFileSync(workbookPath),
      },
      {
        name: 'collegue.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('identifiant;métier\nagent-07;AMA'),
      },
    ]);
    await expect.poll(() => page.locator('.team-grid tbody tr').count()).toBe(2);
    await page.locator('#target-value').selectOption('technicien-information-medicale');
    await page.getByRole('button', { name: 'Calculer la carte des écarts' }).click();
    const mark = page
      .locator('.heatmap tbody tr', { hasText: 'agent-42' })
      .locator('.evidence-mark');
    await mark.first().waitFor();
    expect(await mark.allTextContents()).toContain(' D (actuel : opérationnelles, déclaré)');

    // Later, on a browser that forgot everything, she reopens her project from its file.
    await page.evaluate('localStorage.clear(); sessionStorage.clear()');
    await page.goto(`${url}/?view=projet`);
    await page.locator('#project-reopen').setInputFiles(jsonPath);
    await entretien.waitFor();
    expect(await entretien.textContent()).toContain(
      'PMSI, T2A et nomenclatures nationales et internationales de codage : opérationnelles (déclaré)',
    );
    expect(new URL(page.url()).searchParams.get('to')).toBe('technicien-information-medicale');
    await page.locator('#project-reopen').setInputFiles({
      name: 'autre.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"identifiant":"p-1"}'),
    });
    expect(await page.getByRole('alert').textContent()).toContain(
      'ce fichier n’est pas un projet enregistré par Passerelles',
    );
  });
});

describe('Explorer and training blocks', () => {
  it('opens on the secretary’s neighbourhood, legible, then searches, expands and finds a path', async () => {
    await page.goto(`${url}/?view=explorer`);
    await page.locator('.cy canvas').first().waitFor();
    const listed = page.locator('.node-list li');
    await listed.first().waitFor({ state: 'attached' });
    const opening = await listed.count();
    expect(opening).toBeGreaterThan(5);
    expect(opening).toBeLessThanOrEqual(60);
    const panel = page.locator('aside.node-panel');
    expect(await panel.locator('h3').textContent()).toBe(
      'Secrétaire médical(e) – Assistant(e) médico-administratif(ve)',
    );
    await panel.locator('.link-group').first().waitFor();
    // French everywhere: link types, legend, property keys (no raw types or English keys).
    const text = (await page.locator('.explorer').textContent()) ?? '';
    for (const offender of ['REQUIRES', 'MOVES_TO', 'DEVELOPS', 'HAS_ITEM', 'Role', 'Skill'])
      expect(text, offender).not.toMatch(new RegExp(`\\b${offender}\\b`));
    expect(text).toContain('mène à');
    await screenshot(page, 'explorateur-ouverture-1366');
    // A scenario's links (OUTLOOK, SUITS) are in French too.
    await page.goto(`${url}/?view=explorer&focus=Scenario:scenario-figee`);
    await page.locator('aside.node-panel .link-group').first().waitFor();
    const scenario = (await page.locator('aside.node-panel').textContent()) ?? '';
    for (const offender of ['OUTLOOK', 'SUITS', 'POSITIONED_ON', 'BEARS_ON'])
      expect(scenario, offender).not.toContain(offender);
    expect(scenario).toContain('a un effet sur le métier');
    await page.goto(`${url}/?view=explorer`);
    await page.locator('aside.node-panel .link-group').first().waitFor();
    await page.locator('.cy canvas').first().waitFor();
    // The Cytoscape instance is kept when the picture changes: its canvas stays the same element.
    await page.evaluate("document.querySelector('.cy canvas').dataset.kept = 'yes'");

    await page.locator('#explorer-search').fill('urgence');
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.locator('.search-results li').first().waitFor();
    await page
      .locator('.search-results li', { hasText: "Recevoir et traiter les appels d'urgence" })
      .getByRole('button')
      .first()
      .click();
    await expect
      .poll(() => panel.locator('h3').textContent())
      .toBe(
        "Recevoir et traiter les appels d'urgence et de détresse, prioriser selon le degré d'urgence",
      );
    expect(await panel.textContent()).toContain('Fiches métiers officielles (répertoire) — 40F30');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('Skill:sf-traiter-appels-urgence');
    expect(await page.evaluate("document.querySelector('.cy canvas')?.dataset.kept")).toBe('yes');

    // Expand: choose a neighbour in the list, then show its own neighbours.
    const before = await listed.count();
    await page.locator('.node-list summary').click();
    await listed
      .filter({ hasText: 'Assistant(e) de régulation médicale' })
      .getByRole('button')
      .click();
    await expect.poll(() => panel.locator('h3').textContent()).toContain('régulation médicale');
    const expand = panel.getByRole('button', { name: /^Afficher ses \d+ voisins/ });
    await expand.waitFor();
    const started = Date.now();
    await expand.click();
    await expect.poll(() => listed.count()).toBeGreaterThan(before);
    console.log(`explorer: expand shown in ${Date.now() - started} ms`);
    await panel.getByRole('button', { name: 'Réduire' }).click();
    await expect.poll(() => listed.count()).toBe(before);

    // A path from the center to a search result.
    await page.locator('#explorer-search').fill('PMSI');
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page
      .locator('.search-results li', { hasText: 'PMSI, T2A et nomenclatures' })
      .getByRole('button', { name: 'chemin depuis le centre' })
      .click();
    await page.getByText(/Chemin de « .* » à « PMSI, T2A/).waitFor();
    await screenshot(page, 'explorateur-chemin');
    // The PNG stands on its own: title, legend, sources and date under the drawing.
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: "Exporter l'image (PNG)" }).click(),
    ]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1200); // at least the caption's width
    // Printed, the explorer keeps its drawing and the chosen node's details.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.explorer .cy').isVisible()).toBe(true);
    expect(await panel.isVisible()).toBe(true);
  });

  it('draws labels a person can read at 1366 px: ≥ 11 px on screen, wrapped inside their shape', async () => {
    await page.goto(`${url}/?view=explorer`);
    await page.locator('aside.node-panel .link-group').first().waitFor();
    await page.locator('.cy canvas').first().waitFor();
    const measure = () =>
      page.evaluate<{ nodes: number; smallest: number; overflowing: string[] }>(`(() => {
        const cy = document.querySelector('.cy')._cyreg.cy;
        const nodes = cy.nodes();
        const sizes = nodes.map((n) => parseFloat(n.style('font-size')) * cy.zoom());
        const overflowing = nodes.filter((n) => {
          const shape = n.boundingBox({ includeLabels: false, includeOverlays: false });
          const label = n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
          return label.h > shape.h + 0.5 || label.w > shape.w + 0.5;
        });
        return { nodes: nodes.length, smallest: Math.min(...sizes), overflowing: overflowing.map((n) => n.data('label')) };
      })()`);
    const opening = await measure();
    expect(opening.smallest).toBeGreaterThanOrEqual(11);
    expect(opening.overflowing).toEqual([]);
    // Thirty nodes and more: neighbours' own neighbours shown beside the secretary's.
    await page.locator('.node-list summary').click();
    for (const neighbour of ['Assistant(e) de régulation médicale', 'Secrétaire médical(e)']) {
      await page
        .locator('.node-list li')
        .filter({ hasText: neighbour })
        .first()
        .getByRole('button')
        .click();
      await page
        .locator('aside.node-panel')
        .getByRole('button', { name: /^Afficher ses \d+ voisins/ })
        .click();
    }
    await expect.poll(async () => (await measure()).nodes).toBeGreaterThanOrEqual(30);
    const expanded = await measure();
    console.log(
      `explorer: ${opening.nodes} nodes, smallest label ${opening.smallest.toFixed(1)} px; ` +
        `${expanded.nodes} nodes, ${expanded.smallest.toFixed(1)} px`,
    );
    expect(expanded.smallest).toBeGreaterThanOrEqual(11);
    expect(expanded.overflowing).toEqual([]);
    await screenshot(page, 'explorateur-30-noeuds-1366');
  });

  it('at 390 px the explorer does not scroll sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/?view=explorer`);
    await page.locator('aside.node-panel .link-group').first().waitFor();
    const wide = await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth');
    expect(wide).toBe(true);
    await screenshot(page, 'explorateur-390');
  });

  it('lists the three blocks and what no block covers per path family', async () => {
    await page.goto(`${url}/?view=blocs`);
    const titles = page.locator('article.block h3');
    await titles.first().waitFor();
    expect(await titles.allTextContents()).toEqual([
      "Bloc 1 Gestion de l'information",
      'Bloc 2 Éco-système de soins',
      'Bloc 3 Compétences transversales',
      'En complément Spécialisations et compléments',
    ]);
    // The roles concerned are named, not counted.
    expect(await page.locator('td[data-label="Métiers concernés"]').first().textContent()).toMatch(
      /[A-Za-z]/,
    );
    expect(await page.locator('details.coverage').count()).toBe(5);
    // No training level is the study's: every one is marked as the project's.
    const levels = page.locator('article.block .level-tag');
    expect(await levels.count()).toBeGreaterThan(20);
    expect(await page.locator('article.block .level-tag details.derived-note').count()).toBe(
      await levels.count(),
    );
    await screenshot(page, 'blocs-de-formation');
  });
});

/** The team page with no team of this browser session. */
async function emptyTeamPage() {
  await page.goto(`${url}/?view=equipe`);
  await page.evaluate('sessionStorage.clear()');
  await page.reload();
}

/** The HR persona's steps: import the 12-person CSV and map it against the coordination family. */
async function mapTwelveAgainstCoordination() {
  await page.locator('#team-file').setInputFiles('tests/fixtures/equipe-12.csv');
  await expect.poll(() => page.locator('.team-grid tbody tr').count()).toBe(12);
  await page.locator('#target-kind').selectOption('family');
  await page.locator('#target-value').selectOption('COORDINATION');
  await page.getByRole('button', { name: 'Calculer la carte des écarts' }).click();
}

describe('Carte d’équipe (RH)', () => {
  it('shows the first rows of a 500-person heatmap at once, the rest by slices, and prints them all', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `agent-${i + 1};secretaire-medicale`);
    await page.goto(`${url}/?view=equipe`);
    await page.locator('#team-file').setInputFiles({
      name: 'equipe-500.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['identifiant;métier', ...rows].join('\n')),
    });
    await expect.poll(() => page.locator('.team-grid tbody tr').count()).toBe(500);
    await page.locator('#target-kind').selectOption('family');
    await page.locator('#target-value').selectOption('COORDINATION');
    // A slower processor (×6), so that the slices are seen arriving.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    // At the first frame that shows the heatmap, in the page: how many rows, and « Imprimer »
    // pressed there and then must print every row, not the ones shown so far.
    const firstFrame = page.evaluate<[number, string | null]>(`new Promise((resolve) => {
      window.print = () => {
        window.printedRows = document.querySelectorAll('.heatmap tbody tr').length;
      };
      const look = () => {
        const shown = document.querySelectorAll('.heatmap tbody tr').length;
        if (shown === 0) return requestAnimationFrame(look);
        resolve([shown, document.querySelector('.heatmap').getAttribute('aria-busy')]);
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Imprimer').click();
      };
      look();
    })`);
    await page.getByRole('button', { name: 'Calculer la carte des écarts' }).click();
    const [first, busy] = await firstFrame;
    expect(first).toBeLessThan(500);
    expect(busy).toBe('true');
    await expect.poll(() => page.evaluate('window.printedRows')).toBe(500);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(await page.locator('.heatmap').getAttribute('aria-busy')).toBe('false');
    expect(await page.locator('.team-people tbody tr').count()).toBe(500);
  });

  it('imports a 12-person CSV, maps it against a family, and exports the figures on screen', async () => {
    await page.goto(`${url}/?view=equipe`);
    await mapTwelveAgainstCoordination();
    const people = page.locator('.team-people tbody tr');
    await people.first().waitFor();
    expect(await people.count()).toBe(12);
    expect(await page.locator('.team-summary').textContent()).toContain('12 personnes');
    const planRows = await page.locator('.team-plan tbody tr').allTextContents();
    expect(planRows.length).toBeGreaterThan(0);
    expect(await page.locator('.heatmap tbody tr').count()).toBe(12);
    // The chart of needs per block: one bar per block of the plan, the longest full width.
    const bars = await page.locator('.block-chart-bar span').all();
    expect(bars.length).toBeGreaterThan(0);
    const styles = await Promise.all(bars.map((bar) => bar.getAttribute('style')));
    expect(styles).toContain('width: 100%;');
    expect(
      await page.locator('.heatmap td.gap-1, .heatmap td.gap-2, .heatmap td.gap-3').count(),
    ).toBeGreaterThan(0);
    await screenshot(page, 'carte-equipe');

    // Readiest first: the heatmap's rows follow the readiness bands of the people table.
    const band = new Map<string, string>();
    for (const row of await people.all()) {
      const cells = await row.locator('td').allTextContents();
      band.set(cells[0] ?? '', cells[4] ?? '');
    }
    const order = ['déjà prête', 'moins de 12 mois', '1 à 3 ans', 'plus de 3 ans'];
    await page.locator('#heatmap-rows').selectOption('readiness');
    const ranks = (await page.locator('.heatmap tbody th').allTextContents()).map((id) =>
      order.indexOf(band.get(id) ?? ''),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // One kind of skill only, and a skill's source one click away.
    const allColumns = await page.locator('.heatmap thead button').count();
    await page.locator('#heatmap-kind').selectOption('SAVOIR_FAIRE');
    expect(await page.locator('.heatmap thead button').count()).toBeLessThan(allColumns);
    await page.locator('.heatmap thead button').first().click();
    expect(await page.locator('.heatmap-source').textContent()).toContain('Source');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter (CSV)' }).click(),
    ]);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(exported).toContain('Cible;Coordination et pilotage');
    expect(exported).toMatch(/Version des données;[0-9a-f]{12}\r\n/);
    // Every person and every training item on screen is in the export, with the same figures.
    for (const row of await people.allTextContents()) {
      const id = row.match(/^agent-\d+/)?.[0] ?? '';
      expect(exported).toContain(`${id};`);
    }
    const firstNeed = page.locator('.team-plan tbody tr').first().locator('td');
    const [block, item, count] = await firstNeed.allTextContents();
    expect(exported).toContain(`${block};${item};${count};`);

    // The Excel export, reopened: its four sheets hold the figures of the screen.
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter (Excel)' }).click(),
    ]);
    const sheets = await readXlsxFile(readFileSync(await workbook.path()));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([
      'Synthèse',
      'Carte des écarts',
      'Besoins par bloc',
      'Parcours individuels',
    ]);
    const plan = sheets[2]?.data ?? [];
    expect(plan[1]?.slice(0, 3)).toEqual([block, item, Number(count)]);
    const individual = (sheets[3]?.data ?? []).slice(1);
    expect(individual).toHaveLength(12);
    for (const row of await people.all()) {
      const [id, role, match] = await row.locator('td').allTextContents();
      const line = individual.find((cells) => cells[0] === id);
      expect([line?.[2], `${String(line?.[3])} %`]).toEqual([role, match]);
    }
    // The team survives another view and Back for the browser session, without « Garder »: in
    // sessionStorage, never on the device.
    await page.getByRole('link', { name: 'Mon parcours' }).click();
    await page.locator('#from-role, #to-role').first().waitFor();
    await page.goBack();
    await expect.poll(() => page.locator('.team-grid tbody tr').count()).toBe(12);
    expect(await page.evaluate("localStorage.getItem('passerelles.team.v1')")).toBeNull();
  });

  it('« Voir le parcours » plans from the person’s own levels, without touching the user’s', async () => {
    await emptyTeamPage();
    await mapTwelveAgainstCoordination();
    const row = page.locator('.team-people tbody tr', { hasText: 'agent-01' });
    await row.getByRole('link', { name: 'Voir le parcours' }).click();
    await expect
      .poll(() => page.locator('.borrowed-levels').textContent())
      .toContain('« agent-01 »');
    // Her file says « approfondies » in Bureautique, above her job's level (shown once the
    // levels are opened, as she would).
    await page.getByText('Ajuster mes compétences (facultatif)').click();
    const office = page.getByLabel('Bureautique', { exact: true });
    expect(await office.inputValue()).toBe('DEEP');
    expect(page.url()).not.toContain('agent-01');
    // Another person's levels are not the user's own profile.
    expect(await page.evaluate("localStorage.getItem('passerelles.profile.v1')")).toBeNull();
    await page.getByRole('button', { name: 'Revenir à mes propres niveaux' }).click();
    await expect.poll(() => office.inputValue()).not.toBe('DEEP');
    await expect.poll(() => page.locator('.borrowed-levels').count()).toBe(0);
  });

  it('heatmap: darker means more levels missing, and the « niveau déduit » mark is legible on every shade', async () => {
    await emptyTeamPage();
    await mapTwelveAgainstCoordination();
    await page.locator('.heatmap tbody tr').first().waitFor();
    const cells = await page.evaluate<
      { steps: number; luminance: number; markContrast: number | null }[]
    >(`(() => {
      const rgb = (css) => css.match(/[0-9.]+/g).slice(0, 3).map(Number);
      const luminance = (css) => {
        const [r, g, b] = rgb(css).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a, b) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      return [...document.querySelectorAll('.heatmap tbody td')].map((td) => {
        const mark = td.querySelector('.derived-mark');
        const background = getComputedStyle(td).backgroundColor;
        return {
          steps: Number(td.className.match(/gap-(\\d)/)[1]),
          luminance: luminance(background),
          markContrast: mark ? contrast(getComputedStyle(mark).color, background) : null,
        };
      });
    })()`);
    const shades = new Map(cells.map((c) => [c.steps, c.luminance]));
    expect([...shades.keys()].sort()).toEqual([0, 1, 2, 3]);
    expect([0, 1, 2, 3].map((n) => shades.get(n))).toEqual(
      [...shades.values()].sort((a, b) => b - a),
    );
    const marks = cells.filter((c) => c.markContrast !== null);
    expect(new Set(marks.map((c) => c.steps)).size).toBeGreaterThan(1);
    for (const mark of marks) expect(mark.markContrast).toBeGreaterThanOrEqual(4.5);
  });

  it('at 390 px the team map scrolls only inside its heatmap, never the page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/?view=equipe`);
    await mapTwelveAgainstCoordination();
    await page.locator('.team-people tbody tr').first().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
      true,
    );
    await screenshot(page, 'carte-equipe-390');
  });

  it('imports a team from an Excel file', async () => {
    const { default: writeExcelFile } = await import('write-excel-file/universal');
    const blob = await writeExcelFile([
      ['identifiant', 'métier', 'Bureautique'],
      ['agent-01', 'secretaire-medicale', 'approfondies'],
      ['agent-02', 'adjoint-administratif-hospitalier', 1],
    ]).toBlob();
    await page.goto(`${url}/?view=equipe`);
    await page.locator('#team-file').setInputFiles({
      name: 'equipe.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await blob.arrayBuffer()),
    });
    await expect.poll(() => page.locator('.team-grid tbody tr').count()).toBe(2);
    const second = page.locator('.team-grid tbody tr').nth(1);
    const levels = second.getByRole('button', { name: /^Niveaux/ });
    expect(await levels.textContent()).toBe('Niveaux (1 ajusté(s))');
    // A level changed in the grid counts as adjusted, like an imported one.
    await levels.click();
    await page.locator('#member-1-skill-k-vocabulaire-medical').selectOption('DEEP');
    expect(await levels.textContent()).toBe('Niveaux (2 ajusté(s))');
  });

  it('for a team sent to the ARM, the DARM bloc by bloc: whom to send to a VAE, whom to train, at 390 px too', async () => {
    await emptyTeamPage();
    await page.locator('#team-file').setInputFiles({
      name: 'equipe-arm.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'identifiant;métier;Identifier les informations communicables à autrui en respectant le secret professionnel',
          'agent-01;AMA;opérationnelles',
          'agent-02;AMA;générales',
        ].join('\n'),
      ),
    });
    await expect.poll(() => page.locator('.team-grid tbody tr').count()).toBe(2);
    await page.locator('#target-kind').selectOption('role');
    await page.locator('#target-value').selectOption('assistant-regulation-medicale');
    await page.getByRole('button', { name: 'Calculer la carte des écarts' }).click();
    const plan = page.locator('section[aria-labelledby="team-diplomas-title"]');
    await plan.waitFor();
    expect(await plan.locator('p').first().textContent()).toContain(
      'pour 2 personnes de l’équipe : ce diplôme s’obtient aussi par la VAE, bloc par bloc',
    );
    const third = plan.locator('tbody tr').nth(2);
    expect(await third.locator('th').textContent()).toContain('Traitement des informations');
    expect(await third.locator('td').allTextContents()).toEqual(['agent-01', 'agent-02', '—']);
    expect(await plan.locator('.hint').textContent()).toContain('lecture du projet');
    await screenshot(page, 'equipe-darm');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await fitsWidth(page)).toBe(true);
  });

  it('says what is wrong with a file, row and column, and imports nothing', async () => {
    await emptyTeamPage();
    await page.locator('#team-file').setInputFiles({
      name: 'equipe.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('identifiant;métier;Bureautique\nagent-01;AMA;expert\n'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'Ligne 2, colonne « Bureautique » : niveau inconnu « expert »',
    );
    expect(await page.locator('.team-grid tbody tr').count()).toBe(0);
  });

  it('imports each level’s evidence, marks it on the heatmap, and counts only proven levels when asked', async () => {
    await emptyTeamPage();
    await page.locator('#team-file').setInputFiles({
      name: 'equipe.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'identifiant;métier;PMSI, T2A et nomenclatures nationales et internationales de codage',
          'agent-01;AMA;opérationnelles',
          'agent-02;AMA;opérationnelles validé le 12/03/2026',
        ].join('\n'),
      ),
    });
    await expect.poll(() => page.locator('.team-grid tbody tr').count()).toBe(2);
    await page.locator('#target-kind').selectOption('role');
    await page.locator('#target-value').selectOption('technicien-information-medicale');
    await page.getByRole('button', { name: 'Calculer la carte des écarts' }).click();
    const people = page.locator('table.team-people');
    await people.waitFor();
    const matchOf = async (id: string) =>
      (await people.locator('tr', { hasText: id }).locator('td').nth(2).textContent()) ?? '';
    const cell = (id: string) =>
      page.locator('.heatmap tbody tr', { hasText: id }).locator('.evidence-mark');
    expect(await cell('agent-01').textContent()).toBe(' D (actuel : opérationnelles, déclaré)');
    expect(await cell('agent-02').textContent()).toBe(
      ' V (actuel : opérationnelles, validé le 12/03/2026)',
    );
    const before = [await matchOf('agent-01'), await matchOf('agent-02')];
    expect(before[0]).toBe(before[1]);
    // Validated or certified levels only: the declared one no longer counts above the job's.
    await page.locator('#min-evidence').selectOption({ label: 'validés ou certifiés seulement' });
    await expect.poll(() => matchOf('agent-01')).not.toBe(before[0]);
    expect(await matchOf('agent-02')).toBe(before[1]);
    expect(await cell('agent-01').count()).toBe(0);
    await screenshot(page, 'equipe-preuves');
  });

  it('imports the job names people write, and asks, row by row, for the ones that are not sure', async () => {
    await emptyTeamPage();
    await page.locator('#team-file').setInputFiles({
      name: 'equipe.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'identifiant;métier actuel',
          'agent-01;AMA',
          'agent-02;Aide-soignante',
          'agent-03;Assistante',
          'agent-04;adjointe administrative',
          'agent-05;IDE',
        ].join('\n'),
      ),
    });
    // « Assistante » could be several jobs: nothing is imported until the person chooses.
    const heading = page.getByRole('heading', { name: 'Métiers à préciser (1)' });
    await heading.waitFor();
    await expect
      .poll(() => page.evaluate('document.activeElement?.textContent'))
      .toBe('Métiers à préciser (1)');
    expect(await page.locator('.team-grid tbody tr').count()).toBe(0);
    const choice = page.getByLabel('Ligne 4 : « Assistante »');
    const closest = await choice
      .locator('optgroup[label="Les plus proches"] option')
      .allTextContents();
    expect(closest).toContain('Assistant(e) médical(e) (cabinet libéral)');
    expect(closest).toContain('Assistant(e) de direction');
    const confirm = page.getByRole('button', { name: 'Importer avec ces choix' });
    expect(await confirm.isDisabled()).toBe(true);
    // By keyboard: the field, its option, then the button.
    await choice.focus();
    await choice.selectOption({ label: 'Assistant(e) médical(e) (cabinet libéral)' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.team-grid tbody tr').count()).toBe(5);
    const jobs = await page.evaluate(
      `[...document.querySelectorAll('.team-grid select[aria-label^="Métier actuel"]')]
         .map((s) => s.selectedOptions[0]?.textContent ?? '')`,
    );
    expect(jobs).toEqual([
      'Secrétaire médical(e) – Assistant(e) médico-administratif(ve)',
      'Aide-soignant(e) en reclassement ou reconversion',
      'Assistant(e) médical(e) (cabinet libéral)',
      "Adjoint(e) administratif(ve) hospitalier(ère) – agent(e) d'administration",
      "Infirmier(e) diplômé(e) d'État en reclassement",
    ]);
    expect(await page.getByRole('heading', { name: /Métiers à préciser/ }).count()).toBe(0);
  });
});
