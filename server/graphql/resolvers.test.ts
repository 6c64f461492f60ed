import { describe, expect, it } from 'vitest';
import { mergeResolvers, resolvers } from './resolvers.js';

describe('the modules’ resolvers, merged', () => {
  it('joins the root fields of every module into one Query and one Mutation', () => {
    expect(Object.keys(resolvers.Query ?? {})).toEqual(
      expect.arrayContaining(['me', 'roles', 'careerRoutes', 'teamGap', 'drafts', 'romeRelease']),
    );
    expect(Object.keys(resolvers.Mutation ?? {})).toEqual(
      expect.arrayContaining(['signIn', 'saveDraft']),
    );
  });

  it('refuses two modules resolving the same field, naming it', () => {
    const one = { Query: { roles: () => [] } };
    const other = { Query: { roles: () => [] }, Role: { id: () => 'x' } };
    expect(() => mergeResolvers([one, other])).toThrow('Query.roles is resolved by two modules');
  });
});
