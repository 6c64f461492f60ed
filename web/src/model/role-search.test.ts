import { describe, expect, it } from 'vitest';
import { matchesQuery, searchStems, stem } from './role-search.js';

const finds = (title: string, query: string) => matchesQuery(searchStems(title), query);

describe('role search', () => {
  it('treats feminine and masculine forms alike', () => {
    expect(stem('coordinatrice')).toBe(stem('coordinateur'));
    expect(finds('Coordinateur(rice) des parcours patients', 'coordinatrice parcours')).toBe(true);
    expect(
      finds('AMA en charge de la coordination des parcours de santé', 'coordinatrice parcours'),
    ).toBe(true);
    expect(finds('Technicien(ne) d’information médicale (TIM)', 'technicienne')).toBe(true);
  });

  it('knows the abbreviations and words of the trade', () => {
    expect(finds('Secrétaire médical(e) – Assistant(e) médico-administratif(ve)', 'AMA')).toBe(
      true,
    );
    expect(finds('Technicien(ne) d’information médicale', 'tim')).toBe(true);
    expect(finds('Encadrant(e) des secrétariats médicaux', 'cadre')).toBe(true);
    expect(finds('Assistant(e) de régulation médicale', 'ARM')).toBe(true);
  });

  it('needs every word typed, accents optional', () => {
    expect(finds('Secrétaire médical(e)', 'secretaire medicale')).toBe(true);
    expect(finds('Secrétaire médical(e)', 'secretaire technicien')).toBe(false);
    expect(finds('Encadrant(e) des secrétariats médicaux', 'tim')).toBe(false);
  });
});
