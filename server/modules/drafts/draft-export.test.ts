import { describe, expect, it } from 'vitest';
import type { DraftBlock } from '../../../schema/workbench.js';
import { blockCode, metaRows, rncpDocument, TABLE_HEADER, tableRows } from './draft-export.js';

const label = (id: string) => `libellé de ${id}`;
const item = (over: Partial<DraftBlock['items'][number]>): DraftBlock['items'][number] => ({
  id: 'i',
  label: 'Contenu',
  skills: [],
  hours: null,
  modality: null,
  evaluation: '',
  notes: '',
  source: 'derived: test',
  ...over,
});
const blocks: DraftBlock[] = [
  {
    id: 'b1',
    title: 'Information médicale',
    aim: 'Coder les séjours',
    items: [
      item({
        id: 'i1',
        label: 'Initiation au PMSI',
        hours: 14,
        modality: 'PRESENTIEL',
        evaluation: 'Étude de cas',
        skills: [
          { skillId: 'pmsi', level: 'GENERAL', source: 'derived: a' },
          { skillId: 'cim', level: 'OPERATIONAL', source: 'derived: b' },
        ],
      }),
      item({
        id: 'i2',
        label: 'Approfondissement',
        hours: null,
        evaluation: 'Étude de cas',
        skills: [{ skillId: 'pmsi', level: 'DEEP', source: 'derived: c' }],
      }),
      item({ id: 'i3', label: 'Visite', hours: 3 }),
    ],
  },
  { id: 'b2', title: 'Vide', aim: '', items: [] },
];
const meta = {
  draftId: 'm1',
  title: 'Maquette AMA',
  version: 4,
  author: 'conceptrice@chu.fr',
  savedAt: '2026-12-06T10:00:00.000Z',
  comment: 'relue',
  datasetVersion: null,
};

describe('draft exports', () => {
  it('codes blocks BC01, BC02… as RNCP does', () => {
    expect([1, 2, 12].map(blockCode)).toEqual(['BC01', 'BC02', 'BC12']);
  });

  it('lists each block skill once, at the highest level an item develops it to', () => {
    const [first, second] = rncpDocument(meta, blocks, label).blocsDeCompetences;
    expect(first?.listeDesCompetences).toEqual([
      { id: 'pmsi', libelle: 'libellé de pmsi', niveau: 'connaissances approfondies' },
      { id: 'cim', libelle: 'libellé de cim', niveau: 'connaissances opérationnelles' },
    ]);
    // Evaluation modalities once each; hours only where known (14 + 3).
    expect(first?.modalitesEvaluation).toEqual(['Étude de cas']);
    expect(first?.volumeHoraire).toBe(17);
    expect(first?.contenus[0]?.modalite).toBe('présentiel');
    expect(second).toMatchObject({ code: 'BC02', listeDesCompetences: [], volumeHoraire: null });
  });

  it('names the draft, its version, author, date and dataset', () => {
    expect(rncpDocument(meta, blocks, label).referentiel).toMatchObject({
      titre: 'Maquette AMA',
      version: 4,
      auteur: 'conceptrice@chu.fr',
    });
    expect(metaRows(meta)).toContainEqual(['Jeu de données', 'inconnu']);
    expect(metaRows(meta)).toContainEqual(['Version', '4']);
  });

  it('gives one table row per item and skill, and one row to an item without skills', () => {
    const rows = tableRows(blocks, label);
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.length === TABLE_HEADER.length)).toBe(true);
    expect(rows[0]?.slice(0, 6)).toEqual([
      'BC01',
      'Information médicale',
      'Coder les séjours',
      'Initiation au PMSI',
      'libellé de pmsi',
      'connaissances générales',
    ]);
    expect(rows[3]?.slice(3, 7)).toEqual(['Visite', '', '', 3]);
  });
});
