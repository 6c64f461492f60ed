import { describe, expect, it } from 'vitest';
import { asFiles, tinyDataset } from '../../tests/support/dataset-fixtures.js';
import { loadDataset } from './load-dataset.js';

function errorsOf(dataset: Record<string, unknown>) {
  const result = loadDataset(asFiles(dataset));
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.errors.map((e) => `${e.where} — ${e.message}`);
}

describe('loadDataset validation', () => {
  it('accepts a valid dataset and builds its graph', () => {
    const result = loadDataset(asFiles(tinyDataset()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.nodes.map((n) => `${n.label}:${n.props.id}`).sort()).toEqual([
      'Condition:c-exam',
      'Role:role-a',
      'Role:role-b',
      'Skill:k-one',
      'Skill:sf-two',
    ]);
    expect(result.graph.relationships).toHaveLength(4);
  });

  it('reports a duplicate id with both places', () => {
    const data = tinyDataset();
    data['skills.yaml'].skills.push({ ...data['skills.yaml'].skills[0]!, label: 'Doublon' });
    expect(errorsOf(data)).toEqual([
      'skills.yaml: skills.2 — duplicate Skill id "k-one" (first defined at skills.yaml: skills.0)',
    ]);
  });

  it('reports a dangling reference in a requirement, with file and path', () => {
    const data = tinyDataset();
    data['roles.yaml'].roles[0]!.requirements[0]!.skills = { 'k-missing': 'DEEP' };
    expect(errorsOf(data)).toEqual([
      'roles.yaml: roles.0.requirements.0.skills.k-missing — dangling reference: REQUIRES end "k-missing" is not a Skill',
    ]);
  });

  it('reports a dangling condition of a move', () => {
    const data = tinyDataset();
    data['moves.yaml'].moves[0]!.conditions = ['c-nowhere'];
    expect(errorsOf(data)).toEqual([
      'moves.yaml: moves.0.conditions.0 — dangling reference: reference "c-nowhere" is not a Condition',
    ]);
  });

  it('reports a missing source', () => {
    const data = tinyDataset();
    const { source: _dropped, ...withoutSource } = data['skills.yaml'].skills[1]!;
    data['skills.yaml'].skills[1] = withoutSource as never;
    expect(errorsOf(data)).toEqual(['skills.yaml: skills.1.source — source is required']);
  });

  it('refuses a level without its provenance, and a move kind without its own', () => {
    const data = tinyDataset();
    const { levelSource: _level, ...unsourced } = data['roles.yaml'].roles[1]!.requirements[0]!;
    data['roles.yaml'].roles[1]!.requirements[0] = unsourced as never;
    const { kindSource: _kind, ...unqualified } = data['moves.yaml'].moves[0]!;
    data['moves.yaml'].moves[0] = unqualified as never;
    expect(errorsOf(data)).toEqual([
      'roles.yaml: roles.1.requirements.0.levelSource — source is required',
      'moves.yaml: moves.0.kindSource — source is required',
    ]);
  });

  it('rejects a source that names no known document or gives no rationale', () => {
    const data = tinyDataset();
    data['skills.yaml'].skills[0]!.source = 'my-notes.txt#p3';
    data['skills.yaml'].skills[1]!.source = 'derived: yes';
    const errors = errorsOf(data);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(
      /^skills\.yaml: skills\.0\.source — source must be "<document>#<section or Qnn>"/,
    );
    expect(errors[1]).toMatch(/^skills\.yaml: skills\.1\.source — /);
  });

  it('reports an unknown level and names the accepted ones', () => {
    const data = tinyDataset();
    data['roles.yaml'].roles[1]!.requirements[0]!.skills['sf-two'] = 'EXPERT';
    expect(errorsOf(data)).toEqual([
      'roles.yaml: roles.1.requirements.0.skills.sf-two — unknown level "EXPERT": expected one of GENERAL, OPERATIONAL, DEEP',
    ]);
  });

  it('rejects a role without requirements', () => {
    const data = tinyDataset();
    data['roles.yaml'].roles[1]!.requirements = [];
    expect(errorsOf(data)).toEqual([
      'roles.yaml: roles.1.requirements — a role needs at least one requirement',
    ]);
  });

  it('rejects unknown top-level sections (typos)', () => {
    const errors = errorsOf({ ...tinyDataset(), 'extra.yaml': { skils: [] } });
    expect(errors).toEqual([expect.stringMatching(/^extra\.yaml — Unrecognized key: "skils"/)]);
  });

  it('reports every error of every file at once', () => {
    const data = tinyDataset();
    data['skills.yaml'].skills[0]!.source = '';
    data['moves.yaml'].moves[0]!.kind = 'JUMP';
    const errors = errorsOf(data);
    expect(errors).toHaveLength(2);
    expect(errors.some((e) => e.startsWith('skills.yaml: skills.0.source'))).toBe(true);
    expect(errors.some((e) => e.startsWith('moves.yaml: moves.0.kind'))).toBe(true);
  });

  it('reports YAML syntax errors with the file name', () => {
    const result = loadDataset([
      ...asFiles(tinyDataset()),
      { file: 'broken.yaml', text: 'skills: [unclosed\n' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    expect(
      result.errors.every((e) => e.where === 'broken.yaml' && e.message.startsWith('YAML: ')),
    ).toBe(true);
  });
});

describe('the level scale', () => {
  const level = (id: string, rank: number, minMonths: number, maxMonths: number) => ({
    id,
    rank,
    label: `Niveau ${id}`,
    definition: 'Une définition du niveau.',
    acquisitionTime: 'Une durée.',
    minMonths,
    maxMonths,
    source: 'derived: échelle inventée pour ce test',
  });

  it('is refused when a higher level does not take longer to reach', () => {
    const data: Record<string, unknown> = {
      ...tinyDataset(),
      'levels.yaml': {
        levels: [
          level('GENERAL', 1, 0.25, 1),
          level('OPERATIONAL', 2, 24, 60),
          level('DEEP', 3, 3, 24),
        ],
      },
    };
    expect(errorsOf(data)).toEqual([
      'levels.yaml: levels.0 — level DEEP must take longer to reach than OPERATIONAL (13.5 months ≤ 42)',
    ]);
  });
});
