import { decimal } from './french.js';
import type { DraftChange, TrainingModality } from '../api/types.js';

/** The workbench's words: modalities, changes between versions, hours. */

export const MODALITY_LABEL: Record<TrainingModality, string> = {
  PRESENTIEL: 'présentiel',
  DISTANCIEL: 'distanciel',
  SITUATION_DE_TRAVAIL: 'en situation de travail',
  TUTORAT: 'tutorat',
};
export const MODALITIES = Object.keys(MODALITY_LABEL) as TrainingModality[];

/** The source of what a designer writes without citing the study (as the API says it). */
export const AUTHORED_SOURCE = "proposé par l'auteur·e de la maquette";

const FIELD_LABEL: Record<string, string> = {
  title: 'intitulé',
  aim: 'objectif',
  position: 'place',
  label: 'libellé',
  block: 'bloc',
  skills: 'compétences',
  hours: 'volume horaire',
  modality: 'modalité',
  evaluation: "modalités d'évaluation",
  notes: 'notes',
  source: 'source',
};

/** « Bloc 2 « Éco-système de soins » : contenu ajouté « Initiation au PMSI » ». */
export function describeChange(change: DraftChange): string {
  const where = `Bloc ${change.blockNumber} « ${change.blockTitle} »`;
  const what =
    change.scope === 'BLOCK'
      ? { ADDED: 'bloc ajouté', REMOVED: 'bloc supprimé', CHANGED: 'bloc modifié' }[change.kind]
      : `${{ ADDED: 'contenu ajouté', REMOVED: 'contenu supprimé', CHANGED: 'contenu modifié' }[change.kind]} « ${change.itemLabel ?? ''} »`;
  const fields =
    change.fields.length > 0
      ? ` (${change.fields.map((f) => FIELD_LABEL[f] ?? f).join(', ')})`
      : '';
  return `${where} : ${what}${fields}`;
}

/** When a version was saved, short: « 01/12/2026 15:58 ». */
export const dateTime = (iso: string) =>
  new Date(iso).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/** « 35 h », « 12,5 h », or « volume à définir ». */
export function hoursText(hours: number | null): string {
  if (hours === null) return 'volume à définir';
  return `${decimal(hours, 1)} h`;
}
