import { z } from 'zod';
import { STANCES } from './stance.js';
import {
  axisPositionSchema,
  blockKindSchema,
  categorySchema,
  itemPolaritySchema,
  conditionKindSchema,
  levelSchema,
  pathFamilySchema,
  roleKindSchema,
  sectorSchema,
  skillKindSchema,
  slugSchema,
  sourceSchema,
  textSchema,
} from './common.js';

/** Every domain node has a stable slug id and a source. */
const base = { id: slugSchema, source: sourceSchema };
const texts = z.array(textSchema);
const percent = z.number().min(0).max(100);

export const nodeSchemas = {
  JobSheet: z.strictObject({
    ...base,
    code: textSchema,
    title: textSchema,
    family: textSchema,
    subFamily: textSchema,
    definition: textSchema,
    prerequisites: texts,
    professionalRelations: texts,
    trainingLevel: textSchema,
    statutoryCorrespondence: textSchema,
  }),
  Level: z.strictObject({
    ...base,
    id: levelSchema,
    rank: z.number().int().min(1).max(3),
    label: textSchema,
    definition: textSchema,
    acquisitionTime: textSchema,
    minMonths: z.number().nonnegative(),
    maxMonths: z.number().positive(),
  }),
  Activity: z.strictObject({ ...base, label: textSchema }),
  /** A sigle the data or the screens use (« PMSI »), spelled out, and where that reading comes from. */
  Acronym: z.strictObject({
    ...base,
    acronym: z
      .string()
      .regex(
        /^[A-Z][A-Z0-9]{1,7}(-[A-Z][A-Z0-9]{1,7})?$/,
        'an acronym is 2 to 8 capitals or digits, maybe two joined by a hyphen (« T2A », « AP-HP »)',
      ),
    expansion: textSchema,
  }),
  Skill: z.strictObject({ ...base, label: textSchema, kind: skillKindSchema }),
  Role: z.strictObject({
    ...base,
    title: textSchema,
    roleKind: roleKindSchema,
    family: pathFamilySchema.optional(),
    sector: sectorSchema,
    definition: textSchema.optional(),
    /** Where the definition comes from, when not from the role's own source. */
    definitionSource: sourceSchema.optional(),
    category: categorySchema.optional(),
    codeMetier: textSchema.optional(),
    rome: textSchema.optional(),
    rncp: textSchema.optional(),
    /** Everyday names people give the job (« AMA », « secrétaire médicale »), and why. */
    aliases: z.array(textSchema).min(1).optional(),
    aliasesSource: sourceSchema.optional(),
  }),
  Condition: z.strictObject({
    ...base,
    kind: conditionKindSchema,
    /** What else the condition is, when it names several ways (« détachement ou concours »). */
    alsoKinds: z.array(conditionKindSchema).min(1).optional(),
    label: textSchema,
  }),
  TrainingBlock: z.strictObject({
    ...base,
    title: textSchema,
    blockKind: blockKindSchema,
    summary: textSchema,
    order: z.number().int().positive(),
  }),
  TrainingItem: z.strictObject({ ...base, label: textSchema }),
  Category: z.strictObject({ ...base, id: slugSchema, label: textSchema, sharePercent: percent }),
  Grade: z.strictObject({
    ...base,
    label: textSchema,
    category: categorySchema.optional(),
    sharePercent: percent,
  }),
  FutureProfile: z.strictObject({
    ...base,
    title: textSchema,
    group: z.number().int().positive(),
    description: textSchema,
    keyIdeas: texts,
  }),
  TensionAxis: z.strictObject({
    ...base,
    order: z.number().int().positive(),
    title: textSchema,
    lowPole: textSchema,
    highPole: textSchema,
  }),
  Scenario: z.strictObject({
    ...base,
    order: z.number().int().positive(),
    title: textSchema,
    nickname: textSchema,
    description: textSchema,
    /** The study's « points forts » and « points de vigilance », and where they are. */
    strengths: textSchema,
    vigilance: textSchema,
    detailsSource: sourceSchema,
  }),
  DiagnosticItem: z.strictObject({
    ...base,
    order: z.number().int().positive(),
    label: textSchema,
    /** The fuller wording of the study's radar (schéma 14), and where it is. */
    example: textSchema,
    exampleSource: sourceSchema,
    /** Which pole a high score leans to; the study does not say it: always derived. */
    polarity: itemPolaritySchema,
    polaritySource: sourceSchema,
  }),
  Statement: z.strictObject({
    ...base,
    number: z.number().int().positive(),
    theme: textSchema,
    text: textSchema,
    disagreePercent: percent,
    agreePercent: percent,
    /** Answers 3, where the study gives the whole distribution (Q22, Q23). */
    neutralPercent: percent.optional(),
    /** The study's own word on the answers (« avis partagés »), which wins over the rule. */
    studyStance: z.enum(STANCES).optional(),
    stanceSource: sourceSchema.optional(),
  }),
  TrainingProgramme: z.strictObject({
    ...base,
    title: textSchema,
    place: textSchema,
    modality: textSchema,
  }),
  Organisation: z.strictObject({ ...base, name: textSchema, mission: textSchema }),
  /** An idea of the study or its workshop for training still to build (4.3, Annexe 1). */
  TrainingIdea: z.strictObject({ ...base, order: z.number().int().positive(), label: textSchema }),
  /** A figure on who does a job today (1.1.2): a share, a rank or an age. */
  WorkforceFigure: z.strictObject({
    ...base,
    order: z.number().int().positive(),
    topic: textSchema,
    label: textSchema,
    value: z.number().min(0),
    unit: z.enum(['PERCENT', 'RANK', 'YEARS']),
  }),
} as const;

export type NodeLabel = keyof typeof nodeSchemas;
export const NODE_LABELS = Object.keys(nodeSchemas) as NodeLabel[];
export type NodeOf<L extends NodeLabel> = z.infer<(typeof nodeSchemas)[L]>;

export { axisPositionSchema };
