import { describe, expect, it } from 'vitest';
import type { Sector } from '../../schema/common.js';
import type { SkillGapResult } from './gap.js';
import type { ConditionRecord, RoleRecord, TrainingBlockRecord } from './records.js';
import { stepMeans } from './step-means.js';

const role = (id: string, sector: Sector): RoleRecord => ({
  id,
  source: 's',
  title: id === 'tim' ? "Technicien d'information médicale" : id,
  roleKind: 'PATH_TARGET',
  sector,
  family: null,
  definition: null,
  category: null,
  codeMetier: null,
  rome: null,
  rncp: null,
  requirements: [],
  moves: [],
});
const condition = (
  id: string,
  kind: ConditionRecord['kind'],
  alsoKinds: ConditionRecord['alsoKinds'] = null,
): ConditionRecord => ({ id, kind, alsoKinds, label: `label ${id}`, source: `source ${id}` });
const block: TrainingBlockRecord = {
  id: 'b1',
  source: 'étude 4.3',
  title: "Gestion de l'information",
  blockKind: 'CORE',
  summary: 'résumé',
  order: 1,
  items: [
    { id: 'i1', source: 'x', label: 'PMSI', develops: [] },
    { id: 'i2', source: 'x', label: 'Qualité des données', develops: [] },
  ],
};
const gap = (blocks: SkillGapResult['blocks'] = []) => ({ blocks }) as SkillGapResult;
const kinds = (means: { kind: string }[]) => means.map((m) => m.kind);

describe('stepMeans', () => {
  it('a move inside the public hospital without concours is an internal mobility, and the study blocks train for it', () => {
    const means = stepMeans(
      {
        conditions: [condition('c-bac2', 'DIPLOMA')],
        gap: gap([{ blockId: 'b1', itemIds: ['i1'], skillIds: [] }]),
      },
      role('secretaire', 'FPH'),
      role('tim', 'FPH'),
      (id) => (id === 'b1' ? block : undefined),
    );
    expect(kinds(means)).toEqual(['INTERNAL_MOBILITY', 'TRAINING', 'TRAINING']);
    expect(means[0]?.label).toBe(
      "Candidater sur un poste de technicien d'information médicale dans l'établissement (mobilité interne, sans concours)",
    );
    expect(means[0]?.source).toMatch(/^derived: /);
    expect(means[1]).toMatchObject({
      label: 'Se préparer à la condition « label c-bac2 »',
      source: 'source c-bac2',
    });
    // Only the items that close a missing skill, and never called a certification.
    expect(means[2]).toMatchObject({
      blockId: 'b1',
      source: 'étude 4.3',
      label:
        "Bloc « Gestion de l'information » de l'étude (une proposition, pas une certification) : PMSI",
    });
  });

  it('a concours, a détachement or a reclassement is the means, not an internal mobility', () => {
    const take = (c: ConditionRecord, to: Sector = 'FPH') =>
      kinds(
        stepMeans(
          { conditions: [c], gap: gap() },
          role('a', 'FPH'),
          role('b', to),
          () => undefined,
        ),
      );
    expect(take(condition('c1', 'CONCOURS'))).toEqual(['CONCOURS']);
    expect(take(condition('c2', 'STATUS_CHANGE', ['CONCOURS']), 'FPE_FPT')).toEqual([
      'DETACHEMENT',
    ]);
    expect(take(condition('c3', 'RECLASSIFICATION'))).toEqual(['RECLASSEMENT']);
  });

  it('leaving the public hospital, or asking for experience, names no means of its own', () => {
    const means = stepMeans(
      {
        conditions: [condition('c-quitter', 'STATUS_CHANGE'), condition('c-exp', 'EXPERIENCE')],
        gap: gap(),
      },
      role('a', 'FPH'),
      role('b', 'PRIVATE_ASSOCIATIVE'),
      () => undefined,
    );
    expect(means).toEqual([]);
  });
});
