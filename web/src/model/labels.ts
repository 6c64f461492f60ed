import { decimal, frenchDay } from './french.js';
import type {
  Coverage,
  FundingStatus,
  Level,
  LevelEvidence,
  MeansKind,
  MoveKind,
  PathFamily,
  SkillKind,
} from '../api/types.js';
import { foldAccents } from '../../../schema/french-text.js';

/** French wording of the API's codes. */
export const LEVEL_LABEL: Record<Level, string> = {
  GENERAL: 'générales',
  OPERATIONAL: 'opérationnelles',
  DEEP: 'approfondies',
};
/** Said beside a level the project set where no source gives one. */
export const DERIVED_LEVEL = 'niveau déduit';
export const DERIVED_LEVEL_HINT =
  'Niveau estimé par le projet : la source ne le donne pas (seule la fiche 40L20 donne des niveaux, pour ses 8 connaissances).';

/** A level in words, marked when the project deduced it (for exports and plain text). */
export const levelText = (level: Level, derived: boolean): string =>
  derived ? `${LEVEL_LABEL[level]} — ${DERIVED_LEVEL}` : LEVEL_LABEL[level];

export const isDerivedSource = (source: string): boolean => source.startsWith('derived:');

/** The levels in rank order (the keys above, so a level added to the SDL must be labelled). */
export const LEVELS = Object.keys(LEVEL_LABEL) as Level[];

export const FAMILY_LABEL: Record<PathFamily, string> = {
  EXPERTISE: 'Expertise',
  COORDINATION: 'Coordination et pilotage',
  MANAGEMENT: 'Management',
  OTHER_PUBLIC_SERVICE: 'Autres fonctions publiques',
  PRIVATE_SECTOR: 'Secteur privé / associatif',
};
export const FAMILIES = Object.keys(FAMILY_LABEL) as PathFamily[];

export const MOVE_KIND_LABEL: Record<MoveKind, string> = {
  PASSERELLE: 'Passerelle',
  PROMOTION: 'Promotion',
  MOBILITY: 'Mobilité',
  EVOLUTION: 'Évolution',
  ENTRY: 'Entrée dans le métier',
};

export const MEANS_LABEL: Record<MeansKind, string> = {
  INTERNAL_MOBILITY: 'Mobilité interne',
  TRAINING: 'Formation',
  CONCOURS: 'Concours',
  DETACHEMENT: 'Détachement ou mutation',
  RECLASSEMENT: 'Reclassement',
  VAE: "Validation des acquis de l'expérience (VAE)",
  APPRENTICESHIP: 'Apprentissage',
};

/** Whether a funding rule is open to the person at a step. */
export const FUNDING_STATUS_LABEL: Record<FundingStatus, string> = {
  OPEN: 'ouvert',
  CLOSED: 'non ouvert',
  UNKNOWN: 'à vérifier',
};

/** How a level is known, as a short word beside it. */
export const EVIDENCE_LABEL: Record<LevelEvidence, string> = {
  DECLARED: 'déclaré',
  VALIDATED: 'validé',
  CERTIFIED: 'certifié',
};

/** HR's choice of the levels that count. */
export const MIN_EVIDENCE_LABEL: Record<LevelEvidence, string> = {
  DECLARED: 'tous, déclarés compris',
  VALIDATED: 'validés ou certifiés seulement',
  CERTIFIED: 'certifiés seulement',
};

export const LEVEL_EVIDENCE: readonly LevelEvidence[] = ['DECLARED', 'VALIDATED', 'CERTIFIED'];

/** « déclaré », « validé le 12/03/2026 » */
export function evidenceText(kind: LevelEvidence, date: string | null): string {
  return date ? `${EVIDENCE_LABEL[kind]} le ${frenchDay(date)}` : EVIDENCE_LABEL[kind];
}

export const SKILL_KIND_LABEL: Record<SkillKind, string> = {
  SAVOIR_FAIRE: 'Savoir-faire',
  KNOWLEDGE: 'Connaissances',
  SAVOIR_ETRE: 'Savoir-être',
};

export const COVERAGE_LABEL: Record<Coverage, string> = {
  FULL: 'couverte par la formation',
  PARTIAL: 'couverte en partie',
  NONE: 'aucun bloc ne la couvre',
};

export const matchesAll = (text: string, query: string): boolean => {
  const haystack = foldAccents(text);
  return foldAccents(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => haystack.includes(term));
};

/** "≈ 3 ans et 6 mois", "≈ 14 mois", "moins d'un mois", "aucune formation". */
export function formatMonths(months: number): string {
  if (months <= 0) return 'rien à acquérir';
  if (months < 1) return "moins d'un mois";
  const rounded = Math.round(months);
  if (rounded < 24) return `≈ ${rounded} mois`;
  const years = Math.floor(rounded / 12);
  const rest = rounded % 12;
  return `≈ ${years} ans${rest ? ` et ${rest} mois` : ''}`;
}

type Costing = {
  learning: number;
  missingShare: number | null;
  rank: number;
  conditions: number;
  total: number;
};

const units = (value: number) => decimal(value, 1);

/** A step's cost in words, part by part (the ROME parts only where they count). */
export function costingText(c: Costing): string {
  const learning =
    c.missingShare === null
      ? `apprentissage ${units(c.learning)}`
      : `${Math.round(c.missingShare * 100)} % du cœur de métier manquant × 162 = ${units(c.learning)}`;
  const parts = [learning];
  if (c.rank > 0) parts.push(`rang ROME + ${units(c.rank)}`);
  if (c.conditions > 0) parts.push(`conditions + ${units(c.conditions)}`);
  return `Charge de l’étape : ${units(c.total)} mois additionnés (${parts.join(' ; ')})`;
}
