import { describe, expect, it } from 'vitest';
import {
  decodeSpreadsheetText,
  MAX_TEAM_ROWS,
  parseLevelCell,
  parseTeamCsv,
} from './team-import.js';

const roles = [
  {
    id: 'secretaire-medicale',
    title: 'Secrétaire médical(e) – Assistant(e) médico-administratif(ve)',
    aliases: ['Secrétaire médicale', 'AMA', 'Assistante médico-administrative'],
  },
  {
    id: 'technicien-information-medicale',
    title: "Technicien(ne) d'information médicale (TIM)",
    aliases: ['TIM'],
  },
  { id: 'ama-unite-service', title: "AMA de l'unité / du service" },
  { id: 'aide-soignant', title: 'Aide-soignant(e) en reclassement', aliases: ['Aide-soignante'] },
  { id: 'assistant-direction', title: 'Assistant(e) de direction' },
  { id: 'assistante-medicale', title: 'Assistant(e) médical(e) (cabinet libéral)' },
];
const skills = [
  { id: 'k-bureautique', label: 'Bureautique' },
  { id: 'k-vocabulaire-medical', label: 'Vocabulaire médical' },
];

const problems = (text: string) => {
  const result = parseTeamCsv(text, roles, skills);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => `${p.row ?? '-'} ${p.column ?? '-'}: ${p.reason}`);
};

describe('parseTeamCsv', () => {
  it('reads a French Excel CSV: semicolons, role by title or id, levels by word or number', () => {
    const result = parseTeamCsv(
      [
        'Identifiant;Métier;Bureautique;k-vocabulaire-medical',
        'p-01;SECRETAIRE MEDICAL(E) – ASSISTANT(E) MEDICO-ADMINISTRATIF(VE);approfondies;',
        'p-02;technicien-information-medicale;0;Opérationnelles',
        'p-03;secretaire-medicale;;3',
      ].join('\r\n'),
      roles,
      skills,
    );
    expect(result).toEqual({
      ok: true,
      members: [
        { id: 'p-01', currentRoleId: 'secretaire-medicale', levels: { 'k-bureautique': 'DEEP' } },
        {
          id: 'p-02',
          currentRoleId: 'technicien-information-medicale',
          levels: { 'k-bureautique': null, 'k-vocabulaire-medical': 'OPERATIONAL' },
        },
        {
          id: 'p-03',
          currentRoleId: 'secretaire-medicale',
          levels: { 'k-vocabulaire-medical': 'DEEP' },
        },
      ],
    });
  });

  it('takes the job by the names people give it: genders, accents, abbreviations', () => {
    const result = parseTeamCsv(
      [
        'identifiant;métier actuel',
        'p-01;AMA',
        'p-02;secretaire medicale',
        'p-03;Aide-soignante',
        'p-04;tim',
        'p-05;assistante médico administrative',
      ].join('\n'),
      roles,
      skills,
    );
    expect(result.ok ? result.members.map((m) => m.currentRoleId) : result).toEqual([
      'secretaire-medicale',
      'secretaire-medicale',
      'aide-soignant',
      'technicien-information-medicale',
      'secretaire-medicale',
    ]);
  });

  it('imports nothing silently wrong: an ambiguous or unknown job waits for the person’s choice', () => {
    const file = ['identifiant;métier', 'p-01;AMA', 'p-02;Assistante', 'p-03;astronaute'].join(
      '\n',
    );
    const first = parseTeamCsv(file, roles, skills);
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.problems).toEqual([]);
    expect(first.pending.map((p) => [p.row, p.text, p.candidates.map((r) => r.id)])).toEqual([
      [3, 'Assistante', ['assistant-direction', 'secretaire-medicale', 'assistante-medicale']],
      [4, 'astronaute', []],
    ]);
    // One choice is not enough: still nothing.
    expect(parseTeamCsv(file, roles, skills, { 3: 'assistante-medicale' }).ok).toBe(false);
    const chosen = parseTeamCsv(file, roles, skills, {
      3: 'assistante-medicale',
      4: 'aide-soignant',
    });
    expect(chosen.ok ? chosen.members.map((m) => m.currentRoleId) : chosen).toEqual([
      'secretaire-medicale',
      'assistante-medicale',
      'aide-soignant',
    ]);
  });

  it('takes commas too', () => {
    const result = parseTeamCsv('id,metier\np-01,secretaire-medicale', roles, skills);
    expect(result.ok).toBe(true);
  });

  it('reports every problem at once, with row and column, and imports nothing', () => {
    expect(
      problems(
        [
          'identifiant;métier;Bureautique',
          'p-01;secretaire-medicale;expert',
          'p-02;astronaute;1',
          'p-01;secretaire-medicale;2',
          ';secretaire-medicale;',
        ].join('\n'),
      ),
    ).toEqual([
      '2 Bureautique: niveau inconnu « expert » : attendu aucune, générales, opérationnelles, approfondies ou 0 à 3',
      '4 identifiant: identifiant « p-01 » déjà utilisé ligne 2',
      '5 identifiant: identifiant vide',
    ]);
  });

  it('refuses unknown or missing columns, an empty file and too many rows', () => {
    expect(problems('identifiant;métier;Astrologie\np-01;secretaire-medicale;1')).toEqual([
      '1 Astrologie: colonne inconnue : ni une compétence ni un champ attendu',
    ]);
    expect(problems('nom;Bureautique\nMarie;1')).toEqual([
      '1 -: il manque la colonne « identifiant »',
      '1 -: il manque la colonne « métier »',
      '1 nom: colonne inconnue : ni une compétence ni un champ attendu',
    ]);
    expect(problems('identifiant;métier\n')).toEqual([
      '- -: le fichier ne contient aucune personne',
    ]);
    const crowd = Array.from({ length: MAX_TEAM_ROWS + 1 }, (_, i) => `p-${i};secretaire-medicale`);
    expect(problems(['identifiant;métier', ...crowd].join('\n'))).toEqual([
      '- -: le fichier contient 501 personnes : 500 au plus',
    ]);
  });
});

describe('decodeSpreadsheetText', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);

  it('reads UTF-8 with or without a BOM, and Windows-1252', () => {
    const utf8 = new TextEncoder().encode('métier');
    expect(decodeSpreadsheetText(utf8)).toEqual({ text: 'métier' });
    expect(decodeSpreadsheetText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: 'métier',
    });
    // « métier » in Windows-1252: é is 0xE9, not valid UTF-8 on its own.
    expect(decodeSpreadsheetText(bytes(0x6d, 0xe9, 0x74, 0x69, 0x65, 0x72))).toEqual({
      text: 'métier',
    });
  });

  it('refuses a binary file and bytes no encoding explains', () => {
    expect(decodeSpreadsheetText(bytes(0x50, 0x4b, 0x03, 0x04, 0x00))).toHaveProperty('problem');
    expect(decodeSpreadsheetText(bytes(0x61, 0x81, 0xe9))).toHaveProperty('problem');
  });
});

describe('how a level is known, in its cell', () => {
  it('reads the evidence and its date as HR writes them after the level', () => {
    const today = '2026-12-07';
    expect(parseLevelCell('opérationnelles', today)).toEqual({
      level: 'OPERATIONAL',
      evidence: null,
    });
    expect(parseLevelCell('Opérationnelles validé le 12/03/2026', today)).toEqual({
      level: 'OPERATIONAL',
      evidence: { kind: 'VALIDATED', date: '2026-03-12' },
    });
    expect(parseLevelCell('3 (certifiée 2025-07-03)', today)).toEqual({
      level: 'DEEP',
      evidence: { kind: 'CERTIFIED', date: '2025-07-03' },
    });
    expect(parseLevelCell('générales ; déclaré', today)).toEqual({
      level: 'GENERAL',
      evidence: { kind: 'DECLARED', date: null },
    });
  });

  it('says what is wrong: an unknown word, a day that is none or is still to come', () => {
    const today = '2026-12-07';
    expect(parseLevelCell('opérationnelles prouvé', today)).toEqual({
      problem:
        '« opérationnelles prouvé » : après le niveau, facultatif : déclaré, validé ou certifié, et la date (« opérationnelles validé le 12/03/2026 »)',
    });
    expect(parseLevelCell('2 validé le 31/02/2026', today)).toEqual({
      problem: 'date « 31/02/2026 » : attendue JJ/MM/AAAA, un jour passé',
    });
    expect(parseLevelCell('2 validé le 01/01/2027', today)).toEqual({
      problem: 'date « 01/01/2027 » : attendue JJ/MM/AAAA, un jour passé',
    });
  });

  it('a team file carries each level’s evidence, row by row, and reports a bad one by row and column', () => {
    const result = parseTeamCsv(
      [
        'identifiant;métier;Bureautique;Vocabulaire médical',
        'p-01;AMA;approfondies validé le 12/03/2026;opérationnelles',
        'p-02;AMA;aucune certifié;',
      ].join('\n'),
      roles,
      skills,
    );
    expect(result).toEqual({
      ok: true,
      members: [
        {
          id: 'p-01',
          currentRoleId: 'secretaire-medicale',
          levels: { 'k-bureautique': 'DEEP', 'k-vocabulaire-medical': 'OPERATIONAL' },
          evidence: { 'k-bureautique': { kind: 'VALIDATED', date: '2026-03-12' } },
        },
        // « aucune » has nothing to prove: no evidence kept.
        { id: 'p-02', currentRoleId: 'secretaire-medicale', levels: { 'k-bureautique': null } },
      ],
    });
    expect(problems(['identifiant;métier;Bureautique', 'p-01;AMA;2 vérifié'].join('\n'))).toEqual([
      '2 Bureautique: « 2 vérifié » : après le niveau, facultatif : déclaré, validé ou certifié, et la date (« opérationnelles validé le 12/03/2026 »)',
    ]);
  });
});
