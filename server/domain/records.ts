import type {
  ConditionKind,
  Level,
  MoveKind,
  PathFamily,
  RoleKind,
  SkillKind,
} from '../../schema/common.js';
import type { Stance } from '../../schema/stance.js';

/** Read models of the graph, as the domain sees them: plain data, no driver or GraphQL types. */

export interface SkillRecord {
  id: string;
  label: string;
  kind: SkillKind;
  source: string;
}

export interface RequirementRecord {
  skillId: string;
  level: Level;
  /** Why the role needs the skill. */
  source: string;
  /** Why at this level: a citation only where the document states it, else `derived:`. */
  levelSource: string;
}

export interface ConditionRecord {
  id: string;
  kind: ConditionKind;
  /** What else it is when it names several ways (« détachement, mutation ou concours »). */
  alsoKinds?: readonly ConditionKind[];
  label: string;
  source: string;
  /** The time the condition takes, when the cost model counts it (a ROME job's diploma). */
  months?: number;
}

/** A move into a job entered with a reviewed diploma (diplomas.ts): what it asks, by holder. */
export interface DiplomaEntryRecord {
  diplomaId: string;
  /** The diploma is open only to holders of one of these (null: to anyone). */
  requiresAnyOf: readonly string[] | null;
  /** Obtaining it, with its time. */
  diploma: ConditionRecord;
  /** The practice it requires first: counted, or only said (held from the start). */
  practice: { counted: ConditionRecord; held: ConditionRecord } | null;
}

/** A diploma the planner knows (seeds/rome-credentials.yaml), for the person to say she holds it. */
export interface DiplomaRecord {
  id: string;
  label: string;
}

export interface MoveRecord {
  id: string;
  /** ROME's rank of the move among the fiche's suggestions (1 first); absent for the study's. */
  rank?: number;
  from: string;
  to: string;
  family: PathFamily | null;
  kind: MoveKind;
  distance: 'SHORT' | 'LONG';
  /** Why this kind and distance (the study rarely says: mostly `derived:`). */
  kindSource: string;
  note: string | null;
  source: string;
  /** Conditions whatever the person holds; a diploma's, by holder, in `entry`. */
  conditions: ConditionRecord[];
  entry?: DiplomaEntryRecord;
  /** A move back into a job her declared diploma opens (diplomas.ts): hers, not a document's. */
  byDiploma?: string;
}

export interface RoleRecord {
  id: string;
  title: string;
  roleKind: RoleKind;
  family: PathFamily | null;
  sector: string;
  category: string | null;
  codeMetier: string | null;
  rome: string | null;
  rncp: string | null;
  definition: string | null;
  /** Everyday names people give the job (« AMA »), beside its title. */
  aliases?: readonly string[];
  source: string;
  requirements: RequirementRecord[];
  /** Outgoing moves, sorted by target id. */
  moves: MoveRecord[];
  /**
   * A ROME fiche no study role stands for: its step is priced by ROME's model (rome-cost.ts),
   * on its core requirements, and a regulated job adds its diploma.
   */
  romeFiche?: RomeRoleFacts;
  /**
   * What a person in this role also holds, beyond what it requires: for a study role joined to
   * a ROME fiche, the fiche's items (so that ROME's gaps from it mean something); for a variant
   * of the AMA job, the job's own requirements (profile.ts, withVariantBase).
   */
  holds?: readonly RequirementRecord[];
  /** The diplomas anyone in this role holds (a regulated ROME job's, diplomas.ts). */
  diplomas?: readonly string[];
}

export interface RomeRoleFacts {
  code: string;
  regulated: boolean;
  /** ROME's professional domain (« Soins paramédicaux »). */
  domain: string;
  /** Skill ids of the fiche's core (« cœur de métier ») requirements. */
  core: readonly string[];
}

export interface LevelRecord {
  id: Level;
  rank: number;
  label: string;
  definition: string;
  acquisitionTime: string;
  minMonths: number;
  maxMonths: number;
  source: string;
}

/** A sigle spelled out (« PMSI »), with where that reading comes from. */
export interface AcronymRecord {
  acronym: string;
  expansion: string;
  source: string;
}

export interface DevelopsRecord {
  skillId: string;
  level: Level;
  source: string;
  levelSource: string;
}

export interface TrainingItemRecord {
  id: string;
  label: string;
  source: string;
  develops: DevelopsRecord[];
}

export interface TrainingBlockRecord {
  id: string;
  title: string;
  blockKind: 'CORE' | 'COMPLEMENT';
  summary: string;
  order: number;
  source: string;
  items: TrainingItemRecord[];
}

/** A future profile of the study's co-construction day, and the roles it anticipates. */
export interface FutureProfileRecord {
  id: string;
  title: string;
  source: string;
  anticipates: { roleId: string; source: string }[];
  /** The skills the profile puts forward. */
  emphasises: { skillId: string; source: string }[];
}

/** The study's prospective part: tension axes, the diagnostic's items, the four scenarios (3.2, 4.1). */
export interface TensionAxisRecord {
  id: string;
  order: number;
  title: string;
  lowPole: string;
  highPole: string;
  source: string;
}

export interface DiagnosticItemRecord {
  id: string;
  axisId: string;
  order: number;
  label: string;
  example: string;
  exampleSource: string;
  polarity: 'DIRECT' | 'REVERSED';
  polaritySource: string;
  source: string;
}

export type AxisPosition = 'LOW' | 'MIDDLE' | 'HIGH';

export interface ScenarioRecord {
  id: string;
  order: number;
  title: string;
  nickname: string;
  description: string;
  strengths: string;
  vigilance: string;
  detailsSource: string;
  source: string;
  positions: ScenarioPositionRecord[];
  /** Future profiles that fit the scenario's picture of the job. */
  suits: ScenarioSuitsRecord[];
  /** Roles the scenario favours or puts at risk. */
  outlook: RoleOutlookRecord[];
}

/** Where a scenario stands on a tension axis. */
export interface ScenarioPositionRecord {
  axisId: string;
  position: AxisPosition;
  source: string;
}

export interface ScenarioSuitsRecord {
  profileId: string;
  source: string;
}

export interface RoleOutlookRecord {
  roleId: string;
  effect: 'FAVOURED' | 'AT_RISK';
  source: string;
}

export interface ProspectiveModel {
  axes: readonly TensionAxisRecord[];
  items: readonly DiagnosticItemRecord[];
  scenarios: readonly ScenarioRecord[];
}

/** What a statement of the questionnaire bears on: a role, a skill or an activity. */
export interface StatementTarget {
  id: string;
  kind: 'Role' | 'Skill' | 'Activity';
  name: string;
  /** Why the statement bears on it (derived: the statement names it). */
  source: string;
}

/** A statement of the questionnaire (2.3, 45 respondents) and its shares of answers. */
export interface StatementRecord {
  id: string;
  number: number;
  theme: string;
  text: string;
  disagreePercent: number;
  agreePercent: number;
  neutralPercent: number | null;
  /** The study's own word on the answers, which wins over the rule, and where it says it. */
  studyStance: Stance | null;
  stanceSource: string | null;
  source: string;
  bearsOn: StatementTarget[];
}

export interface WorkforceFigureRecord {
  id: string;
  roleId: string;
  order: number;
  topic: string;
  label: string;
  value: number;
  unit: 'PERCENT' | 'RANK' | 'YEARS';
  source: string;
}

export interface TrainingIdeaRecord {
  id: string;
  order: number;
  label: string;
  source: string;
}

/** What « Le métier » tells: the questionnaire, the workforce, the training still to build. */
export interface ProfessionModel {
  statements: readonly StatementRecord[];
  figures: readonly WorkforceFigureRecord[];
  ideas: readonly TrainingIdeaRecord[];
}

/** Everything route planning needs, loaded once per dataset version. */
export interface PlanningGraph {
  roles: ReadonlyMap<string, RoleRecord>;
  skills: ReadonlyMap<string, SkillRecord>;
  levels: readonly LevelRecord[];
  /** The sigles the data and the screens use, spelled out. */
  acronyms: readonly AcronymRecord[];
  blocks: readonly TrainingBlockRecord[];
  futureProfiles: ReadonlyMap<string, FutureProfileRecord>;
  prospective: ProspectiveModel;
  profession: ProfessionModel;
  /** The diplomas of regulated jobs, with ROME only. */
  diplomas?: ReadonlyMap<string, DiplomaRecord>;
}
