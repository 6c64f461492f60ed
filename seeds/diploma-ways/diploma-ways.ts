import { projectPath } from '../../schema/project-root.js';
import { diplomaWaysFileSchema, type DiplomaWays } from '../../schema/diploma-ways.js';
import { readReviewedFile, ReviewedFileError } from '../reviewed-file.js';
import { readRomeCredentials, ROME_CREDENTIALS_FILE } from '../rome/rome-credentials.js';

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
  const credentials = readRomeCredentials(credentialsFile);
  if (!credentials.ok) throw new ReviewedFileError('rome-credentials.yaml', credentials.errors);
  const known = new Set(credentials.credentials.credentials.map((c) => c.id));
  const unknown = diplomas.flatMap((d, i) =>
    known.has(d.credential)
      ? []
      : [
          {
            where: `diploma-ways.yaml: diplomas.${String(i)}.credential`,
            message: `« ${d.credential} » is no diploma of rome-credentials.yaml`,
          },
        ],
  );
  if (unknown.length > 0) throw new ReviewedFileError('diploma-ways.yaml', unknown);
  return {
    ways: diplomas,
    diplomas: credentials.credentials.credentials.map(({ id, label }) => ({ id, label })),
  };
}
