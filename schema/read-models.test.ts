import { describe, expect, it } from 'vitest';
import { nodeRead, relationshipRead } from './read-models.js';

describe('read models derived from the seed schemas', () => {
  it('reads an absent optional property as null and drops what the schema does not know', () => {
    const role = nodeRead('Role').parse({
      id: 'tim',
      source: 'derived: a role made up for this test',
      title: 'Technicien(ne) d’information médicale',
      roleKind: 'PATH_TARGET',
      sector: 'FPH',
      storedBySomethingElse: 1,
    });
    expect(role.family).toBeNull();
    expect(role.aliases).toBeNull();
    expect(role).not.toHaveProperty('storedBySomethingElse');
  });

  it('keeps the seed schema’s checks', () => {
    expect(() =>
      relationshipRead('REQUIRES').parse({ source: 'x', level: 'GURU', levelSource: 'x' }),
    ).toThrow(/level/);
  });
});
