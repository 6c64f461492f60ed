import { describe, expect, it } from 'vitest';
import { isXlsx, mergeTeamFiles, readTeamFile } from './team-file.js';
import { toXlsx } from './team-xlsx.js';

const roles = [
  { id: 'secretaire-medicale', title: 'Secrétaire médical(e)', aliases: ['AMA'] },
  { id: 'technicien-information-medicale', title: "Technicien(ne) d'information médicale" },
];
const skills = [{ id: 'k-bureautique', label: 'Bureautique' }];
/** Windows-1252, as Excel saves « CSV (séparateur : point-virgule) » in France. */
const windows1252 = (text: string) =>
  new Uint8Array(Array.from(text, (c) => (c === 'é' ? 0xe9 : c.charCodeAt(0))));

describe('a team file as a person picks it', () => {
  it('tells an Excel workbook by its name or by its type, whatever the case of the name', () => {
    expect(isXlsx({ name: 'Équipe.XLSX', type: '' })).toBe(true);
    expect(
      isXlsx({
        name: 'équipe',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    ).toBe(true);
    expect(isXlsx({ name: 'équipe.csv', type: 'text/csv' })).toBe(false);
  });

  it('reads a CSV saved by Excel in Windows-1252', async () => {
    const file = new File(
      [windows1252('Identifiant;Métier;Bureautique\r\np-1;AMA;générales\r\n')],
      'équipe.csv',
      { type: 'text/csv' },
    );
    expect(await readTeamFile(file, roles, skills)).toEqual({
      ok: true,
      members: [
        { id: 'p-1', currentRoleId: 'secretaire-medicale', levels: { 'k-bureautique': 'GENERAL' } },
      ],
    });
  });

  it('reads a workbook even when its name says nothing, by its type', async () => {
    const blob = await toXlsx([
      {
        sheet: 'Équipe',
        data: [
          ['Identifiant', 'Métier', 'Bureautique'],
          ['p-1', 'Technicien(ne) d’information médicale', 2],
        ],
      },
    ]);
    const file = new File([blob], 'export', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const result = await readTeamFile(file, roles, skills);
    expect(result.ok && result.members[0]?.currentRoleId).toBe('technicien-information-medicale');
  });

  it('says how to save a file that is not text, as one problem, importing nothing', async () => {
    const file = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])], 'équipe.csv');
    expect(await readTeamFile(file, roles, skills)).toEqual({
      ok: false,
      problems: [
        {
          row: null,
          column: null,
          reason: 'ce fichier n’est pas un fichier texte (CSV) : enregistrez-le au format CSV',
        },
      ],
      pending: [],
    });
  });
});

describe('several team files at once', () => {
  const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
  const read = async (files: File[]) =>
    mergeTeamFiles(
      await Promise.all(
        files.map(async (f) => ({ name: f.name, result: await readTeamFile(f, roles, skills) })),
      ),
    );

  it('makes one team of each person’s file, in the order of the files', async () => {
    const merged = await read([
      file('anne.csv', 'identifiant;métier;Bureautique\nagent-1;AMA;générales validé'),
      file('bea.csv', 'identifiant;métier\nagent-2;AMA'),
    ]);
    expect(merged).toEqual({
      ok: true,
      members: [
        {
          id: 'agent-1',
          currentRoleId: 'secretaire-medicale',
          levels: { 'k-bureautique': 'GENERAL' },
          evidence: { 'k-bureautique': { kind: 'VALIDATED', date: null } },
        },
        { id: 'agent-2', currentRoleId: 'secretaire-medicale', levels: {} },
      ],
    });
  });

  it('names the file of each problem, an identifier used twice, and imports nothing', async () => {
    const merged = await read([
      file('anne.csv', 'identifiant;métier\nagent-1;AMA'),
      file('bea.csv', 'identifiant;métier\nagent-1;AMA'),
      file('carla.csv', 'identifiant;métier;Bureautique\nagent-3;AMA;expert'),
      file('dora.csv', 'identifiant;métier\nagent-4;Technicienne'),
    ]);
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.problems.map((p) => `${p.file ?? ''} ${String(p.row)}: ${p.reason}`)).toEqual([
      'bea.csv null: identifiant « agent-1 » déjà utilisé dans « anne.csv »',
      'carla.csv 2: niveau inconnu « expert » : attendu aucune, générales, opérationnelles, approfondies ou 0 à 3',
      'dora.csv 2: métier « Technicienne » incertain : importez ce fichier seul pour le choisir',
    ]);
  });
});
