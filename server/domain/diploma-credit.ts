import { citeLaw } from '../../schema/legal.js';
import type { AskedDiploma } from './asked-diplomas.js';
import type { DiplomaBlocs } from '../../schema/diploma-blocs.js';
import { blocCredits, type BlocCredit, type CreditedBlock } from './bloc-credit.js';
import type { Profile } from './profile.js';

/**
 * A regulated diploma made of blocs by its text (seeds/diploma-blocs.yaml), against a person's
 * levels before the step, by the same rule as a published maquette: « acquis », « en partie »,
 * « à suivre ». The text gives no hours per bloc here: they stay unknown, never zero.
 */
export interface DiplomaCredit {
  /** The diploma's id in rome-credentials.yaml. */
  id: string;
  diploma: string;
  /** The text that makes the diploma of these blocs, cited. */
  source: string;
  /** Whether a reviewed text opens its VAE (the step's means then say how). */
  vaeOpen: boolean;
  blocs: BlocCredit[];
  acquired: number;
}

/** A diploma's blocs as the credit rule reads them: one content per bloc, its hours unknown. */
export const diplomaBlocks = (diploma: DiplomaBlocs): CreditedBlock[] =>
  diploma.blocs.map((b) => ({
    title: b.title,
    items: [
      {
        skills: Object.entries(b.skills).map(([skillId, level]) => ({ skillId, level })),
        hours: null,
      },
    ],
  }));

/** What a credit or a team plan says of the diploma itself: its name, its text, its VAE. */
export const diplomaFacts = (asked: AskedDiploma, blocs: DiplomaBlocs) => ({
  id: asked.id,
  diploma: asked.diploma,
  source: citeLaw(blocs.law),
  vaeOpen: asked.ways?.vae !== undefined,
});

export function diplomaCredit(asked: AskedDiploma, profile: Profile): DiplomaCredit | null {
  const { blocs } = asked;
  if (!blocs) return null;
  const rationales = blocs.blocs.map((b) => b.rationale);
  const credits = blocCredits(diplomaBlocks(blocs), profile).map((credit, i) => ({
    ...credit,
    source: rationales[i],
  }));
  return {
    ...diplomaFacts(asked, blocs),
    blocs: credits,
    acquired: credits.filter((b) => b.status === 'ACQUIRED').length,
  };
}

/** The diplomas made of blocs a step's conditions ask for, each once, against her levels. */
export function diplomaCredits(
  conditions: readonly { id: string; kind: string }[],
  asked: (conditionId: string) => AskedDiploma | undefined,
  profile: Profile,
): DiplomaCredit[] {
  const diplomas = new Map<string, AskedDiploma>();
  for (const c of conditions) {
    const d = c.kind === 'DIPLOMA' ? asked(c.id) : undefined;
    if (d) diplomas.set(d.id, d);
  }
  return [...diplomas.values()].flatMap((d) => diplomaCredit(d, profile) ?? []);
}
