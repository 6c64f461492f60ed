import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from './search-repository.js';

/** The required part of a query: what comes after the boosted phrase and fields. */
const required = (query: string | null) => query?.split(' OR (').slice(1).join(' OR (') ?? null;

describe('toLuceneQuery', () => {
  it('requires every meaningful word: as typed, as the start of its stem, or one letter off', () => {
    expect(required(toLuceneQuery('  Technicien information '))).toBe(
      '(technicien OR techni* OR technicien~1) AND (information OR inform* OR information~1))',
    );
  });

  it('never requires a stop word, and drops elisions, accents and case', () => {
    expect(required(toLuceneQuery('cadre de santé'))).toBe(
      '(cadre OR cadr*) AND (sante OR sant*))',
    );
    expect(required(toLuceneQuery("l'accueil des patients"))).toBe(
      '(accueil OR accuei* OR accueil~1) AND (patients OR patien* OR patient~1))',
    );
    expect(required(toLuceneQuery('L’AMA du service'))).toBe(
      '(ama OR ama*) AND (service OR servic* OR servic~1))',
    );
    expect(toLuceneQuery('de la du')).toBeNull();
  });

  it('ranks the whole phrase in a title, a label or an everyday name first', () => {
    expect(toLuceneQuery('cadre de santé')).toMatch(
      /^title:"cadre de sante"\^8 OR label:"cadre de sante"\^8 OR aliases:"cadre de sante"\^30 OR /,
    );
  });

  it('escapes Lucene syntax so user input cannot break or steer the query', () => {
    // Punctuation separates words, one-letter words are stop words or elisions: nothing of
    // Lucene's syntax reaches the query but the builder's own.
    const query = toLuceneQuery('a:b (c) "d" x~ y* -z title:secret^9 OR NOT') ?? '';
    expect(required(query)).toBe(
      '(b OR b*) AND (x OR x*) AND (z OR z*) AND (title OR titl*) AND (secret9 OR secret* OR secret9~1))',
    );
  });

  it('drops bare boolean operators and returns null when nothing is left', () => {
    expect(toLuceneQuery('AND OR')).toBeNull();
    expect(toLuceneQuery('   ')).toBeNull();
  });
});
