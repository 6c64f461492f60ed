import { mkdtempSync, readdirSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRome } from './parse-rome.js';
import { readRomeFolder } from './read-rome.js';
import type { RomeTexts } from './rome-files.js';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/rome-mini');

function fixtureTexts(): RomeTexts {
  const read = readRomeFolder(FIXTURE);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.texts;
}

const errorsOf = (texts: RomeTexts) => {
  const parsed = parseRome(texts);
  return parsed.ok ? [] : parsed.errors.map((e) => `${e.where} — ${e.message}`);
};

let scratch: string | null = null;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
});

describe('reading a ROME release', () => {
  it('builds fiches with domain and appellations, items, links with ROME’s core mark, ranked moves', () => {
    const parsed = parseRome(fixtureTexts());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const { release, fiches, skills, requires, mobilities } = parsed.graph;
    expect(release).toMatchObject({ code: 'v460', published: '2025-09-18' });
    expect(fiches.map((f) => f.id)).toEqual(['M1609', 'M1607', 'M1602', 'J1506']);
    const secretary = fiches[0]!;
    expect(secretary).toMatchObject({ regulated: false, domain: 'Secrétariat et assistance' });
    expect(secretary.appellations).toContain(
      'Assistant médico-administratif / Assistante médico-administrative',
    );
    expect(secretary.source).toBe(
      'France Travail — ROME 4.0 v460 (18/09/2025), unix_referentiel_code_rome_v460_utf8.csv',
    );
    expect(fiches[3]?.regulated).toBe(true);
    // Texts in ROME's order, their doubled apostrophes undone.
    expect(fiches[3]?.access).toBe(
      'Cet emploi est accessible avec un Diplôme d’Etat d’Infirmier, obligatoire pour exercer. Celui-ci peut être complété par l’AFGSU niveau 2.',
    );
    expect(secretary.definition).toMatch(/^Accueille et renseigne les patients/);
    expect(skills).toHaveLength(8);
    expect(skills.find((s) => s.id === '105')).toMatchObject({ kind: 'SAVOIR_ETRE' });
    expect(skills.find((s) => s.id === '104')).toMatchObject({ origin: 'MACRO_COMPETENCE' });
    // Block 1 (the code itself) is not a requirement; block 5 is.
    expect(requires).toHaveLength(12);
    const link = (fiche: string, skill: string) =>
      requires.find((r) => r.fiche === fiche && r.skill === skill);
    expect(link('M1609', '101')).toMatchObject({ core: 'PRINCIPALE', level: 'OPERATIONAL' });
    expect(link('M1609', '105')).toMatchObject({ core: 'EMERGENTE', level: 'GENERAL' });
    expect(link('M1609', '202')).toMatchObject({ core: null, level: 'GENERAL', kind: 'KNOWLEDGE' });
    expect(link('M1609', '202')?.levelSource).toMatch(/^derived: ROME ne donne pas de niveau/);
    expect(mobilities.find((m) => m.from === 'M1609' && m.to === 'M1602')?.rank).toBe(5);
  });

  it('names every missing file, and a folder of no release', () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'rome-'));
    for (const name of readdirSync(FIXTURE))
      if (!name.includes('rubrique_mobilite') && !name.includes('coherence'))
        copyFileSync(path.join(FIXTURE, name), path.join(scratch, name));
    const read = readRomeFolder(scratch);
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.errors.map((e) => e.where)).toEqual([
      'unix_coherence_item_v460_utf8.csv',
      'unix_rubrique_mobilite_v460_utf8.csv',
    ]);
    const empty = readRomeFolder(path.join(scratch, 'nowhere'));
    expect(empty.ok ? '' : empty.errors[0]?.message).toBe('no such folder');
  });

  it('refuses a bad header, naming the missing column', () => {
    const texts = fixtureTexts();
    texts.files.mobilities.text = texts.files.mobilities.text.replace('numero_ordre', 'rang');
    expect(errorsOf(texts)).toEqual([
      'unix_rubrique_mobilite_v460_utf8.csv: line 1 — bad header: missing column(s) numero_ordre (found: code_rome, code_rome_cible, rang)',
    ]);
  });

  it('refuses a dangling code and a duplicate, with their file and line', () => {
    const texts = fixtureTexts();
    texts.files.mobilities.text += '"M1609","X9999","7"\n';
    texts.files.fiches.text += '"M1607","515","480","Secrétaire bis","","","","N","N","M1607"\n';
    texts.files.links.text += '"M1602","5","1","999"\n';
    expect(errorsOf(texts)).toEqual([
      'unix_referentiel_code_rome_v460_utf8.csv: line 6 — duplicate fiche M1607',
      'unix_liens_rome_referentiels_v460_utf8.csv: line 15 — dangling competence or savoir « 999 »',
      'unix_rubrique_mobilite_v460_utf8.csv: line 6 — dangling target fiche « X9999 »',
    ]);
  });

  it('refuses a release note that does not match the files', () => {
    const texts = fixtureTexts();
    texts.versionNote = texts.versionNote.replace(
      'Numero de version : 60',
      'Numero de version : 61',
    );
    expect(errorsOf(texts)).toEqual(["version.txt — version 61 does not match the files' v460"]);
  });
});
