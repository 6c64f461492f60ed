import type { MoveKind, PathFamily } from '../../schema/common.js';
import type { NodeRead, RelationshipRead } from '../../schema/read-models.js';

/**
 * Read models of the graph, as the domain sees them: plain data, no driver or GraphQL types. A
 * node's or a relationship's own properties are derived from its seed schema (schema/nodes.ts,
 * relationships.ts) through schema/read-models.ts: one description per entity; what is added
 * here is what the graph joins to it.
 */

export type SkillRecord = NodeRead<'Skill'>;

/**
 * A role's need of a skill: why it needs it (`source`), and why at this level (`levelSource`: a
 * citation only where the document states it, else `derived:`).
 */
export type RequirementRecord = RelationshipRead<'REQUIRES'> & { skillId: string };

export type ConditionRecord = NodeRead<'Condition'> & {
  /** The time the condition takes, when the cost model counts it (a ROME job's diploma). */
  months?: number;
};

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

export type RoleRecord = Omit<
  NodeRead<'Role'>,
  'aliases' | 'aliasesSource' | 'definitionSource'
> & {
  /** Everyday names people give the job (« AMA »), beside its title. */
  aliases?: readonly string[];
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
};

export interface RomeRoleFacts {
  code: string;
  regulated: boolean;
  /** ROME's professional domain (« Soins paramédicaux »). */
  domain: string;
  /** Skill ids of the fiche's core (« cœur de métier ») requirements. */
  core: readonly string[];
}

export type LevelRecord = NodeRead<'Level'>;

/** A sigle spelled out (« PMSI »), with where that reading comes from. */
export type AcronymRecord = Pick<NodeRead<'Acronym'>, 'acronym' | 'expansion' | 'source'>;

export type DevelopsRecord = RelationshipRead<'DEVELOPS'> & { skillId: string };

export type TrainingItemRecord = NodeRead<'TrainingItem'> & { develops: DevelopsRecord[] };

export type TrainingBlockRecord = NodeRead<'TrainingBlock'> & { items: TrainingItemRecord[] };

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
export type TensionAxisRecord = NodeRead<'TensionAxis'>;

export type DiagnosticItemRecord = NodeRead<'DiagnosticItem'> & { axisId: string };

export type AxisPosition = 'LOW' | 'MIDDLE' | 'HIGH';

export type ScenarioRecord = NodeRead<'Scenario'> & {
  positions: ScenarioPositionRecord[];
  /** Future profiles that fit the scenario's picture of the job. */
  suits: ScenarioSuitsRecord[];
  /** Roles the scenario favours or puts at risk. */
  outlook: RoleOutlookRecord[];
};

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
export type StatementRecord = NodeRead<'Statement'> & { bearsOn: StatementTarget[] };

export type WorkforceFigureRecord = NodeRead<'WorkforceFigure'> & { roleId: string };

export type TrainingIdeaRecord = NodeRead<'TrainingIdea'>;

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
