import { describe, expect, it } from 'vitest';
import { frenchStems, lightStem, meaningfulWords, nameScore, rankByName } from './french-text.js';

describe('everyday French', () => {
  it('drops stop words and elisions, folds accents and case', () => {
    expect(meaningfulWords('Cadre de santé')).toEqual(['cadre', 'sante']);
    expect(meaningfulWords('l’accueil des patients')).toEqual(['accueil', 'patients']);
    expect(meaningfulWords("L'ACCUEIL DU PUBLIC")).toEqual(['accueil', 'public']);
    expect(meaningfulWords("qu'il s'agisse d'archives")).toEqual(['agisse', 'archives']);
    expect(meaningfulWords('de la du des')).toEqual([]);
  });

  it('gives feminine, masculine and plural forms one stem', () => {
    expect(lightStem('infirmière')).toBe(lightStem('infirmier'));
    expect(lightStem('médicale')).toBe(lightStem('médical'));
    expect(lightStem('coordinatrice')).toBe(lightStem('coordinateur').slice(0, 9));
    expect(lightStem('administrative')).toBe(lightStem('administratif'));
    expect(lightStem('secrétaires')).toBe(lightStem('secrétaire'));
    expect(lightStem('AMA')).toBe('ama');
    expect(frenchStems('Aide-soignante')).toEqual(frenchStems('aide soignant'));
  });

  it('names a role by its title or an everyday name, the whole phrase first', () => {
    const secretary = ['Secrétaire médical(e) – Assistant(e) médico-administratif(ve)', 'AMA'];
    const variant = ["AMA de l'unité / du service"];
    expect(nameScore('secretaire medicale', secretary)).toBeGreaterThan(0);
    expect(nameScore('Assistante médico-administrative', secretary)).toBeGreaterThan(0);
    expect(nameScore('AMA', secretary)).toBeGreaterThan(nameScore('AMA', variant));
    expect(nameScore('cadre de santé', ['Cadre de santé'])).toBeGreaterThanOrEqual(100);
    // A typo of one letter still finds it; an unrelated word does not.
    expect(nameScore('secretiare', secretary)).toBeGreaterThan(0);
    expect(nameScore('pilote', secretary)).toBe(0);
    // Stop words are never required.
    expect(nameScore('le de la', secretary)).toBe(0);
    expect(nameScore('la secrétaire', secretary)).toBeGreaterThan(0);
  });

  it('treats feminine and masculine forms alike, and needs every meaningful word', () => {
    const finds = (title: string, typed: string) => nameScore(typed, [title]) > 0;
    expect(finds('Coordinateur(rice) des parcours patients', 'coordinatrice parcours')).toBe(true);
    expect(
      finds('AMA en charge de la coordination des parcours de santé', 'coordinatrice parcours'),
    ).toBe(true);
    expect(finds('Technicien(ne) d’information médicale (TIM)', 'technicienne')).toBe(true);
    expect(finds('Secrétaire médical(e)', 'secretaire medicale')).toBe(true);
    expect(finds('Secrétaire médical(e)', 'secretaire technicien')).toBe(false);
    expect(finds('Encadrant(e) des secrétariats médicaux', 'tim')).toBe(false);
    expect(finds('Adjoint(e) administratif(ve) hospitalier(ère)', 'adjointe administrative')).toBe(
      true,
    );
  });

  it('matches word starts, accents and case ignored (the in-memory stand-in for the index)', () => {
    const titles = ['Secrétaire médicale', 'Technicien d’information médicale', 'Cadre de santé'];
    const same = (t: string) => [t];
    expect(rankByName('MEDIC', titles, same)).toEqual([
      'Secrétaire médicale',
      'Technicien d’information médicale',
    ]);
    expect(rankByName('secre medi', titles, same)).toEqual(['Secrétaire médicale']);
    expect(rankByName('edical', titles, same)).toEqual([]);
    expect(rankByName('  ', titles, same)).toEqual([]);
    expect(rankByName('cadre de santé', titles, same)).toEqual(['Cadre de santé']);
  });

  it('ranks in any order given, best name first', () => {
    const roles = [
      { id: 'variant', names: ["AMA de l'unité / du service"] },
      { id: 'tim', names: ["Technicien(ne) d'information médicale (TIM)", 'TIM'] },
      {
        id: 'secretary',
        names: ['Secrétaire médical(e) – Assistant(e) médico-administratif(ve)', 'AMA'],
      },
    ];
    for (const order of [roles, [...roles].reverse()]) {
      expect(rankByName('ama', order, (r) => r.names).map((r) => r.id)[0]).toBe('secretary');
      expect(rankByName('TIM', order, (r) => r.names).map((r) => r.id)).toEqual(['tim']);
    }
  });
});
