import { projectPath } from '../../schema/project-root.js';
import { diplomaWaysFileSchema, type DiplomaWays } from '../../schema/diploma-ways.js';
import { readReviewedFile } from '../reviewed-file.js';
import { ROME_CREDENTIALS_FILE } from '../rome/rome-credentials.js';
import { knownDiplomas, requireKnownDiplomas } from './known-diplomas.js';

export const DIPLOMA_WAYS_FILE = projectPath('seeds', 'diploma-ways.yaml');

/** The reviewed ways, and every diploma of rome-credentials.yaml (reviewed or not) by its label. */
export interface DiplomaWaysFile {
  ways: DiplomaWays[];
  diplomas: { id: string; label: string }[];
}

/**
 * Reads the reviewed ways to the diplomas (VAE, apprenticeship); refuses a way without its text
 * of law, a diploma twice, or a diploma that rome-credentials.yaml does not hold.
 */
export function readDiplomaWays(
  file = DIPLOMA_WAYS_FILE,
  credentialsFile = ROME_CREDENTIALS_FILE,
): DiplomaWaysFile {
  const { diplomas } = readReviewedFile(file, diplomaWaysFileSchema, {
    list: 'diplomas',
    key: 'credential',
  });
  const known = knownDiplomas(credentialsFile);
  requireKnownDiplomas('diploma-ways.yaml', diplomas, known);
  return { ways: diplomas, diplomas: known };
}
