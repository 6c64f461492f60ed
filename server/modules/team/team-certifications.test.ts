import { describe, expect, it } from 'vitest';
import type { PublishedCertification } from '../../domain/bloc-credit.js';
import type { DraftItem } from '../../../schema/workbench.js';
import { teamCertificationPlan } from './team-certifications.js';

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
