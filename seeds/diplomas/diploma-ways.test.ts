import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editedCopy } from '../edited-copy.js';
import { projectPath } from '../../schema/project-root.js';
import { ReviewedFileError } from '../reviewed-file.js';
import { DIPLOMA_WAYS_FILE, readDiplomaWays } from './diploma-ways.js';

const withFile = (edit: (text: string) => string) => editedCopy(DIPLOMA_WAYS_FILE, edit);

describe('diploma-ways.yaml', () => {
  it('opens VAE only where a text read by the project opens it, each way with its texts', () => {
    const { ways, diplomas } = readDiplomaWays();
    expect(diplomas.map((d) => d.id)).toContain('infirmier');
    expect(ways.filter((d) => d.vae).map((d) => d.credential)).toEqual([
      'regulation-medicale',
      'aide-soignant',
      'auxiliaire-puericulture',
      'infirmier-bloc-operatoire',
    ]);
    // Not every health diploma is open to VAE: the nurse's is not said to be.
    expect(ways.map((d) => d.credential)).not.toContain('infirmier');
    for (const d of ways)
      for (const way of [d.vae, d.apprenticeship].flatMap((w) => w ?? []))
        for (const law of way.laws) expect(law.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("names study conditions that are the study's diploma conditions", () => {
    const moves = parse(readFileSync(projectPath('seeds', 'data', 'moves.yaml'), 'utf8')) as {
      conditions: { id: string; kind: string }[];
    };
    const kindOf = new Map(moves.conditions.map((c) => [c.id, c.kind]));
    const named = readDiplomaWays().ways.flatMap((d) => d.studyConditions);
    expect(named).toContain('c-diplome-arm');
    for (const id of named) expect(kindOf.get(id), id).toBe('DIPLOMA');
  });

  it('refuses a way without its text, saying where', () => {
    const file = withFile((t) =>
      t.replace(
        /(credential: aide-soignant\n {4}vae:\n {6}conditions:[^\n]*\n) {6}laws:\n( {8}- text:[^\n]*\n( {10}[^\n]*\n)+)/,
        '$1      laws: []\n',
      ),
    );
    expect(() => readDiplomaWays(file)).toThrow(ReviewedFileError);
    expect(() => readDiplomaWays(file)).toThrow(
      /diplomas\.1\.vae\.laws: cites the text that opens this way/,
    );
  });

  it('refuses a diploma that rome-credentials.yaml does not hold, and a diploma twice', () => {
    const unknown = withFile((t) =>
      t.replace('credential: aide-soignant', 'credential: aide-soignante'),
    );
    expect(() => readDiplomaWays(unknown)).toThrow(
      /diplomas\.1\.credential: « aide-soignante » is no diploma of rome-credentials\.yaml/,
    );
    const twice = withFile((t) =>
      t.replace('credential: aide-soignant', 'credential: regulation-medicale'),
    );
    expect(() => readDiplomaWays(twice)).toThrow(
      /diplomas\.1\.credential: « regulation-medicale » is listed twice/,
    );
  });
});
