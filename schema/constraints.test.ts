import { describe, expect, it } from 'vitest';
import {
  FULLTEXT_INDEX,
  pendingSchemaStatements,
  schemaObjectName,
  schemaStatements,
} from './constraints.js';

const names = schemaStatements.map(schemaObjectName);

describe('schema statements', () => {
  it('each names what it creates or drops, once', () => {
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('role_id');
    expect(names).toContain(FULLTEXT_INDEX);
  });

  it('on an empty store, every create runs and no drop', () => {
    const pending = pendingSchemaStatements(schemaStatements, new Set());
    expect(pending.length).toBeGreaterThan(30);
    expect(pending.every((s) => s.startsWith('CREATE'))).toBe(true);
  });

  it('on a store that has everything, nothing runs', () => {
    const current = new Set(
      schemaStatements.filter((s) => s.startsWith('CREATE')).map(schemaObjectName),
    );
    expect(pendingSchemaStatements(schemaStatements, current)).toEqual([]);
  });

  it('a missing index is created, a former one still there is dropped', () => {
    const current = new Set([...names.filter((n) => n !== 'skill_kind'), 'passerelles_text']);
    expect(pendingSchemaStatements(schemaStatements, current)).toEqual([
      'CREATE INDEX skill_kind IF NOT EXISTS FOR (n:Skill) ON (n.kind)',
      'DROP INDEX passerelles_text IF EXISTS',
    ]);
  });
});
