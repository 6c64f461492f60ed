import { readFileSync } from 'node:fs';
import { projectPath } from '../../schema/project-root.js';
import { parse } from 'yaml';
import {
  romeCredentialsFileSchema,
  type RomeCredentials,
  type RomeFiche,
} from '../../schema/rome.js';
import { fold } from '../dataset/citation-check.js';
import type { RomeError } from './rome-files.js';

export const ROME_CREDENTIALS_FILE = projectPath('seeds', 'rome-credentials.yaml');
const FILE = 'rome-credentials.yaml';

export type CredentialsOutcome =
  { ok: true; credentials: RomeCredentials } | { ok: false; errors: RomeError[] };

/** Reads and shapes the diplomas file (checked against a release by checkRomeCredentials). */
export function readRomeCredentials(file = ROME_CREDENTIALS_FILE): CredentialsOutcome {
  const parsed = romeCredentialsFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        where: `${FILE}: ${issue.path.join('.')}`,
        message: issue.message,
      })),
    };
  const errors = checkCredentialIds(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, credentials: parsed.data };
}

/** Each id once, each fiche in one diploma, each prerequisite a diploma of the file. */
function checkCredentialIds(file: RomeCredentials): RomeError[] {
  const ids = new Set(file.credentials.map((c) => c.id));
  const errors: RomeError[] = [];
  const seenIds = new Set<string>();
  const ficheOwner = new Map<string, string>();
  file.credentials.forEach((c, i) => {
    const where = `${FILE}: credentials.${i}`;
    if (seenIds.has(c.id)) errors.push({ where, message: `diploma ${c.id} listed twice` });
    seenIds.add(c.id);
    for (const fiche of c.fiches) {
      const owner = ficheOwner.get(fiche);
      if (owner) errors.push({ where, message: `fiche ${fiche} is already entered with ${owner}` });
      ficheOwner.set(fiche, c.id);
    }
    for (const id of c.requires?.anyOf ?? []) {
      if (id === c.id) errors.push({ where, message: `${c.id} requires itself` });
      else if (!ids.has(id)) errors.push({ where, message: `no diploma « ${id} » to require` });
    }
  });
  return errors;
}

/**
 * Every fiche must be a regulated fiche of the release whose « accès à l'emploi » text holds one
 * of the diploma's quotes (and ROME's words for the prerequisite, where the file quotes them):
 * the diploma is ROME's word, only its time and prerequisites may be the project's.
 */
export function checkRomeCredentials(
  file: RomeCredentials,
  fiches: readonly Pick<RomeFiche, 'id' | 'regulated' | 'access'>[],
): RomeError[] {
  const byCode = new Map(fiches.map((f) => [f.id, f]));
  const errors: RomeError[] = [];
  file.credentials.forEach((c, i) => {
    const where = `${FILE}: credentials.${i}`;
    for (const code of c.fiches) {
      const fiche = byCode.get(code);
      if (!fiche) {
        errors.push({ where, message: `no ROME fiche « ${code} »` });
        continue;
      }
      if (fiche.regulated !== true)
        errors.push({ where, message: `fiche ${code} is not a regulated job in ROME` });
      const access = fold(fiche.access);
      if (!c.quotes.some((q) => access.includes(fold(q))))
        errors.push({
          where,
          message: `ROME's access text of ${code} holds none of ${c.quotes.map((q) => `« ${q} »`).join(', ')}`,
        });
      const rule = c.requires?.romeQuote;
      if (rule && !access.includes(fold(rule)))
        errors.push({ where, message: `ROME's access text of ${code} does not say « ${rule} »` });
    }
  });
  return errors;
}
