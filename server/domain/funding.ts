import type { Sector } from '../../schema/common.js';
import type { FundingScheme, MeansKind, ProfileFact } from '../../schema/funding.js';
import { citeLaw } from '../../schema/legal.js';

/**
 * Who may pay for a step: each reviewed scheme (seeds/funding-schemes.yaml) that pays for one of
 * the step's means, checked against what the person says. A rule that needs a fact she has not
 * given (her years of service) says so instead of guessing.
 */

export type FundingStatus = 'OPEN' | 'CLOSED' | 'UNKNOWN';

export interface FundingRecord {
  scheme: FundingScheme;
  status: FundingStatus;
  /** Why, for this person at this step, in French. */
  reason: string;
  /** Facts the rule needs that the profile does not give. */
  missingFacts: ProfileFact[];
  /** The step's means it pays for. */
  covers: MeansKind[];
}

/** What the rules need about the person at the step's start. */
export interface StepFacts {
  /** The sector of the job she holds when the step starts (her employer's). */
  employer: Sector;
  /** Her years of public service by then; null: she has not said. */
  serviceYears: number | null;
}

const EMPLOYER_TEXT: Record<Sector, string> = {
  FPH: 'de la fonction publique hospitalière',
  FPE_FPT: "de la fonction publique d'État ou territoriale",
  PRIVATE_ASSOCIATIVE: 'du secteur privé ou associatif',
  OUTSIDE_EMPLOYMENT: 'hors emploi',
  ALL_SECTORS: 'de tout secteur',
};

/** Where she works when the step starts. */
const AT_STEP: Record<Sector, string> = {
  FPH: 'vous travaillez dans la fonction publique hospitalière',
  FPE_FPT: "vous travaillez dans la fonction publique d'État ou territoriale",
  PRIVATE_ASSOCIATIVE: 'vous travaillez dans le secteur privé ou associatif',
  OUTSIDE_EMPLOYMENT: 'vous êtes hors emploi',
  ALL_SECTORS: 'votre emploi peut être public ou privé',
};

/** « 3 ans », « 1 an », « 2,5 ans » */
export function yearsText(years: number): string {
  const rounded = Math.round(years * 2) / 2;
  const text = String(rounded).replace('.', ',');
  return `${text} an${rounded >= 2 ? 's' : ''}`;
}

function check(scheme: FundingScheme, facts: StepFacts): Omit<FundingRecord, 'covers' | 'scheme'> {
  if (facts.employer === 'ALL_SECTORS')
    return {
      status: 'UNKNOWN',
      reason: `Réservé aux agents ${scheme.employers.map((s) => EMPLOYER_TEXT[s]).join(' ou ')} : à cette étape, votre emploi (une fiche ROME) peut être public ou privé.`,
      missingFacts: [],
    };
  if (!scheme.employers.includes(facts.employer))
    return {
      status: 'CLOSED',
      reason: `Réservé aux agents ${scheme.employers.map((s) => EMPLOYER_TEXT[s]).join(' ou ')} ; à cette étape, ${AT_STEP[facts.employer]}.`,
      missingFacts: [],
    };
  const min = scheme.minServiceYears;
  if (min !== null) {
    if (facts.serviceYears === null)
      return {
        status: 'UNKNOWN',
        reason: `Il faut ${yearsText(min)} de services publics : indiquez vos années de service pour le savoir.`,
        missingFacts: ['SERVICE_YEARS'],
      };
    if (facts.serviceYears < min)
      return {
        status: 'CLOSED',
        reason: `Il faut ${yearsText(min)} de services publics ; vous en aurez environ ${yearsText(facts.serviceYears)} à cette étape.`,
        missingFacts: [],
      };
    return {
      status: 'OPEN',
      reason: `Vous aurez environ ${yearsText(facts.serviceYears)} de service à cette étape (${yearsText(min)} exigés).`,
      missingFacts: [],
    };
  }
  if (scheme.hours) {
    const { perYear, ceiling } = scheme.hours;
    const rule = `${String(perYear)} h par an, plafond ${String(ceiling)} h ; davantage en catégorie C sans diplôme de niveau 3`;
    if (facts.serviceYears === null)
      return {
        status: 'OPEN',
        reason: `Ouvert à tout agent public (${rule}) : indiquez vos années de service pour estimer vos heures.`,
        missingFacts: ['SERVICE_YEARS'],
      };
    const hours = Math.min(Math.round(facts.serviceYears * perYear), ceiling);
    return {
      status: 'OPEN',
      reason: `Environ ${String(hours)} h acquises à cette étape si vous n'en avez pas utilisé (${rule}).`,
      missingFacts: [],
    };
  }
  return {
    status: 'OPEN',
    reason: `Ouvert aux agents ${scheme.employers.map((s) => EMPLOYER_TEXT[s]).join(' ou ')}, à la décision de l'employeur.`,
    missingFacts: [],
  };
}

/** The texts a scheme follows, each cited with the day it was read. */
export const schemeSources = (scheme: FundingScheme): string[] =>
  [scheme.law, ...scheme.alsoLaw].map(citeLaw);

/** The schemes that pay for one of the means, each checked for this person at this step. */
export function fundingFor(
  schemes: readonly FundingScheme[],
  means: readonly MeansKind[],
  facts: StepFacts,
): FundingRecord[] {
  return schemes.flatMap((scheme) => {
    const covers = scheme.covers.filter((kind) => means.includes(kind));
    if (covers.length === 0) return [];
    return [
      {
        scheme,
        covers,
        ...check(scheme, facts),
      },
    ];
  });
}
