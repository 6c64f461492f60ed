import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../../schema/project-root.js';
import { parse } from 'yaml';
import { fundingSchemesFileSchema, type FundingScheme } from '../../schema/funding.js';

export const FUNDING_SCHEMES_FILE = projectPath('seeds', 'funding-schemes.yaml');

/** A file that breaks a rule: where (« funding-schemes.yaml: schemes.1.law.article ») and why. */
export class FundingSchemesError extends Error {
  constructor(readonly problems: readonly { where: string; message: string }[]) {
    super(
      `funding-schemes.yaml is not valid:\n${problems.map((p) => `- ${p.where}: ${p.message}`).join('\n')}`,
    );
    this.name = 'FundingSchemesError';
  }
}

/** Reads the reviewed funding schemes; refuses a scheme without its text of law, or an id twice. */
export function readFundingSchemes(file = FUNDING_SCHEMES_FILE): FundingScheme[] {
  const name = path.basename(file);
  const parsed = fundingSchemesFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new FundingSchemesError(
      parsed.error.issues.map((issue) => ({
        where: `${name}: ${issue.path.join('.')}`,
        message: issue.message,
      })),
    );
  const seen = new Set<string>();
  const twice = parsed.data.schemes.flatMap((s, i) => {
    const again = seen.has(s.id);
    seen.add(s.id);
    return again
      ? [{ where: `${name}: schemes.${i}.id`, message: `« ${s.id} » is listed twice` }]
      : [];
  });
  if (twice.length > 0) throw new FundingSchemesError(twice);
  return parsed.data.schemes;
}
