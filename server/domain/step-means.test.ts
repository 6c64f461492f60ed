import { describe, expect, it } from 'vitest';
import type { Sector } from '../../schema/common.js';
import type { SkillGapResult } from './gap.js';
import type { ConditionRecord, RoleRecord, TrainingBlockRecord } from './records.js';
import { AskedDiplomas } from './asked-diplomas.js';
import { stepMeans, VAE_UNREVIEWED } from './step-means.js';

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

  describe('a diploma asked for', () => {
    const law = {
      text: 'Arrêté du 19 juillet 2019 relatif au diplôme',
      article: 'art. 3',
      says: 'le diplôme s’obtient aussi par la VAE',
      checked: '2026-12-07',
    };
    const book = new AskedDiplomas(
      [
        { id: 'darm', label: "Diplôme d'assistant de régulation médicale" },
        { id: 'infirmier', label: "Diplôme d'État d'infirmier" },
      ],
      [
        {
          credential: 'darm',
          studyConditions: ['c-diplome-arm'],
          vae: { conditions: 'livret 1 puis livret 2 et un jury', laws: [law] },
          apprenticeship: {
            conditions: 'un contrat avec un employeur',
            laws: [law],
            reviewNote: 'la limite d’âge n’est pas lue',
          },
        },
      ],
    );
    const take = (c: ConditionRecord) =>
      stepMeans(
        { conditions: [c], gap: gap() },
        role('a', 'ALL_SECTORS'),
        role('b', 'ALL_SECTORS'),
        () => undefined,
        (id) => book.of(id),
      );

    it('is also taken by VAE or apprenticeship where a reviewed text opens them, each citing it', () => {
      // The study's condition and the ROME one name the same diploma.
      for (const id of ['c-diplome-arm', 'c-rome-diplome-darm']) {
        const means = take(condition(id, 'DIPLOMA'));
        expect(kinds(means)).toEqual(['TRAINING', 'VAE', 'APPRENTICESHIP']);
        expect(means[0]?.label).toBe(`Se préparer à la condition « label ${id} »`);
        expect(means[1]).toMatchObject({
          label:
            "Pour le diplôme d'assistant de régulation médicale, totale ou partielle : livret 1 puis livret 2 et un jury",
          source:
            'Arrêté du 19 juillet 2019 relatif au diplôme, art. 3 (vérifié le 7 décembre 2026)',
        });
        expect(means[2]?.source).toMatch(/ — la limite d’âge n’est pas lue$/);
      }
    });

    it('whose ways were not reviewed says so, and opens no VAE', () => {
      const means = take(condition('c-rome-diplome-infirmier', 'DIPLOMA'));
      expect(kinds(means)).toEqual(['TRAINING']);
      expect(means[0]?.label).toBe(
        `Se préparer à la condition « label c-rome-diplome-infirmier » — ${VAE_UNREVIEWED}`,
      );
      // A condition that names no diploma of the file (« niveau bac+2 ») says nothing of VAE.
      expect(take(condition('c-niveau-bac2', 'DIPLOMA'))[0]?.label).toBe(
        'Se préparer à la condition « label c-niveau-bac2 »',
      );
    });
  });
});
