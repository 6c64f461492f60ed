import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareRomeImport } from './rome-import-service.js';

const FIXTURE = path.resolve('tests/fixtures/rome-mini');
const JOINS = path.resolve('tests/fixtures/rome-joins-mini.yaml');

describe('preparing a ROME import', () => {
  it('refuses a diplomas file that does not fit the release, naming the line, before any write', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rome-import-'));
    const credentialsFile = path.join(dir, 'rome-credentials.yaml');
    writeFileSync(
      credentialsFile,
      [
        'credentials:',
        '  - id: infirmier',
        "    label: Diplôme d'État d'infirmier",
        '    fiches: [J1506, M1609]',
        "    quotes: ['Diplôme d’État d’infirmier']",
        '    months: 36',
        '    monthsRationale: trois ans de formation en IFSI',
        '    monthsLaw: null',
      ].join('\n'),
    );
    const prepared = prepareRomeImport(FIXTURE, { joinsFile: JOINS, credentialsFile });
    expect(prepared.ok ? [] : prepared.errors).toEqual([
      {
        where: 'rome-credentials.yaml: credentials.0',
        message: 'fiche M1609 is not a regulated job in ROME',
      },
      {
        where: 'rome-credentials.yaml: credentials.0',
        message: "ROME's access text of M1609 holds none of « Diplôme d’État d’infirmier »",
      },
    ]);
    // A rule of law without its text is refused too, by field, before any write.
    writeFileSync(
      credentialsFile,
      [
        'credentials:',
        '  - id: infirmier',
        "    label: Diplôme d'État d'infirmier",
        '    fiches: [J1506]',
        "    quotes: ['Diplôme d’État d’infirmier']",
        '    months: 36',
        '    monthsRationale: trois ans de formation en IFSI',
        '    monthsLaw: null',
        '    requires: { anyOf: [infirmier], experienceMonths: 24, rationale: deux ans exigés }',
      ].join('\n'),
    );
    const lawless = prepareRomeImport(FIXTURE, { joinsFile: JOINS, credentialsFile });
    expect(lawless.ok ? [] : lawless.errors.map((e) => e.where)).toEqual([
      'rome-credentials.yaml: credentials.0.requires.law',
    ]);
    // The fixture's own reviewed file fits.
    expect(
      prepareRomeImport(FIXTURE, {
        joinsFile: JOINS,
        credentialsFile: path.resolve('tests/fixtures/rome-credentials-mini.yaml'),
      }).ok,
    ).toBe(true);
  });
});
