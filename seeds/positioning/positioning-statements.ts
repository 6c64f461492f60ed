import { projectPath } from '../../schema/project-root.js';
import {
  indexStatements,
  positioningFileSchema,
  type PositioningStatements,
} from '../../schema/positioning.js';
import { readReviewedFile } from '../reviewed-file.js';

export const POSITIONING_FILE = projectPath('seeds', 'positioning-statements.yaml');

/**
 * Reads the positioning statements; refuses a statement without its source, a skill without a
 * statement for each level, or a skill listed twice. Skill ids and citations are checked against
 * the dataset and the study by its tests (the file is read without the graph).
 */
export function readPositioningStatements(file = POSITIONING_FILE): PositioningStatements {
  return indexStatements(
    readReviewedFile(file, positioningFileSchema, { list: 'skills', key: 'skill' }),
  );
}
