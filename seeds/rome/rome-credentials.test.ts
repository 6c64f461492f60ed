import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { RomeCredentials } from '../../schema/rome.js';
import { parseRome } from './parse-rome.js';
import { readRomeFolder } from './read-rome.js';
import { checkRomeCredentials, readRomeCredentials } from './rome-credentials.js';

const RELEASE = path.resolve(import.meta.dirname, '../../../shared/datasets/rome-v460');

function credentials(): RomeCredentials {
  const read = readRomeCredentials();
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.credentials;
}

function releaseFiches() {
  const read = readRomeFolder(RELEASE);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const release = parseRome(read.texts);
  if (!release.ok) throw new Error(JSON.stringify(release.errors));
  return release.graph.fiches;
}

describe('the diplomas of regulated jobs (seeds/rome-credentials.yaml)', () => {
  it.runIf(existsSync(RELEASE))(
    "name v460's regulated fiches, each with ROME's own words for its diploma",
    () => {
      const file = credentials();
      const fiches = releaseFiches();
      expect(checkRomeCredentials(file, fiches)).toEqual([]);
      const cadre = file.credentials.find((c) => c.fiches.includes('J1502'));
      expect(cadre?.requires?.anyOf).toContain('infirmier');
      // A quote ROME does not hold, a fiche ROME does not regulate, a rule ROME does not state.
      const [first, second] = file.credentials;
      const wrong: RomeCredentials = {
        credentials: [
          { ...first!, quotes: ['Diplôme de pilote de ligne'] },
          { ...second!, fiches: ['M1609'] },
          {
            ...file.credentials.find((c) => c.id === 'infirmier-anesthesiste')!,
            requires: {
              anyOf: ['infirmier'],
              experienceMonths: 0,
              quote: 'sans aucune expérience',
              rationale: 'une règle que ROME ne dit pas',
            },
          },
        ],
      };
      expect(checkRomeCredentials(wrong, fiches).map((e) => e.message)).toEqual([
        ...first!.fiches.map(
          (code) => `ROME's access text of ${code} holds none of « Diplôme de pilote de ligne »`,
        ),
        'fiche M1609 is not a regulated job in ROME',
        expect.stringContaining("ROME's access text of M1609 holds none of"),
        "ROME's access text of J1503 does not say « sans aucune expérience »",
      ]);
    },
  );

  it('refuses a file whose ids do not hold together, naming the line', () => {
    const { requires, ...base } = credentials().credentials.find((c) => c.id === 'cadre-sante')!;
    const wrongRule = { ...requires!, anyOf: ['cadre-sante', 'pilote'] };
    const dir = mkdtempSync(path.join(tmpdir(), 'credentials-'));
    const file = path.join(dir, 'rome-credentials.yaml');
    writeFileSync(
      file,
      stringify({
        credentials: [
          { ...base, requires: wrongRule },
          { ...base },
          { ...base, id: 'sans-duree', months: 0 },
        ],
      }),
    );
    const read = readRomeCredentials(file);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.where)).toEqual([
      'rome-credentials.yaml: credentials.2.months',
    ]);
    writeFileSync(
      file,
      stringify({
        credentials: [{ ...base, requires: wrongRule }, { ...base }],
      }),
    );
    const again = readRomeCredentials(file);
    expect(again.ok ? [] : again.errors).toEqual([
      { where: 'rome-credentials.yaml: credentials.0', message: 'cadre-sante requires itself' },
      {
        where: 'rome-credentials.yaml: credentials.0',
        message: 'no diploma « pilote » to require',
      },
      {
        where: 'rome-credentials.yaml: credentials.1',
        message: 'diploma cadre-sante listed twice',
      },
      {
        where: 'rome-credentials.yaml: credentials.1',
        message: 'fiche J1502 is already entered with cadre-sante',
      },
    ]);
  });
});
