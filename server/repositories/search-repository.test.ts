import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from './search-repository.js';

describe('toLuceneQuery', () => {
  it('requires every term, as a word or a prefix', () => {
    const all = '(Technicien OR technicien*) AND (information OR information*)';
    expect(toLuceneQuery('  Technicien information ')).toBe(
      `title:(${all})^3 OR label:(${all})^3 OR (${all})`,
    );
  });

  it('escapes Lucene syntax so user input cannot break or steer the query', () => {
    const all =
      '(a\\:b OR a\\:b*) AND (\\(c\\) OR \\(c\\)*) AND (\\"d\\" OR \\"d\\"*) AND (x\\~ OR x\\~*) AND (y\\* OR y\\**) AND (\\-z OR \\-z*)';
    expect(toLuceneQuery('a:b (c) "d" x~ y* -z')).toBe(
      `title:(${all})^3 OR label:(${all})^3 OR (${all})`,
    );
  });

  it('drops bare boolean operators and returns null when nothing is left', () => {
    expect(toLuceneQuery('AND OR')).toBeNull();
    expect(toLuceneQuery('   ')).toBeNull();
  });
});
