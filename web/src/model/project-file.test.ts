import { describe, expect, it } from 'vitest';
import { projectJson, projectSheets, readProjectJson, type Project } from './project-file.js';
import { readTeamXlsx, templateSheets, toXlsx } from './team-xlsx.js';

const roles = [{ id: 'secretaire-medicale', title: 'Secrétaire médical(e)', aliases: ['AMA'] }];
const skills = [
  { id: 'k-pmsi', label: 'PMSI, T2A', kind: 'KNOWLEDGE' as const, source: 's' },
  { id: 'k-bureautique', label: 'Bureautique', kind: 'KNOWLEDGE' as const, source: 's' },
  { id: 'sf-accueil', label: 'Accueillir', kind: 'SAVOIR_FAIRE' as const, source: 's' },
];
const project: Project = {
  currentRoleId: 'secretaire-medicale',
  targetRoleId: 'technicien-information-medicale',
  levels: { 'k-pmsi': 'OPERATIONAL', 'k-bureautique': 'DEEP', 'sf-accueil': null },
  evidence: { 'k-bureautique': { kind: 'VALIDATED', date: '2026-03-12' } },
  serviceYears: 4,
};

describe('« Mon projet » files', () => {
  it('its workbook’s first sheet is the team template, and HR imports it as one person with her levels and their evidence', async () => {
    const sheets = projectSheets(project, skills, 'agent-42', [['Mon projet']]);
    const [template] = templateSheets(skills, roles);
    expect(sheets[0]?.sheet).toBe(template?.sheet);
    expect(sheets[0]?.data[0]).toEqual(template?.data[0]);
    const blob = await toXlsx(sheets);
    const imported = await readTeamXlsx(await blob.arrayBuffer(), roles, skills);
    expect(imported).toEqual({
      ok: true,
      members: [
        {
          id: 'agent-42',
          currentRoleId: 'secretaire-medicale',
          levels: { 'k-pmsi': 'OPERATIONAL', 'k-bureautique': 'DEEP', 'sf-accueil': null },
          evidence: {
            'k-pmsi': { kind: 'DECLARED', date: null },
            'k-bureautique': { kind: 'VALIDATED', date: '2026-03-12' },
          },
        },
      ],
    });
  });

  it('the JSON file reopens as the same project, and anything else says it is not one', () => {
    expect(readProjectJson(projectJson(project))).toEqual({ project });
    expect(readProjectJson('{')).toEqual({
      problem: 'ce fichier n’est pas un projet enregistré par Passerelles (JSON illisible)',
    });
    const tampered = JSON.parse(projectJson(project)) as Record<string, unknown>;
    tampered.serviceYears = 99;
    expect(readProjectJson(JSON.stringify(tampered))).toHaveProperty('problem');
    expect(readProjectJson(JSON.stringify({ identifiant: 'p-1' }))).toHaveProperty('problem');
  });
});
