import { describe, expect, it } from 'vitest';
import type { DraftBlock, DraftItem } from '../../schema/workbench.js';
import { blocCredits } from './bloc-credit.js';

const item = (
  label: string,
  skills: [string, 'GENERAL' | 'OPERATIONAL' | 'DEEP'][],
  hours: number | null,
): DraftItem => ({
  id: label,
  label,
  skills: skills.map(([skillId, level]) => ({ skillId, level, source: 'x' })),
  hours,
  modality: null,
  evaluation: 'Mise en situation',
  notes: '',
  source: 'x',
});
const block = (title: string, items: DraftItem[]): DraftBlock => ({
  id: title,
  title,
  aim: '',
  items,
});

// Three blocs; the profile holds some skills above, at and below the levels asked.
const blocks = [
  block('Codage', [
    item('PMSI', [['k-pmsi', 'OPERATIONAL']], 70),
    item(
      'Actes',
      [
        ['k-codage', 'GENERAL'],
        ['k-pmsi', 'GENERAL'],
      ],
      35,
    ),
  ]),
  block('Données', [
    item('Analyse', [['sf-analyser', 'OPERATIONAL']], 40),
    item('Bureautique', [['k-bureautique', 'OPERATIONAL']], 20),
  ]),
  block('Former', [item('Tutorat', [['sf-former', 'GENERAL']], null)]),
];
const profile = new Map([
  ['k-pmsi', 'DEEP' as const],
  ['k-codage', 'GENERAL' as const],
  ['k-bureautique', 'OPERATIONAL' as const],
  ['sf-analyser', 'GENERAL' as const],
]);

describe('the bloc credit rule', () => {
  it('a bloc is « acquis » when every skill is held at the highest level its contents ask, and leaves no hours', () => {
    const [codage] = blocCredits(blocks, profile);
    expect(codage).toMatchObject({ status: 'ACQUIRED', hours: 105, remainingHours: 0 });
    expect(codage?.skills).toEqual([
      { skillId: 'k-pmsi', level: 'OPERATIONAL', currentLevel: 'DEEP', held: true },
      { skillId: 'k-codage', level: 'GENERAL', currentLevel: 'GENERAL', held: true },
    ]);
  });

  it('« en partie »: only the hours of the contents she does not hold remain', () => {
    const [, donnees] = blocCredits(blocks, profile);
    expect(donnees).toMatchObject({ status: 'PARTIAL', hours: 60, remainingHours: 40 });
    expect(donnees?.skills.find((s) => s.skillId === 'sf-analyser')).toMatchObject({
      currentLevel: 'GENERAL',
      held: false,
    });
  });

  it('« à suivre » when she holds none; hours unknown stay unknown, never counted as nothing', () => {
    const [, , former] = blocCredits(blocks, profile);
    expect(former).toMatchObject({ status: 'TO_FOLLOW', hours: null, remainingHours: null });
    // A level lower than asked is not held: the same bloc with her level one step short.
    const short = blocCredits(
      blocks,
      new Map([
        ['k-pmsi', 'GENERAL' as const],
        ['k-codage', 'GENERAL' as const],
      ]),
    );
    expect(short[0]).toMatchObject({ status: 'PARTIAL', remainingHours: 70 });
  });
});
