/** The parts of the API (schema/api.graphql) the web app reads. */
export type Level = 'GENERAL' | 'OPERATIONAL' | 'DEEP';
export type PathFamily =
  'EXPERTISE' | 'COORDINATION' | 'MANAGEMENT' | 'OTHER_PUBLIC_SERVICE' | 'PRIVATE_SECTOR';
export type SkillKind = 'SAVOIR_FAIRE' | 'KNOWLEDGE' | 'SAVOIR_ETRE';
export type MoveKind = 'PASSERELLE' | 'PROMOTION' | 'MOBILITY' | 'EVOLUTION' | 'ENTRY';
export type Coverage = 'FULL' | 'PARTIAL' | 'NONE';

export interface Skill {
  id: string;
  label: string;
  kind: SkillKind;
  source: string;
}

export interface RoleSummary {
  id: string;
  title: string;
  kind: string;
  family: PathFamily | null;
  sector: string;
  source: string;
  definition: string | null;
  requirements: { level: Level; source: string; skill: Skill }[];
}

export interface Condition {
  id: string;
  kind: string;
  label: string;
  source: string;
}

export interface MissingSkill {
  skill: Skill;
  requiredLevel: Level;
  currentLevel: Level | null;
  requirementSource: string;
  months: number;
  coverage: Coverage;
  trainedBy: {
    level: Level;
    block: { id: string; title: string };
    item: { id: string; label: string };
  }[];
}

export interface SkillGap {
  matchPercent: number;
  cost: number;
  estimatedMonths: number;
  missing: MissingSkill[];
  uncoveredSkills: Skill[];
  blocks: { block: { id: string; title: string }; items: { id: string; label: string }[] }[];
}

export interface RouteStep {
  from: { id: string; title: string; family: PathFamily | null };
  to: { id: string; title: string; family: PathFamily | null };
  family: PathFamily | null;
  kind: MoveKind;
  distance: 'SHORT' | 'LONG';
  note: string | null;
  source: string;
  conditions: Condition[];
  gap: SkillGap;
}

export interface CareerRoute {
  id: string;
  totalCost: number;
  estimatedMonths: number;
  steps: RouteStep[];
}

export interface RoleMatch {
  role: { id: string; title: string; family: PathFamily | null };
  steps: number;
  matchPercent: number;
}

export interface Property {
  key: string;
  value: string;
}

export interface ExplorerNode {
  key: string;
  id: string;
  kind: string;
  label: string;
  family: PathFamily | null;
  source: string;
  properties: Property[];
}

export interface ExplorerEdge {
  key: string;
  type: string;
  from: string;
  to: string;
  source: string;
  properties: Property[];
}

export interface ExplorerGraph {
  nodes: ExplorerNode[];
  edges: ExplorerEdge[];
}

export interface TrainingBlock {
  id: string;
  title: string;
  kind: 'CORE' | 'COMPLEMENT';
  summary: string;
  source: string;
  items: { id: string; label: string; skills: { level: Level; source: string; skill: Skill }[] }[];
}

export interface FamilyCoverage {
  family: PathFamily;
  roles: { id: string; title: string }[];
  gaps: {
    requiredLevel: Level;
    bestTrainedLevel: Level | null;
    skill: Skill;
    roles: { id: string }[];
  }[];
}
