import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { RomeCredentials } from '../../schema/rome.js';
import { parseRome } from './parse-rome.js';
import { readRomeFolder } from './read-rome.js';
import { checkRomeCredentials, readRomeCredentials } from './rome-credentials.js';

const RELEASE = path.resolve(import.meta.dirname, '../../../shared/datasets/rome-v460');

function credentials(): RomeCredentials {
  const read = readRomeCredentials();
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.credentials;
}

/** Reads the given diplomas as the import would, from a file of their own. */
function readWritten(credentials: unknown[]) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'credentials-')), 'rome-credentials.yaml');
  writeFileSync(file, stringify({ credentials }));
  return readRomeCredentials(file);
}

function releaseFiches() {
  const read = readRomeFolder(RELEASE);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const release = parseRome(read.texts);
  if (!release.ok) throw new Error(JSON.stringify(release.errors));
  return release.graph.fiches;
}

describe('the diplomas of regulated jobs (seeds/rome-credentials.yaml)', () => {
  it.runIf(existsSync(RELEASE))(
    "name v460's regulated fiches, each with ROME's own words for its diploma",
    () => {
      const file = credentials();
      const fiches = releaseFiches();
      expect(checkRomeCredentials(file, fiches)).toEqual([]);
      const cadre = file.credentials.find((c) => c.fiches.includes('J1502'));
      expect(cadre?.requires?.anyOf).toContain('infirmier');
      // A quote ROME does not hold, a fiche ROME does not regulate, a rule ROME does not state.
      const [first, second] = file.credentials;
      const wrong: RomeCredentials = {
        credentials: [
          { ...first!, quotes: ['Diplôme de pilote de ligne'] },
          { ...second!, fiches: ['M1609'] },
          {
            ...file.credentials.find((c) => c.id === 'infirmier-anesthesiste')!,
            requires: {
              ...file.credentials.find((c) => c.id === 'infirmier-anesthesiste')!.requires!,
              romeQuote: 'sans aucune expérience',
            },
          },
        ],
      };
      expect(checkRomeCredentials(wrong, fiches).map((e) => e.message)).toEqual([
        ...first!.fiches.map(
          (code) => `ROME's access text of ${code} holds none of « Diplôme de pilote de ligne »`,
        ),
        'fiche M1609 is not a regulated job in ROME',
        expect.stringContaining("ROME's access text of M1609 holds none of"),
        "ROME's access text of J1503 does not say « sans aucune expérience »",
      ]);
    },
  );

  it('follows the law as it stands, each rule and length citing its text, article and date', () => {
    const byId = new Map(credentials().credentials.map((c) => [c.id, c]));
    const today = new Date().toISOString().slice(0, 10);
    for (const c of byId.values()) {
      const laws = [c.monthsLaw, c.admission?.law, c.requires?.law].filter((l) => l != null);
      // A length no text of health law sets says so in its rationale; every rule has its text.
      if (c.requires) expect(c.requires.law, c.id).toBeDefined();
      for (const law of laws)
        expect(law.checked <= today, `${c.id} checked ${law.checked}`).toBe(true);
    }
    // ARM: one year (1,470 hours), entered with a bac, a level-4 title or three years' experience.
    expect(byId.get('regulation-medicale')).toMatchObject({
      months: 12,
      admission: { law: { article: 'art. 3 à 5' } },
    });
    // Midwives: six years since loi 2023-29 (the third cycle), the doctor's diploma in maïeutique.
    expect(byId.get('sage-femme')?.months).toBe(72);
    expect(byId.get('sage-femme')?.label).toContain('docteur en maïeutique');
    // IADE: nurses only, two years of nursing first (arrêté of 23 July 2012, art. 6), not midwives.
    const iade = byId.get('infirmier-anesthesiste')?.requires;
    expect(iade).toMatchObject({ anyOf: ['infirmier'], experienceMonths: 24 });
    expect(iade?.law.text).toMatch(/^Arrêté du 23 juillet 2012/);
    expect(iade?.law.article).toBe('art. 6');
    // IBODE: nurses and midwives, no practice first since 2020.
    expect(byId.get('infirmier-bloc-operatoire')?.requires).toMatchObject({
      anyOf: ['infirmier', 'sage-femme'],
      experienceMonths: 0,
    });
  });

  it('refuses a rule or a length without a well-formed legal reference, naming the field', () => {
    const cadre = credentials().credentials.find((c) => c.id === 'cadre-sante')!;
    const { law, ...lawless } = cadre.requires!;
    const read = readWritten([
      { ...cadre, requires: lawless },
      { ...cadre, id: 'a', monthsLaw: { ...law, text: 'Arrêté relatif au cadre de santé' } },
      { ...cadre, id: 'b', monthsLaw: { ...law, text: 'Code de la santé publique' } },
      { ...cadre, id: 'c', monthsLaw: { ...law, article: 'article quatre' } },
      { ...cadre, id: 'd', monthsLaw: { ...law, checked: '2026-13-45' } },
      { ...cadre, id: 'e', monthsLaw: undefined },
    ]);
    expect(read.ok ? [] : read.errors.map((e) => e.where)).toEqual([
      'rome-credentials.yaml: credentials.0.requires.law',
      'rome-credentials.yaml: credentials.1.monthsLaw.text',
      'rome-credentials.yaml: credentials.2.monthsLaw.article',
      'rome-credentials.yaml: credentials.3.monthsLaw.article',
      'rome-credentials.yaml: credentials.4.monthsLaw.checked',
      'rome-credentials.yaml: credentials.5.monthsLaw',
    ]);
  });

  it('refuses a file whose ids do not hold together, naming the line', () => {
    const { requires, ...base } = credentials().credentials.find((c) => c.id === 'cadre-sante')!;
    const wrongRule = { ...requires!, anyOf: ['cadre-sante', 'pilote'] };
    const read = readWritten([
      { ...base, requires: wrongRule },
      { ...base },
      { ...base, id: 'sans-duree', months: 0 },
    ]);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.where)).toEqual([
      'rome-credentials.yaml: credentials.2.months',
    ]);
    const again = readWritten([{ ...base, requires: wrongRule }, { ...base }]);
    expect(again.ok ? [] : again.errors).toEqual([
      { where: 'rome-credentials.yaml: credentials.0', message: 'cadre-sante requires itself' },
      {
        where: 'rome-credentials.yaml: credentials.0',
        message: 'no diploma « pilote » to require',
      },
      {
        where: 'rome-credentials.yaml: credentials.1',
        message: 'diploma cadre-sante listed twice',
      },
      {
        where: 'rome-credentials.yaml: credentials.1',
        message: 'fiche J1502 is already entered with cadre-sante',
      },
    ]);
  });
});
