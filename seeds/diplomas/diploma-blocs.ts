import { projectPath } from '../../schema/project-root.js';
import { diplomaBlocsFileSchema, type DiplomaBlocs } from '../../schema/diploma-blocs.js';
import { readReviewedFile } from '../reviewed-file.js';
import { ROME_CREDENTIALS_FILE } from '../rome/rome-credentials.js';
import { knownDiplomas, requireKnownDiplomas } from './known-diplomas.js';

export const DIPLOMA_BLOCS_FILE = projectPath('seeds', 'diploma-blocs.yaml');

/**
 * Reads the regulated diplomas made of blocs; refuses a bloc without skills or without its
 * derived rationale, the text without its article, a diploma twice or one rome-credentials.yaml
 * does not hold (`known`: that file's diplomas, when the caller has read them already). That
 * each bloc's skills and levels are its role's is checked by the tests against seeds/data.
 */
export function readDiplomaBlocs(
  file = DIPLOMA_BLOCS_FILE,
  known: readonly { id: string }[] = knownDiplomas(ROME_CREDENTIALS_FILE),
): DiplomaBlocs[] {
  const { diplomas } = readReviewedFile(file, diplomaBlocsFileSchema, {
    list: 'diplomas',
    key: 'credential',
  });
  requireKnownDiplomas('diploma-blocs.yaml', diplomas, known);
  return diplomas;
}
