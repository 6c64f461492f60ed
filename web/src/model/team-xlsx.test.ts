import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import type { TeamGap } from '../api/types.js';
import { readTeamXlsx, teamMapSheets, templateSheets, toXlsx } from './team-xlsx.js';

const roles = [
  {
    id: 'secretaire-medicale',
    title: 'Secrétaire médical(e)',
    aliases: ['AMA', 'Secrétaire médicale'],
  },
];
const skills = [
  { id: 'k-bureautique', label: 'Bureautique', kind: 'KNOWLEDGE' as const, source: 's' },
  { id: 'sf-accueil', label: 'Accueillir', kind: 'SAVOIR_FAIRE' as const, source: 's' },
];

/** What a spreadsheet program reads back from a workbook we wrote. */
async function reopen(sheets: Parameters<typeof toXlsx>[0]) {
  const blob = await toXlsx(sheets);
  return readXlsxFile(await blob.arrayBuffer());
}

describe('the .xlsx template and import', () => {
  it('writes a template a person fills in, whose team then imports, levels as words or numbers', async () => {
    const [team, jobs, listing] = templateSheets(skills, roles);
    // The second sheet lists every job with its id and the everyday names the import takes.
    expect(jobs?.data).toEqual([
      ['id', 'intitulé', 'noms usuels acceptés dans la colonne « métier »'],
      ['secretaire-medicale', 'Secrétaire médical(e)', 'AMA ; Secrétaire médicale'],
    ]);
    expect(listing?.data.slice(0, 3)).toEqual([
      ['id', 'type', 'libellé'],
      ['sf-accueil', 'Savoir-faire', 'Accueillir'],
      ['k-bureautique', 'Connaissances', 'Bureautique'],
    ]);
    const filled = {
      sheet: 'Équipe',
      data: [
        team!.data[0]!,
        ['p-001', 'Secrétaire médical(e)', 'approfondies', 2],
        ['p-002', 'secretaire-medicale', null, 0],
      ],
    };
    const blob = await toXlsx([filled, listing!]);
    expect(await readTeamXlsx(blob, roles, skills)).toEqual({
      ok: true,
      members: [
        {
          id: 'p-001',
          currentRoleId: 'secretaire-medicale',
          levels: { 'sf-accueil': 'DEEP', 'k-bureautique': 'OPERATIONAL' },
        },
        { id: 'p-002', currentRoleId: 'secretaire-medicale', levels: { 'k-bureautique': null } },
      ],
    });
  });

  it('reports a sheet problem with its row and column, and a file that is no workbook', async () => {
    const blob = await toXlsx([
      {
        sheet: 'Équipe',
        data: [
          ['identifiant', 'métier'],
          ['p-001', 'astronaute'],
        ],
      },
    ]);
    const result = await readTeamXlsx(blob, roles, skills);
    // A job no one knows is no problem of the file but a choice of the person's, row by row.
    expect(result).toEqual({
      ok: false,
      problems: [],
      pending: [{ row: 2, text: 'astronaute', candidates: [] }],
    });
    const broken = await readTeamXlsx(new Blob(['not a zip']), roles, skills);
    expect(broken.ok).toBe(false);
  });
});

describe('the team map workbook', () => {
  const gap: TeamGap = {
    members: [
      {
        id: 'p-001',
        currentRole: { id: 'secretaire-medicale', title: 'Secrétaire' },
        role: { id: 'tim', title: 'TIM' },
        matchPercent: 36,
        cost: 195,
        estimatedMonths: 42,
        readiness: 'LONGER',
        gap: {
          missing: [
            {
              skill: skills[0]!,
              currentLevel: 'OPERATIONAL',
              currentEvidence: 'VALIDATED',
              currentEvidenceDate: '2026-03-12',
              requiredLevel: 'DEEP',
              levelSource: 'derived: test',
              coverage: 'FULL' as const,
            },
          ],
        },
      },
    ],
    needs: [
      {
        block: { id: 'b1', title: 'Gestion de l’information' },
        item: { id: 'i1', label: 'Bureautique avancée' },
        people: 1,
        level: 'DEEP',
        levelDerived: true,
        totalMonths: 28.5,
        maxMonths: 28.5,
      },
    ],
    uncoveredSkills: [],
    diplomas: [],
    summary: { headcount: 1, averageMatch: 36, readyWithin12Months: 0, topMissingSkills: [] },
  };

  it('has the four sheets, and reads back with the figures the screen shows', async () => {
    const sheets = await reopen(teamMapSheets(gap, 'TIM', new Date('2026-12-01'), 'abc123def456'));
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Synthèse',
      'Carte des écarts',
      'Besoins par bloc',
      'Parcours individuels',
    ]);
    const [summary, heatmap, needs, people] = sheets.map((s) => s.data);
    expect(summary).toContainEqual(['Version des données', 'abc123def456']);
    expect(heatmap).toEqual([
      ['identifiant', 'Bureautique'],
      ['p-001', 'approfondies — niveau déduit (actuel : opérationnelles, validé le 12/03/2026)'],
    ]);
    expect(needs?.[1]).toEqual([
      'Gestion de l’information',
      'Bureautique avancée',
      1,
      'approfondies — niveau déduit',
      28.5,
      28.5,
    ]);
    expect(people?.[1]).toEqual(['p-001', 'Secrétaire', 'TIM', 36, 42, 'plus de 3 ans']);
  });
});
