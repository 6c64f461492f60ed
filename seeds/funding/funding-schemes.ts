import { projectPath } from '../../schema/project-root.js';
import { fundingSchemesFileSchema, type FundingScheme } from '../../schema/funding.js';
import { readReviewedFile } from '../reviewed-file.js';

export const FUNDING_SCHEMES_FILE = projectPath('seeds', 'funding-schemes.yaml');

/** Reads the reviewed funding schemes; refuses a scheme without its text of law, or an id twice. */
export function readFundingSchemes(file = FUNDING_SCHEMES_FILE): FundingScheme[] {
  return readReviewedFile(file, fundingSchemesFileSchema, { list: 'schemes', key: 'id' }).schemes;
}
