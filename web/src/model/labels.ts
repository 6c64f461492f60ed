import type { Coverage, Level, MoveKind, PathFamily, SkillKind } from '../api/types.js';
import { foldAccents } from '../../../schema/french-text.js';
import type { RelationshipType } from '../../../schema/relationships.js';
import type { ROME_JOIN_TYPES, ROME_TYPES } from '../../../schema/rome.js';
import { STANCE_LABEL } from './profession.js';

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

export const NODE_KIND_LABEL: Record<string, string> = {
  Role: 'Métiers',
  Activity: 'Activités',
  Skill: 'Compétences',
  TrainingBlock: 'Blocs de formation',
  TrainingItem: 'Contenus de formation',
  Scenario: 'Scénarios',
  TensionAxis: 'Champs de tension',
  FutureProfile: 'Profils futurs',
  Condition: 'Conditions',
  Statement: 'Questionnaire',
  JobSheet: 'Fiche métier',
  Level: 'Niveaux',
  Grade: 'Grades',
  Category: 'Catégories',
  DiagnosticItem: 'Diagnostic',
  TrainingProgramme: 'Formations locales',
  Organisation: 'Associations',
  WorkforceFigure: 'Chiffres du métier',
  TrainingIdea: 'Pistes de formation',
  Acronym: 'Sigles',
  RomeFiche: 'Fiches ROME (France Travail)',
  RomeSkill: 'Compétences et savoirs ROME',
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

/** Property names of the graph, in French, for the explorer's side panel. */
export const PROPERTY_LABEL: Record<string, string> = {
  access: 'Accès à l’emploi',
  acronym: 'Sigle',
  acquisitionTime: "Durée d'acquisition",
  appellations: 'Appellations',
  expansion: 'En toutes lettres',
  appellation: 'Appellation ROME',
  aliases: 'Noms usuels',
  alsoKinds: 'Nature aussi',
  aliasesSource: 'Source des noms usuels',
  studyStance: 'Avis selon l’étude',
  stanceSource: 'Source de cet avis',
  cadre: 'Emploi cadre',
  core: 'Cœur de métier',
  domain: 'Domaine professionnel',
  domainCode: 'Code du domaine',
  grandDomain: 'Grand domaine',
  origin: 'Nature de l’item',
  regulated: 'Emploi réglementé',
  subCategory: 'Sous-catégorie',
  agreePercent: "Part d'accord (%)",
  blockKind: 'Nature du bloc',
  category: 'Catégorie',
  code: 'Code',
  codeMetier: 'Code métier',
  conditionIds: 'Conditions',
  definition: 'Définition',
  definitionSource: 'Source de la définition',
  description: 'Description',
  detailsSource: 'Source des points forts et de vigilance',
  disagreePercent: 'Part de désaccord (%)',
  distance: 'Distance',
  effect: 'Effet du scénario',
  example: 'Formulation du radar',
  exampleSource: 'Source de la formulation',
  family: 'Piste / famille',
  group: 'Groupe',
  highPole: 'Pôle haut',
  keyIdeas: 'Idées clés',
  kind: 'Nature',
  kindSource: 'Justification du type et de la distance',
  level: 'Niveau',
  levelSource: 'Justification du niveau',
  lowPole: 'Pôle bas',
  maxMonths: 'Durée max. (mois)',
  minMonths: 'Durée min. (mois)',
  mission: 'Mission',
  modality: 'Modalité',
  name: 'Nom',
  neutralPercent: 'Part de réponses neutres (%)',
  nickname: 'Nom du scénario',
  note: 'Note',
  number: 'Question',
  order: 'Ordre',
  place: 'Lieu',
  polarity: 'Sens de la note',
  polaritySource: 'Justification du sens',
  position: 'Position',
  prerequisites: 'Prérequis',
  professionalRelations: 'Relations professionnelles',
  rank: 'Rang',
  rncp: 'RNCP',
  roleKind: 'Type de métier',
  rome: 'ROME',
  sector: 'Secteur',
  sharePercent: 'Part (%)',
  statutoryCorrespondence: 'Correspondance statutaire',
  strengths: 'Points forts',
  subFamily: 'Sous-famille',
  summary: 'Résumé',
  text: 'Énoncé',
  theme: 'Thème',
  topic: 'Sujet',
  trainingLevel: 'Niveau de formation',
  unit: 'Unité',
  value: 'Valeur',
  vigilance: 'Points de vigilance',
};

/** Relationship types of the graph, read from the start node to the end node. */
/**
 * Every relationship type the explorer can show, in French: keyed by the data model's own lists,
 * so that a type added without its label does not compile.
 */
export const EDGE_LABEL: Readonly<
  Record<RelationshipType | (typeof ROME_TYPES)[number] | (typeof ROME_JOIN_TYPES)[number], string>
> = {
  DESCRIBES: 'décrit',
  HAS_ACTIVITY: 'comprend l’activité',
  LISTS_SAVOIR_FAIRE: 'liste le savoir-faire',
  REQUIRES_KNOWLEDGE: 'requiert la connaissance',
  LISTS_PASSERELLE: 'liste la passerelle',
  USES_SCALE: 'utilise le niveau',
  MOBILISES: 'mobilise',
  REQUIRES: 'requiert',
  MOVES_TO: 'mène à',
  HAS_ITEM: 'contient',
  DEVELOPS: 'développe',
  IN_CATEGORY: 'de catégorie',
  STAFFS: 'exerce le métier',
  HOLDS_GRADE: 'a le grade',
  EMPHASISES: 'met en avant',
  ANTICIPATES: 'préfigure',
  POSITIONED_ON: 'se situe sur',
  MEASURES: 'mesure',
  SUITS: 'correspond au profil d’avenir',
  OUTLOOK: 'a un effet sur le métier',
  BEARS_ON: 'porte sur',
  PREPARES_FOR: 'prépare à',
  SUPPORTS: 'soutient',
  PROMOTES: 'promeut',
  HAS_FIGURE: 'a pour chiffre',
  ROME_REQUIRES: 'mobilise (ROME)',
  ROME_MOBILITY: 'mobilité proposée par ROME vers',
  ROME_FICHE: 'correspond à la fiche ROME',
  ROME_APPELLATION: 'porte une appellation de la fiche ROME',
  ROME_ITEM: 'correspond à l’item ROME',
};

/** A relationship type in French; never the raw type (« lien » for one the app does not know). */
export const edgeLabel = (type: string): string =>
  (EDGE_LABEL as Readonly<Record<string, string | undefined>>)[type] ?? 'lien';

/** Coded property values, in French. */
export const VALUE_LABEL: Record<string, string> = {
  ...Object.fromEntries(Object.entries(LEVEL_LABEL).map(([k, v]) => [k, `connaissances ${v}`])),
  ...FAMILY_LABEL,
  ...MOVE_KIND_LABEL,
  ...STANCE_LABEL,
  SAVOIR_FAIRE: 'Savoir-faire',
  KNOWLEDGE: 'Connaissance',
  SAVOIR_ETRE: 'Savoir-être',
  CURRENT_JOB: 'Métier actuel',
  PATH_TARGET: "Métier d'évolution",
  ENTRY: "Voie d'entrée dans le métier",
  FUTURE_VARIANT: "Variante future d'AMA",
  ROME_FICHE: 'Métier du ROME (France Travail)',
  FPH: 'Fonction publique hospitalière',
  FPE_FPT: "Fonction publique d'État ou territoriale",
  PRIVATE_ASSOCIATIVE: 'Secteur privé ou associatif',
  OUTSIDE_EMPLOYMENT: 'Hors emploi (formation, reconversion)',
  ALL_SECTORS: 'Tous secteurs (fiche ROME)',
  PRINCIPALE: 'cœur de métier (principale)',
  EMERGENTE: 'émergente',
  COMPETENCE: 'compétence',
  MACRO_COMPETENCE: 'macro-compétence',
  SAVOIR: 'savoir',
  true: 'oui',
  false: 'non',
  PERCENT: 'pourcentage',
  RANK: 'rang',
  YEARS: 'années',
  SHORT: 'courte',
  LONG: 'longue',
  LOW: 'pôle bas',
  DIRECT: 'une note haute penche vers le second pôle',
  REVERSED: 'une note haute penche vers le premier pôle',
  FAVOURED: 'favorisé',
  AT_RISK: 'menacé',
  MIDDLE: 'entre les deux pôles',
  HIGH: 'pôle haut',
  CORE: 'Bloc principal',
  COMPLEMENT: 'Complément',
  CONCOURS: 'Concours',
  DIPLOMA: 'Diplôme',
  CERTIFICATION: 'Certification',
  CATEGORY_CHANGE: 'Changement de catégorie',
  EXPERIENCE: 'Expérience',
  TRAINING: 'Formation',
  RECLASSIFICATION: 'Reclassement',
  STATUS_CHANGE: 'Changement de statut',
};

export const valueLabel = (value: string): string => VALUE_LABEL[value] ?? value;

type Costing = {
  learning: number;
  missingShare: number | null;
  rank: number;
  conditions: number;
  total: number;
};

const units = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

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
