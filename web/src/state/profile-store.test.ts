import { describe, expect, it } from 'vitest';
import {
  forgetProfile,
  loadAnswers,
  loadDiplomas,
  loadProfile,
  profileSkills,
  loadServiceYears,
  saveAnswers,
  saveDiplomas,
  saveProfile,
  saveServiceYears,
  withPositionedLevels,
} from './profile-store.js';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('profile store', () => {
  it('keeps her positioning answers for one job, and forgets them with her levels', () => {
    const storage = new MemoryStorage();
    saveAnswers('secretaire-medicale', { 'k-secretariat.GENERAL.1': 'ALONE' }, storage);
    expect(loadAnswers('secretaire-medicale', storage)).toEqual({
      'k-secretariat.GENERAL.1': 'ALONE',
    });
    expect(loadAnswers('adjoint-administratif-hospitalier', storage)).toEqual({});
    storage.setItem(
      'passerelles.positioning.v1',
      '{"roleId":"secretaire-medicale","answers":{"x":"SOUVENT"}}',
    );
    expect(loadAnswers('secretaire-medicale', storage)).toEqual({});
    saveAnswers('secretaire-medicale', { x: 'NEVER' }, storage);
    forgetProfile(storage);
    expect(storage.length).toBe(0);
  });

  it('takes the positioned levels as declared on the day, keeping her other levels', () => {
    const before = {
      levels: { 'k-anglais-medical': 'GENERAL' as const, 'k-secretariat': 'OPERATIONAL' as const },
      evidence: { 'k-secretariat': { kind: 'VALIDATED' as const, date: '2025-03-12' } },
    };
    expect(
      withPositionedLevels(
        before,
        { 'k-secretariat': 'DEEP', 'k-codage-actes': null },
        '2026-12-07',
      ),
    ).toEqual({
      levels: { 'k-anglais-medical': 'GENERAL', 'k-secretariat': 'DEEP', 'k-codage-actes': null },
      evidence: { 'k-secretariat': { kind: 'DECLARED', date: '2026-12-07' } },
    });
  });

  it('keeps the diplomas a person holds in the browser, and nothing once she unticks them all', () => {
    const storage = new MemoryStorage();
    saveDiplomas(['infirmier'], storage);
    expect(loadDiplomas(storage)).toEqual(['infirmier']);
    saveDiplomas([], storage);
    expect(storage.length).toBe(0);
    storage.setItem('passerelles.diplomas.v1', '{not json');
    expect(loadDiplomas(storage)).toEqual([]);
  });

  it('keeps the profile in the browser until it is forgotten', () => {
    const storage = new MemoryStorage();
    saveProfile(
      { roleId: 'secretaire-medicale', levels: { 'k-anglais-medical': 'GENERAL' } },
      storage,
    );
    expect(loadProfile(storage)).toEqual({
      roleId: 'secretaire-medicale',
      levels: { 'k-anglais-medical': 'GENERAL' },
    });
    forgetProfile(storage);
    expect(loadProfile(storage)).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('ignores what it cannot read, or what does not have a profile’s shape', () => {
    const storage = new MemoryStorage();
    storage.setItem('passerelles.profile.v1', '{not json');
    expect(loadProfile(storage)).toBeNull();
    // Left by another version, or edited by hand: never sent to the API.
    for (const tampered of [
      { roleId: 'secretaire-medicale', levels: { 'k-anglais-medical': 'EXPERT' } },
      { roleId: 42, levels: {} },
      { roleId: 'secretaire-medicale', levels: ['GENERAL'] },
      { roleId: 'secretaire-medicale' },
    ]) {
      storage.setItem('passerelles.profile.v1', JSON.stringify(tampered));
      expect(loadProfile(storage)).toBeNull();
    }
    storage.setItem('passerelles.diplomas.v1', JSON.stringify(['infirmier', 3]));
    expect(loadDiplomas(storage)).toEqual([]);
  });

  it('sends only the levels the person set, « not held » as null, each with its evidence when known', () => {
    // The API keeps the job's level of a skill left out: sending it would call it hers.
    expect(
      profileSkills(
        { b: null, c: 'OPERATIONAL', a: 'OPERATIONAL' },
        { a: { kind: 'VALIDATED', date: '2026-03-12' }, b: { kind: 'CERTIFIED', date: null } },
      ),
    ).toEqual([
      { skillId: 'b', level: null },
      { skillId: 'c', level: 'OPERATIONAL' },
      { skillId: 'a', level: 'OPERATIONAL', evidence: 'VALIDATED', evidenceDate: '2026-03-12' },
    ]);
  });
});

describe('years of service', () => {
  it('are kept in this browser, forgotten when emptied, and ignored when not a number of years', () => {
    const storage = new MemoryStorage();
    expect(loadServiceYears(storage)).toBeNull();
    saveServiceYears(2.5, storage);
    expect(loadServiceYears(storage)).toBe(2.5);
    saveServiceYears(null, storage);
    expect(storage.length).toBe(0);
    for (const left of ['"trois"', '-1', '80', '{']) {
      storage.setItem('passerelles.service-years.v1', left);
      expect(loadServiceYears(storage)).toBeNull();
    }
  });
});
