import { z } from 'zod';
import {
  axisPositionSchema,
  levelSchema,
  outlookEffectSchema,
  slugSchema,
  sourceSchema,
} from '../../schema/common.js';
import { nodeSchemas } from '../../schema/nodes.js';
import { relationshipSpecs } from '../../schema/relationships.js';

/**
 * The shape of a data file in seeds/data. Every file may hold any of these sections (by
 * convention one concern per file); unknown top-level keys are errors, so typos do not pass.
 */

const ids = z.array(slugSchema).min(1, 'must list at least one id');
const skillLevels = z
  .record(slugSchema, levelSchema)
  .refine((map) => Object.keys(map).length > 0, 'must list at least one skill');

/**
 * A group of links sharing one source: `{ source, levelSource, skills: { id: LEVEL } }`. The
 * source says why the links exist, the levelSource why these levels: a level never goes
 * without its provenance.
 */
export const leveledSkillsGroup = z.strictObject({
  source: sourceSchema,
  levelSource: sourceSchema,
  skills: skillLevels,
});
const skillsGroup = z.strictObject({ source: sourceSchema, skills: ids });
const rolesGroup = z.strictObject({ source: sourceSchema, roles: ids });
const targetsGroup = z.strictObject({ source: sourceSchema, targets: ids });
const programmesGroup = z.strictObject({ source: sourceSchema, programmes: ids });
const profilesGroup = z.strictObject({ source: sourceSchema, profiles: ids });

const jobSheetSection = nodeSchemas.JobSheet.extend({
  role: slugSchema,
  sources: z.strictObject({
    activities: sourceSchema,
    savoirFaire: sourceSchema,
    knowledge: sourceSchema,
    passerelles: sourceSchema,
    scale: sourceSchema,
  }),
  activities: z
    .array(nodeSchemas.Activity.omit({ source: true }).extend({ mobilises: skillsGroup }))
    .min(1),
  savoirFaire: ids,
  knowledge: z.array(z.strictObject({ skill: slugSchema, level: levelSchema })).min(1),
  passerelles: ids,
});

const moveSection = relationshipSpecs.MOVES_TO.props.omit({ conditionIds: true }).extend({
  from: slugSchema,
  to: slugSchema,
  conditions: z.array(slugSchema),
});

export const datasetFileSchema = z.strictObject({
  /** YAML anchors for repeated sources; not data. */
  'x-sources': z.record(z.string(), z.string()).optional(),
  levels: z.array(nodeSchemas.Level).optional(),
  acronyms: z.array(nodeSchemas.Acronym).optional(),
  jobSheet: jobSheetSection.optional(),
  skills: z.array(nodeSchemas.Skill).optional(),
  roles: z
    .array(
      nodeSchemas.Role.extend({
        requirements: z.array(leveledSkillsGroup).min(1, 'a role needs at least one requirement'),
      }).refine((r) => (r.aliases === undefined) === (r.aliasesSource === undefined), {
        message: 'aliases and aliasesSource go together',
        path: ['aliasesSource'],
      }),
    )
    .optional(),
  conditions: z.array(nodeSchemas.Condition).optional(),
  moves: z.array(moveSection).optional(),
  blocks: z
    .array(
      nodeSchemas.TrainingBlock.extend({
        items: z
          .array(
            nodeSchemas.TrainingItem.omit({ source: true }).extend({
              develops: z.array(leveledSkillsGroup).min(1),
            }),
          )
          .min(1),
      }),
    )
    .optional(),
  trainingIdeas: z.array(nodeSchemas.TrainingIdea).optional(),
  categories: z.array(nodeSchemas.Category).optional(),
  figures: z.array(nodeSchemas.WorkforceFigure.extend({ role: slugSchema })).optional(),
  grades: z.array(nodeSchemas.Grade.extend({ staffs: slugSchema, heldBy: rolesGroup })).optional(),
  futureProfiles: z
    .array(nodeSchemas.FutureProfile.extend({ emphasises: skillsGroup, anticipates: rolesGroup }))
    .optional(),
  tensionAxes: z.array(nodeSchemas.TensionAxis).optional(),
  scenarios: z
    .array(
      nodeSchemas.Scenario.extend({
        suits: profilesGroup.optional(),
        outlook: z
          .array(z.strictObject({ effect: outlookEffectSchema, source: sourceSchema, roles: ids }))
          .min(1),
        positions: z
          .array(
            z.strictObject({
              axis: slugSchema,
              position: axisPositionSchema,
              source: sourceSchema,
            }),
          )
          .min(1),
      }),
    )
    .optional(),
  diagnosticItems: z.array(nodeSchemas.DiagnosticItem.extend({ axis: slugSchema })).optional(),
  statements: z
    .array(
      nodeSchemas.Statement.extend({ bearsOn: targetsGroup }).refine(
        (s) => (s.studyStance === undefined) === (s.stanceSource === undefined),
        { message: 'studyStance and stanceSource go together', path: ['stanceSource'] },
      ),
    )
    .optional(),
  programmes: z.array(nodeSchemas.TrainingProgramme.extend({ preparesFor: rolesGroup })).optional(),
  organisations: z
    .array(nodeSchemas.Organisation.extend({ supports: programmesGroup, promotes: rolesGroup }))
    .optional(),
});

export type DatasetFile = z.infer<typeof datasetFileSchema>;
