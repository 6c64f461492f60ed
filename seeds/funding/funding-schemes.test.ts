import { describe, expect, it } from 'vitest';
import { editedCopy } from '../edited-copy.js';
import { ReviewedFileError } from '../reviewed-file.js';
import { FUNDING_SCHEMES_FILE, readFundingSchemes } from './funding-schemes.js';

const withFile = (edit: (text: string) => string) => editedCopy(FUNDING_SCHEMES_FILE, edit);

describe('funding-schemes.yaml', () => {
  it('holds reviewed rules, each with its text and the day it was read', () => {
    const schemes = readFundingSchemes();
    expect(schemes.map((s) => s.id)).toEqual([
      'plan-formation',
      'cpf',
      'conge-formation-professionnelle',
    ]);
    for (const s of schemes) expect(s.law.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a rule whose text cites no article, saying where', () => {
    const file = withFile((t) => t.replace('article: art. L. 421-3', 'article: quelque part'));
    expect(() => readFundingSchemes(file)).toThrow(ReviewedFileError);
    expect(() => readFundingSchemes(file)).toThrow(/schemes\.0\.law\.article: cites its article/);
  });

  it('refuses the same scheme twice', () => {
    const file = withFile((t) => t.replace('- id: cpf', '- id: plan-formation'));
    expect(() => readFundingSchemes(file)).toThrow(
      /schemes\.1\.id: « plan-formation » is listed twice/,
    );
  });
});
