import { describe, expect, it } from 'vitest';
import { loadTeam, saveTeam, teamMember } from './team-store.js';

const memory = (): Storage => {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => {
      items.clear();
    },
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
};

const team = [
  { id: 'p-1', currentRoleId: 'secretaire-medicale', levels: { 'k-pmsi': 'GENERAL' as const } },
  { id: 'p-2', currentRoleId: 'technicien-information-medicale', levels: { 'k-pmsi': null } },
];

describe('team store', () => {
  it('gives back the team kept, and a row only for her current job', () => {
    const storage = memory();
    saveTeam(team, storage);
    expect(loadTeam(storage)).toEqual(team);
    expect(teamMember(2, 'technicien-information-medicale', storage)?.id).toBe('p-2');
    expect(teamMember(2, 'secretaire-medicale', storage)).toBeNull();
  });

  it('ignores a kept team that does not have a team’s shape', () => {
    const storage = memory();
    for (const tampered of [
      [{ id: 'p-1', levels: {} }],
      [{ id: 'p-1', currentRoleId: 'x', levels: { 'k-pmsi': 'EXPERT' } }],
      { members: team },
    ]) {
      storage.setItem('passerelles.team.v1', JSON.stringify(tampered));
      expect(loadTeam(storage)).toBeNull();
    }
  });
});
