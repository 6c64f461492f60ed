import { describe, expect, it } from 'vitest';
import type { PublishedCertification } from '../../domain/bloc-credit.js';
import type { DraftItem } from '../../../schema/workbench.js';
import { AskedDiplomas } from '../../domain/asked-diplomas.js';
import { teamCertificationPlan, teamDiplomaPlan } from './team-certifications.js';

const item = (
  skillId: string,
  level: 'GENERAL' | 'OPERATIONAL' | 'DEEP',
  hours: number,
): DraftItem => ({
  id: skillId,
  label: skillId,
  skills: [{ skillId, level, source: 'x' }],
  hours,
  modality: null,
  evaluation: 'Étude de cas',
  notes: '',
  source: 'x',
});
const certification: PublishedCertification = {
  draftId: 'm1',
  title: 'Parcours TIM',
  number: 2,
  author: 'a@b.fr',
  publishedBy: 'a@b.fr',
  publishedAt: '2026-12-07T10:00:00Z',
  targetRoleId: 'tim',
  blocks: [
    { id: 'b1', title: 'Saisir', aim: '', items: [item('k-codage', 'OPERATIONAL', 21)] },
    {
      id: 'b2',
      title: 'Contrôler',
      aim: '',
      items: [item('k-codage', 'GENERAL', 14), item('sf-analyser', 'OPERATIONAL', 35)],
    },
  ],
};

describe('the team plan of a published certification', () => {
  it('sorts the people aiming at its role into those to recognise, partly, or train, and adds up the hours to fund', () => {
    const members = [
      {
        id: 'agent-1',
        targetRoleId: 'tim',
        profile: new Map([['k-codage', 'OPERATIONAL' as const]]),
      },
      {
        id: 'agent-2',
        targetRoleId: 'tim',
        profile: new Map([
          ['k-codage', 'DEEP' as const],
          ['sf-analyser', 'OPERATIONAL' as const],
        ]),
      },
      { id: 'agent-3', targetRoleId: 'tim', profile: new Map() },
      // Another target: not counted.
      { id: 'agent-4', targetRoleId: 'arm', profile: new Map() },
    ];
    const plan = teamCertificationPlan(certification, members);
    expect(plan.people).toBe(3);
    expect(plan.blocs).toEqual([
      {
        number: 1,
        title: 'Saisir',
        hours: 21,
        recognise: ['agent-1', 'agent-2'],
        partial: [],
        train: ['agent-3'],
        hoursToFund: 21,
      },
      {
        number: 2,
        title: 'Contrôler',
        hours: 49,
        recognise: ['agent-2'],
        partial: ['agent-1'],
        train: ['agent-3'],
        hoursToFund: 35 + 49,
      },
    ]);
    expect(plan.hoursToFund).toBe(21 + 35 + 49);
  });
});

describe('the team plan of a regulated diploma made of blocs', () => {
  const law = {
    text: 'Décret n° 2019-747 du 19 juillet 2019 relatif au diplôme',
    article: 'art. 2',
    says: 'le diplôme est fait de blocs de compétences',
    checked: '2026-12-07',
  };
  const [darm] = new AskedDiplomas(
    [{ id: 'darm', label: "Diplôme d'assistant de régulation médicale" }],
    [
      {
        credential: 'darm',
        studyConditions: [],
        vae: { conditions: 'livrets et jury', laws: [law] },
      },
    ],
    [
      {
        credential: 'darm',
        role: 'arm',
        law,
        blocs: [
          { title: 'Appels', skills: { 'sf-appels': 'DEEP' }, rationale: 'derived: un' },
          {
            title: 'Informations',
            skills: { 'sf-rediger': 'OPERATIONAL', 'sf-secret': 'OPERATIONAL' },
            rationale: 'derived: trois',
          },
        ],
      },
    ],
  ).forRole('arm');

  it('sends to VAE of a bloc those who hold it, and to training those who lack it, among the people sent to its role', () => {
    if (!darm) throw new Error('the DARM is the ARM’s');
    const plan = teamDiplomaPlan(darm, [
      {
        id: 'agent-2',
        targetRoleId: 'arm',
        profile: new Map([['sf-rediger', 'OPERATIONAL' as const]]),
      },
      {
        id: 'agent-1',
        targetRoleId: 'arm',
        profile: new Map([
          ['sf-rediger', 'DEEP' as const],
          ['sf-secret', 'OPERATIONAL' as const],
        ]),
      },
      { id: 'agent-3', targetRoleId: 'tim', profile: new Map([['sf-appels', 'DEEP' as const]]) },
    ]);
    expect(plan).toMatchObject({ id: 'darm', vaeOpen: true, people: 2, hoursToFund: null });
    expect(plan?.source).toMatch(/^Décret n° 2019-747 .*, art\. 2 \(vérifié le 7 décembre 2026\)$/);
    expect(plan?.blocs.map((b) => [b.number, b.recognise, b.partial, b.train])).toEqual([
      [1, [], [], ['agent-2', 'agent-1']],
      [2, ['agent-1'], ['agent-2'], []],
    ]);
  });
});
