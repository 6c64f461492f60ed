import { describe, expect, it } from 'vitest';
import { editedCopy } from '../edited-copy.js';
import { loadDataset } from '../dataset/load-dataset.js';
import { ReviewedFileError } from '../reviewed-file.js';
import { DIPLOMA_BLOCS_FILE, readDiplomaBlocs } from './diploma-blocs.js';

const withFile = (edit: (text: string) => string) => editedCopy(DIPLOMA_BLOCS_FILE, edit);

describe('diploma-blocs.yaml', () => {
  it("gives the DARM the decree's four blocs, each bloc's skills at the levels its role asks, every skill of the role in a bloc", () => {
    const dataset = loadDataset();
    if (!dataset.ok) throw new Error('the dataset does not load');
    for (const diploma of readDiplomaBlocs()) {
      const asked = new Map(
        dataset.graph.relationships
          .filter((r) => r.type === 'REQUIRES' && r.fromId === diploma.role)
          .map((r) => [r.toId, (r.props as { level: string }).level]),
      );
      expect(asked.size, diploma.role).toBeGreaterThan(0);
      const inBlocs = diploma.blocs.flatMap((b) => Object.entries(b.skills));
      for (const [skill, level] of inBlocs)
        expect(`${skill}: ${level}`).toBe(`${skill}: ${asked.get(skill) ?? 'not asked'}`);
      expect(new Set(inBlocs.map(([skill]) => skill))).toEqual(new Set(asked.keys()));
    }
    const darm = readDiplomaBlocs().find((d) => d.credential === 'regulation-medicale');
    expect(darm?.blocs.map((b) => b.title.split(' ')[0])).toEqual([
      'Traitement',
      'Mobilisation',
      'Traitement',
      'Appui',
    ]);
  });

  it('refuses a bloc whose skills are not said to be derived, and a bloc without skills', () => {
    const underived = withFile((t) =>
      t.replace('rationale: "derived: traiter un appel', 'rationale: "traiter un appel'),
    );
    expect(() => readDiplomaBlocs(underived)).toThrow(ReviewedFileError);
    expect(() => readDiplomaBlocs(underived)).toThrow(
      /diplomas\.0\.blocs\.0\.rationale: starts with « derived: »/,
    );
    const empty = withFile((t) =>
      t.replace(/ {8}skills:\n {10}sf-situations-critiques: DEEP\n/, '        skills: {}\n'),
    );
    expect(() => readDiplomaBlocs(empty)).toThrow(
      /diplomas\.0\.blocs\.3\.skills: lists at least one skill/,
    );
  });

  it('refuses a diploma rome-credentials.yaml does not hold', () => {
    const unknown = withFile((t) =>
      t.replace('credential: regulation-medicale', 'credential: darm'),
    );
    expect(() => readDiplomaBlocs(unknown)).toThrow(
      /diplomas\.0\.credential: « darm » is no diploma of rome-credentials\.yaml/,
    );
  });
});
