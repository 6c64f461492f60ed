import { z } from 'zod';
import {
  axisPositionSchema,
  levelSchema,
  moveDistanceSchema,
  moveKindSchema,
  outlookEffectSchema,
  pathFamilySchema,
  slugSchema,
  sourceSchema,
  textSchema,
} from './common.js';
import type { NodeLabel } from './nodes.js';

interface RelationshipSpec {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  props: z.ZodObject;
}

const sourced = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ source: sourceSchema, ...shape });
const order = z.number().int().positive();
/** A level always comes with its own provenance, apart from the link's. */
const levelled = { level: levelSchema, levelSource: sourceSchema };

/** Every relationship type of the graph, its endpoints and its properties (all carry a source). */
export const relationshipSpecs = {
  DESCRIBES: { from: ['JobSheet'], to: ['Role'], props: sourced({}) },
  HAS_ACTIVITY: { from: ['JobSheet'], to: ['Activity'], props: sourced({ order }) },
  LISTS_SAVOIR_FAIRE: { from: ['JobSheet'], to: ['Skill'], props: sourced({ order }) },
  REQUIRES_KNOWLEDGE: {
    from: ['JobSheet'],
    to: ['Skill'],
    props: sourced({ order, level: levelSchema, levelSource: sourceSchema }),
  },
  LISTS_PASSERELLE: { from: ['JobSheet'], to: ['Role'], props: sourced({ order }) },
  USES_SCALE: { from: ['JobSheet'], to: ['Level'], props: sourced({}) },
  MOBILISES: { from: ['Activity'], to: ['Skill'], props: sourced({}) },
  /** `source`: why the role needs the skill; `levelSource`: why at this level (often derived). */
  REQUIRES: { from: ['Role'], to: ['Skill'], props: sourced(levelled) },
  MOVES_TO: {
    from: ['Role'],
    to: ['Role'],
    props: sourced({
      id: slugSchema,
      family: pathFamilySchema.optional(),
      kind: moveKindSchema,
      distance: moveDistanceSchema,
      /** Why this kind and distance: the study rarely qualifies a move, so mostly `derived:`. */
      kindSource: sourceSchema,
      note: textSchema.optional(),
      /** Ids of Condition nodes: a condition belongs to a move, and Neo4j has no edge-to-node links. */
      conditionIds: z.array(slugSchema),
    }),
  },
  HAS_ITEM: { from: ['TrainingBlock'], to: ['TrainingItem'], props: sourced({ order }) },
  DEVELOPS: { from: ['TrainingItem'], to: ['Skill'], props: sourced(levelled) },
  IN_CATEGORY: { from: ['Grade'], to: ['Category'], props: sourced({}) },
  STAFFS: {
    from: ['Grade'],
    to: ['Role'],
    props: sourced({ sharePercent: z.number().min(0).max(100) }),
  },
  HOLDS_GRADE: { from: ['Role'], to: ['Grade'], props: sourced({}) },
  EMPHASISES: { from: ['FutureProfile'], to: ['Skill'], props: sourced({}) },
  ANTICIPATES: { from: ['FutureProfile'], to: ['Role'], props: sourced({}) },
  POSITIONED_ON: {
    from: ['Scenario'],
    to: ['TensionAxis'],
    props: sourced({ position: axisPositionSchema }),
  },
  MEASURES: { from: ['DiagnosticItem'], to: ['TensionAxis'], props: sourced({}) },
  /** A future profile that fits a scenario's picture of the job (derived: the study links neither). */
  SUITS: { from: ['Scenario'], to: ['FutureProfile'], props: sourced({}) },
  /** What a scenario means for a role: favoured, or at risk. */
  OUTLOOK: {
    from: ['Scenario'],
    to: ['Role'],
    props: sourced({ effect: outlookEffectSchema }),
  },
  BEARS_ON: { from: ['Statement'], to: ['Activity', 'Skill', 'Role'], props: sourced({}) },
  PREPARES_FOR: { from: ['TrainingProgramme'], to: ['Role'], props: sourced({}) },
  SUPPORTS: { from: ['Organisation'], to: ['TrainingProgramme'], props: sourced({}) },
  PROMOTES: { from: ['Organisation'], to: ['Role'], props: sourced({}) },
  HAS_FIGURE: { from: ['Role'], to: ['WorkforceFigure'], props: sourced({}) },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof relationshipSpecs;
export const RELATIONSHIP_TYPES = Object.keys(relationshipSpecs) as RelationshipType[];
