import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editedCopy } from '../edited-copy.js';
import { parse } from 'yaml';
import { checkLooseCitations, type CitationDocuments } from '../dataset/citation-check.js';
import { loadDataset } from '../dataset/load-dataset.js';
import { ReviewedFileError } from '../reviewed-file.js';
import { POSITIONING_FILE, readPositioningStatements } from './positioning-statements.js';

const statements = readPositioningStatements();
const all = [...statements.values()].flat();

const seedsDir = path.resolve(import.meta.dirname, '../../../shared/seeds');
const documents: CitationDocuments = {
  study: readFileSync(path.join(seedsDir, '000_3c4ce5580e3f1980.txt'), 'utf8').split('\n'),
  article: readFileSync(path.join(seedsDir, '004_14c123c911b5af26.txt'), 'utf8'),
  officialSheets: readFileSync(path.join(seedsDir, '../reference/target-roles.md'), 'utf8'),
};

const withFile = (edit: (text: string) => string) => editedCopy(POSITIONING_FILE, edit);

describe('the positioning statements', () => {
  it('cover every skill of the job sheet 40L20, each level at least once', () => {
    const sheet = parse(
      readFileSync(path.join(import.meta.dirname, '../data/job-sheet-40l20.yaml'), 'utf8'),
    ) as { jobSheet: { savoirFaire: string[]; knowledge: { skill: string }[] } };
    const sheetSkills = [
      ...sheet.jobSheet.savoirFaire,
      ...sheet.jobSheet.knowledge.map((k) => k.skill),
    ];
    expect([...statements.keys()].sort()).toEqual([...sheetSkills].sort());
    for (const list of statements.values())
      expect(new Set(list.map((s) => s.level))).toEqual(
        new Set(['GENERAL', 'OPERATIONAL', 'DEEP']),
      );
  });

  it('name skills of the dataset, with ids that say the skill and the level', () => {
    const dataset = loadDataset();
    if (!dataset.ok) throw new Error('the dataset does not load');
    const skillIds = new Set(
      dataset.graph.nodes.filter((n) => n.label === 'Skill').map((n) => n.props.id),
    );
    expect([...statements.keys()].filter((id) => !skillIds.has(id))).toEqual([]);
    expect(statements.get('k-secretariat')?.map((s) => s.id)).toEqual([
      'k-secretariat.GENERAL.1',
      'k-secretariat.OPERATIONAL.1',
      'k-secretariat.DEEP.1',
    ]);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });

  it('find the words they quote on the lines they cite, and carry the level’s rationale', () => {
    const report = checkLooseCitations(
      all.map((s) => ({ where: s.id, citation: s.source, about: s.text })),
      documents,
    );
    expect(report.failures).toEqual([]);
    expect(report.checked).toBeGreaterThan(50);
    expect(all.every((s) => s.levelSource.startsWith('derived:'))).toBe(true);
  });

  it('catch a citation moved off its lines', () => {
    const moved = all.map((s) =>
      s.id === 'sf-travail-equipe.OPERATIONAL.1'
        ? { where: s.id, citation: s.source.replace('l. 639-662', 'l. 663-684'), about: s.text }
        : { where: s.id, citation: s.source, about: s.text },
    );
    expect(checkLooseCitations(moved, documents).failures.map((f) => f.where)).toEqual([
      'sf-travail-equipe.OPERATIONAL.1',
    ]);
  });

  it('refuse a statement without its source, a level left out or a skill twice, naming where', () => {
    const noSource = withFile((t) =>
      t.replace(/(text: Je classe un document reçu dans le bon dossier\.\n)\s+source: .*\n/, '$1'),
    );
    expect(() => readPositioningStatements(noSource)).toThrow(ReviewedFileError);
    expect(() => readPositioningStatements(noSource)).toThrow(
      /skills\.5\.statements\.0\.source: source is required/,
    );
    const noDeep = withFile((t) =>
      t.replace(/level: DEEP\n(\s+)text: Je paramètre/, 'level: OPERATIONAL\n$1text: Je paramètre'),
    );
    expect(() => readPositioningStatements(noDeep)).toThrow(
      /skills\.10\.statements: gives at least one statement for each level/,
    );
    const twice = withFile((t) => t.replace('skill: k-communication', 'skill: k-bureautique'));
    expect(() => readPositioningStatements(twice)).toThrow(
      /skills\.13\.skill: « k-bureautique » is listed twice/,
    );
  });
});
