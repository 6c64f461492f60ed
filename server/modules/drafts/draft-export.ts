import type { Level } from '../../../schema/common.js';
import type { DraftBlock, TrainingModality } from '../../../schema/workbench.js';
import { knownHours } from './draft-content.js';
import { higherLevel } from '../../domain/levels.js';

/** Words of the exports, in French like the app (the API itself speaks enums). */
export const LEVEL_WORDS: Record<Level, string> = {
  GENERAL: 'connaissances générales',
  OPERATIONAL: 'connaissances opérationnelles',
  DEEP: 'connaissances approfondies',
};
export const MODALITY_WORDS: Record<TrainingModality, string> = {
  PRESENTIEL: 'présentiel',
  DISTANCIEL: 'distanciel',
  SITUATION_DE_TRAVAIL: 'en situation de travail',
  TUTORAT: 'tutorat',
};

/** Who, what and when: every export names its draft, version, author, date and dataset. */
export interface ExportMeta {
  draftId: string;
  title: string;
  version: number;
  author: string;
  savedAt: string;
  comment: string;
  datasetVersion: string | null;
}

export const blockCode = (number: number) => `BC${String(number).padStart(2, '0')}`;

/** Each block's skills, once each, at the highest level an item develops them to. */
function blockSkills(block: DraftBlock): { skillId: string; level: Level }[] {
  const best = new Map<string, Level>();
  for (const item of block.items)
    for (const s of item.skills) best.set(s.skillId, higherLevel(best.get(s.skillId), s.level));
  return [...best].map(([skillId, level]) => ({ skillId, level }));
}

/**
 * The block set shaped like France Compétences' RNCP blocs de compétences (per block: code,
 * libellé, liste des compétences, modalités d'évaluation), with the items, hours and levels.
 */
export function rncpDocument(
  meta: ExportMeta,
  blocks: readonly DraftBlock[],
  skillLabel: (id: string) => string,
) {
  return {
    referentiel: {
      titre: meta.title,
      maquette: meta.draftId,
      version: meta.version,
      auteur: meta.author,
      date: meta.savedAt,
      commentaire: meta.comment,
      jeuDeDonnees: meta.datasetVersion,
      echelleDeNiveaux:
        'fiche métier 40L20 : connaissances générales, opérationnelles, approfondies',
    },
    blocsDeCompetences: blocks.map((block, b) => ({
      code: blockCode(b + 1),
      libelle: block.title,
      objectif: block.aim,
      listeDesCompetences: blockSkills(block).map((s) => ({
        id: s.skillId,
        libelle: skillLabel(s.skillId),
        niveau: LEVEL_WORDS[s.level],
      })),
      modalitesEvaluation: [
        ...new Set(block.items.map((item) => item.evaluation).filter((e) => e !== '')),
      ],
      volumeHoraire: knownHours(block.items.map((item) => item.hours)),
      contenus: block.items.map((item) => ({
        libelle: item.label,
        volumeHoraire: item.hours,
        modalite: item.modality ? MODALITY_WORDS[item.modality] : null,
        modalitesEvaluation: item.evaluation,
        notes: item.notes,
        source: item.source,
        competences: item.skills.map((s) => ({
          id: s.skillId,
          libelle: skillLabel(s.skillId),
          niveauVise: LEVEL_WORDS[s.level],
          sourceDuNiveau: s.source,
        })),
      })),
    })),
  };
}

export const TABLE_HEADER = [
  'Bloc',
  'Intitulé du bloc',
  'Objectif du bloc',
  'Contenu',
  'Compétence',
  'Niveau visé',
  'Volume horaire (h)',
  'Modalité',
  "Modalités d'évaluation",
  'Notes',
  'Source',
] as const;

/** One row per item and skill (an item without skills gets one row): the table of CSV and XLSX. */
export function tableRows(
  blocks: readonly DraftBlock[],
  skillLabel: (id: string) => string,
): (string | number | null)[][] {
  return blocks.flatMap((block, b) =>
    block.items.flatMap((item) => {
      const base = [blockCode(b + 1), block.title, block.aim, item.label];
      const tail = [
        item.hours,
        item.modality ? MODALITY_WORDS[item.modality] : '',
        item.evaluation,
        item.notes,
        item.source,
      ];
      if (item.skills.length === 0) return [[...base, '', '', ...tail]];
      return item.skills.map((s) => [
        ...base,
        skillLabel(s.skillId),
        LEVEL_WORDS[s.level],
        ...tail,
      ]);
    }),
  );
}

/** The header lines naming the export: draft, version, author, date, dataset. */
export function metaRows(meta: ExportMeta): string[][] {
  return [
    ['Maquette', meta.title],
    ['Identifiant', meta.draftId],
    ['Version', String(meta.version)],
    ['Auteur·e', meta.author],
    ['Enregistrée le', meta.savedAt],
    ['Commentaire', meta.comment],
    ['Jeu de données', meta.datasetVersion ?? 'inconnu'],
  ];
}
