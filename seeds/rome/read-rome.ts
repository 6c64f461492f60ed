import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  ROME_FILE_KEYS,
  ROME_FILES,
  ROME_VERSION_FILE,
  romeFileName,
  type RomeError,
  type RomeTexts,
} from './rome-files.js';

export type ReadOutcome = { ok: true; texts: RomeTexts } | { ok: false; errors: RomeError[] };

/** The release codes (« v460 ») the folder's file names carry: one for a sound folder. */
function versionsOf(names: readonly string[]): string[] {
  const codes = new Set<string>();
  for (const name of names) {
    const m = /^unix_[a-z_]+_(v\d+)_utf8\.csv(?:\.gz)?$/.exec(name);
    if (m?.[1]) codes.add(m[1]);
  }
  return [...codes];
}

/**
 * Reads the files of one ROME release from a folder (`.csv` or `.csv.gz`). Says every file that
 * is missing, not just the first; reads nothing else.
 */
export function readRomeFolder(folder: string): ReadOutcome {
  if (!existsSync(folder))
    return { ok: false, errors: [{ where: folder, message: 'no such folder' }] };
  const names = readdirSync(folder);
  const versions = versionsOf(names);
  if (versions.length !== 1) {
    return {
      ok: false,
      errors: [
        {
          where: folder,
          message:
            versions.length === 0
              ? 'no ROME file (unix_<name>_v<version>_utf8.csv or .csv.gz) in this folder'
              : `files of several releases (${versions.join(', ')}): keep one`,
        },
      ],
    };
  }
  const version = versions[0] ?? '';
  const errors: RomeError[] = [];
  const files = {} as RomeTexts['files'];
  for (const key of ROME_FILE_KEYS) {
    const base = romeFileName(key, version);
    const found = [base, `${base}.gz`].find((name) => names.includes(name));
    if (!found) {
      errors.push({
        where: base,
        message: `missing: the ${ROME_FILES[key].name} file of ${version} is needed`,
      });
      continue;
    }
    files[key] = { name: base, text: readText(path.join(folder, found)) };
  }
  const notePath = path.join(folder, ROME_VERSION_FILE);
  if (!existsSync(notePath))
    errors.push({ where: ROME_VERSION_FILE, message: 'missing: the release note gives the date' });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    texts: { version, files, versionNote: readFileSync(notePath, 'utf8') },
  };
}

function readText(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}
