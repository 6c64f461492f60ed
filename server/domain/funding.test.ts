import { describe, expect, it } from 'vitest';
import { readFundingSchemes } from '../../seeds/funding/funding-schemes.js';
import { fundingFor, schemeSources, yearsText, type StepFacts } from './funding.js';

/** The reviewed schemes themselves: each rule with a profile it opens to and one it does not. */
const schemes = readFundingSchemes();
const fph = (serviceYears: number | null): StepFacts => ({ employer: 'FPH', serviceYears });
const byId = (facts: StepFacts, means: Parameters<typeof fundingFor>[1] = ['TRAINING']) =>
  new Map(fundingFor(schemes, means, facts).map((f) => [f.scheme.id, f]));

describe('funding rules', () => {
  it('congé de formation professionnelle: open after three years of public service, not before', () => {
    expect(byId(fph(4)).get('conge-formation-professionnelle')).toMatchObject({
      status: 'OPEN',
      reason: 'Vous aurez environ 4 ans de service à cette étape (3 ans exigés).',
    });
    expect(byId(fph(2)).get('conge-formation-professionnelle')).toMatchObject({
      status: 'CLOSED',
      reason: 'Il faut 3 ans de services publics ; vous en aurez environ 2 ans à cette étape.',
    });
  });

  it('says which fact is missing instead of guessing the years of service', () => {
    expect(byId(fph(null)).get('conge-formation-professionnelle')).toMatchObject({
      status: 'UNKNOWN',
      missingFacts: ['SERVICE_YEARS'],
    });
  });

  it('congé de formation professionnelle and the plan are for the public hospital’s agents only', () => {
    const privateSector = byId({ employer: 'PRIVATE_ASSOCIATIVE', serviceYears: 10 });
    expect(privateSector.get('conge-formation-professionnelle')?.status).toBe('CLOSED');
    expect(privateSector.get('plan-formation')).toMatchObject({
      status: 'CLOSED',
      reason: expect.stringContaining(
        'vous travaillez dans le secteur privé ou associatif',
      ) as string,
    });
    expect(byId(fph(0)).get('plan-formation')?.status).toBe('OPEN');
  });

  it('CPF: open to every public agent, hours estimated up to the ceiling; not a private employee’s here', () => {
    expect(byId(fph(2)).get('cpf')?.reason).toMatch(/^Environ 50 h acquises/);
    expect(byId(fph(12)).get('cpf')?.reason).toMatch(/^Environ 150 h acquises/);
    expect(byId({ employer: 'FPE_FPT', serviceYears: 1 }).get('cpf')?.status).toBe('OPEN');
    expect(byId({ employer: 'PRIVATE_ASSOCIATIVE', serviceYears: 5 }).get('cpf')?.status).toBe(
      'CLOSED',
    );
    expect(byId(fph(null)).get('cpf')).toMatchObject({
      status: 'OPEN',
      missingFacts: ['SERVICE_YEARS'],
    });
  });

  it('lists only the schemes that pay for one of the step’s means, and cites their texts', () => {
    expect([...byId(fph(5), ['CONCOURS']).keys()]).toEqual(['cpf']);
    // The CPF serves a VAE too (art. L. 422-10); the plan and the congé pay for training only.
    expect([...byId(fph(5), ['VAE']).keys()]).toEqual(['cpf']);
    expect(byId(fph(5), ['APPRENTICESHIP']).size).toBe(0);
    expect(byId(fph(5), ['INTERNAL_MOBILITY']).size).toBe(0);
    for (const f of fundingFor(schemes, ['TRAINING'], fph(5)))
      expect(schemeSources(f.scheme)[0]).toMatch(
        /^Code général de la fonction publique, art\. L\. 42/,
      );
  });

  it('writes years as a person reads them', () => {
    expect([yearsText(1), yearsText(2.5), yearsText(3.26)]).toEqual(['1 an', '2,5 ans', '3,5 ans']);
  });
});
