import { describe, expect, it } from 'vitest';
import { parseViewState, toSearch } from './url-state.js';

describe('view state in the URL', () => {
  it('round-trips a planner view', () => {
    const state = parseViewState(
      '?view=parcours&from=secretaire-medicale&to=technicien-information-medicale&families=COORDINATION,MANAGEMENT',
    );
    expect(state).toEqual({
      view: 'parcours',
      from: 'secretaire-medicale',
      to: 'technicien-information-medicale',
      families: ['COORDINATION', 'MANAGEMENT'],
      reachable: false,
      focus: null,
      kinds: null,
      avoid: [],
      order: 'match',
      scenario: null,
      scores: null,
      service: null,
      rome: false,
      member: null,
      draft: null,
      version: null,
    });
    expect(parseViewState(toSearch(state))).toEqual(state);
    const withRome = parseViewState('?view=parcours&from=secretaire-medicale&rome=1');
    expect(withRome.rome).toBe(true);
    expect(parseViewState(toSearch(withRome))).toEqual(withRome);
  });

  it('carries a team row number, never anything else about the person', () => {
    const state = parseViewState('?view=parcours&from=secretaire-medicale&membre=3');
    expect(state.member).toBe(3);
    expect(toSearch(state)).toContain('membre=3');
    expect(parseViewState('?membre=Marie').member).toBeNull();
    expect(parseViewState('?membre=0').member).toBeNull();
  });

  it('falls back to the planner and drops unknown families', () => {
    const state = parseViewState('?view=nowhere&families=NOPE,EXPERTISE');
    expect(state.view).toBe('parcours');
    expect(state.families).toEqual(['EXPERTISE']);
  });

  it('keeps the explorer focus and kinds', () => {
    const state = parseViewState(
      '?view=explorer&focus=Role%3Asecretaire-medicale&kinds=Role,Skill',
    );
    expect([state.view, state.focus, state.kinds]).toEqual([
      'explorer',
      'Role:secretaire-medicale',
      ['Role', 'Skill'],
    ]);
    expect(toSearch(state)).toBe(
      '?view=explorer&focus=Role%3Asecretaire-medicale&kinds=Role%2CSkill',
    );
  });
});
