import type { BlocStatus, PublicationProblemKind } from '../api/operations.generated.js';
import { decimal } from './french.js';

/** A published maquette's bloc against her levels, in the words the issue gives. */
export const BLOC_STATUS_LABEL: Readonly<Record<BlocStatus, string>> = {
  ACQUIRED: 'acquis',
  PARTIAL: 'en partie',
  TO_FOLLOW: 'à suivre',
};

const hours = (value: number) => `${decimal(value)} h`;

/** « 1 bloc sur 3 acquis ; 105 h de formation restent à suivre sur 140 h ». */
export function creditSummary(credit: {
  acquired: number;
  remainingHours: number | null;
  blocs: readonly { hours: number | null }[];
}): string {
  const total = credit.blocs.length;
  const blocs = `${String(credit.acquired)} bloc${credit.acquired > 1 ? 's' : ''} sur ${String(total)} acquis`;
  const all = credit.blocs.every((b) => b.hours !== null)
    ? credit.blocs.reduce((sum, b) => sum + (b.hours ?? 0), 0)
    : null;
  if (credit.remainingHours === null)
    return `${blocs} ; heures restantes inconnues (un contenu n’a pas de volume horaire)`;
  if (credit.remainingHours === 0) return `${blocs} ; aucune heure de formation à suivre`;
  return `${blocs} ; ${hours(credit.remainingHours)} de formation restent à suivre${all === null ? '' : ` sur ${hours(all)}`}`;
}

/** « 1 bloc sur 4 déjà acquis d'après vos niveaux : la VAE… », or none yet. */
export function diplomaSummary(d: {
  acquired: number;
  vaeOpen: boolean;
  blocs: readonly unknown[];
}): string {
  const of = `sur ${String(d.blocs.length)}`;
  if (d.acquired === 0)
    return `Aucun bloc ${of} n’est acquis d’après vos niveaux${
      d.vaeOpen
        ? ' ; la VAE peut en valider une partie, bloc par bloc, si votre expérience s’y rapporte (voir « Comment y aller »).'
        : '.'
    }`;
  return `${String(d.acquired)} bloc${d.acquired > 1 ? 's' : ''} ${of} déjà acquis d’après vos niveaux${
    d.vaeOpen
      ? ' : la VAE de ce diplôme peut les faire valider (voir « Comment y aller »), le jury en décide.'
      : '.'
  }`;
}

/** What a version lacks to be published, in a designer's words. */
export function publicationProblemText(problem: {
  kind: PublicationProblemKind;
  block?: number | null;
  item?: number | null;
  label: string;
}): string {
  const block = `Bloc ${String(problem.block ?? '')}`;
  const item = `${block}, contenu ${String(problem.item ?? '')} « ${problem.label} »`;
  switch (problem.kind) {
    case 'NO_BLOCKS':
      return 'La maquette n’a aucun bloc.';
    case 'EMPTY_BLOCK':
      return `${block} « ${problem.label} » : aucun contenu.`;
    case 'ITEM_WITHOUT_SKILLS':
      return `${item} : aucune compétence certifiée (avec son niveau).`;
    case 'ITEM_WITHOUT_EVALUATION':
      return `${item} : modalités d’évaluation à écrire.`;
  }
}

/** What the law says of VAE beside a published maquette (Code du travail, read 7 December 2026). */
export const VAE_NOTE =
  'La VAE porte sur une certification professionnelle ou l’un de ses blocs de compétences, auprès de son organisme certificateur (Code du travail, art. L. 6412-2 et R. 6412-3).';
