import { describe, expect, it } from 'vitest';
import { AskedDiplomas } from './asked-diplomas.js';
import { diplomaCredit } from './diploma-credit.js';
import type { Profile } from './profile.js';

const law = {
  text: 'Décret n° 2019-747 du 19 juillet 2019 relatif au diplôme',
  article: 'art. 2',
  says: 'le diplôme est fait de quatre blocs de compétences',
  checked: '2026-12-07',
};
const asked = new AskedDiplomas(
  [
    { id: 'darm', label: "Diplôme d'assistant de régulation médicale" },
    { id: 'infirmier', label: "Diplôme d'État d'infirmier" },
  ],
  [
    {
      credential: 'darm',
      studyConditions: [],
      vae: { conditions: 'un livret, un jury, des blocs', laws: [law] },
    },
  ],
  [
    {
      credential: 'darm',
      role: 'arm',
      law,
      blocs: [
        {
          title: 'Traitement d’un appel',
          skills: { 'sf-appels': 'DEEP', 'k-vocabulaire': 'DEEP' },
          rationale: 'derived: un',
        },
        {
          title: 'Traitement des informations',
          skills: { 'sf-rediger': 'OPERATIONAL' },
          rationale: 'derived: trois',
        },
        {
          title: 'Situations dégradées',
          skills: { 'sf-critiques': 'DEEP' },
          rationale: 'derived: quatre',
        },
      ],
    },
  ],
);
const profile = (levels: Record<string, string>) => new Map(Object.entries(levels)) as Profile;

describe('diplomaCredit', () => {
  it('says bloc by bloc what she holds of a diploma made of blocs, numbered as its text, hours unknown', () => {
    const darm = asked.of('c-rome-diplome-darm');
    if (!darm) throw new Error('the DARM is asked');
    // Her levels listed in another order than the blocs': the order of the blocs is the text's.
    const credit = diplomaCredit(
      darm,
      profile({ 'sf-rediger': 'DEEP', 'k-vocabulaire': 'DEEP', 'sf-appels': 'OPERATIONAL' }),
    );
    expect(credit?.blocs.map((b) => [b.number, b.status])).toEqual([
      [1, 'PARTIAL'],
      [2, 'ACQUIRED'],
      [3, 'TO_FOLLOW'],
    ]);
    expect(credit).toMatchObject({ acquired: 1, vaeOpen: true });
    expect(credit?.source).toBe(
      'Décret n° 2019-747 du 19 juillet 2019 relatif au diplôme, art. 2 (vérifié le 7 décembre 2026)',
    );
    expect(credit?.blocs[0]).toMatchObject({
      hours: null,
      remainingHours: null,
      source: 'derived: un',
    });
    expect(credit?.blocs[0]?.skills.find((s) => s.skillId === 'sf-appels')).toMatchObject({
      level: 'DEEP',
      currentLevel: 'OPERATIONAL',
      held: false,
    });
  });

  it('is none for a diploma whose blocs were not reviewed', () => {
    const nurse = asked.of('c-rome-diplome-infirmier');
    expect(nurse).toMatchObject({ diploma: "Diplôme d'État d'infirmier", blocs: null });
    expect(nurse && diplomaCredit(nurse, profile({}))).toBeNull();
  });
});
