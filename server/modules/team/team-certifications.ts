import {
  blocCredits,
  sumKnown,
  type BlocStatus,
  type CreditedBlock,
  type PublishedCertification,
} from '../../domain/bloc-credit.js';
import type { AskedDiploma } from '../../domain/asked-diplomas.js';
import { diplomaBlocks, diplomaFacts } from '../../domain/diploma-credit.js';
import type { Profile } from '../../domain/profile.js';

/** One bloc of a certification, for a team: whom to have recognised, whom to train. */
export interface TeamBlocPlan {
  number: number;
  title: string;
  hours: number | null;
  /** Every skill held at its level: to have recognised (VAE where the certification allows), not to train. */
  recognise: string[];
  /** Some skills held: a partial recognition, the rest to train. */
  partial: string[];
  /** None held: to train. */
  train: string[];
  /** The hours still to follow, person by person, added up (null: a content has none given). */
  hoursToFund: number | null;
}

interface TeamBlocsPlan {
  /** The people whose target is the certification's role. */
  people: number;
  blocs: TeamBlocPlan[];
  hoursToFund: number | null;
}

export interface TeamCertificationPlan extends TeamBlocsPlan {
  certification: PublishedCertification;
}

/** A regulated diploma made of blocs (the DARM), for the team sent to its role. */
export interface TeamDiplomaPlan extends TeamBlocsPlan {
  id: string;
  diploma: string;
  /** The text that makes it of these blocs, cited. */
  source: string;
  vaeOpen: boolean;
}

type Member = { id: string; targetRoleId: string; profile: Profile };

/**
 * For each bloc, the people (pseudonymous ids) who already hold it, hold part of it, or lack
 * it, among those the team map sends to `roleId`; and the hours to fund, each person's remaining
 * hours added up.
 */
function teamBlocsPlan(
  blocks: readonly CreditedBlock[],
  roleId: string,
  members: readonly Member[],
): TeamBlocsPlan {
  const concerned = members.filter((m) => m.targetRoleId === roleId);
  const credits = concerned.map((m) => ({ id: m.id, blocs: blocCredits(blocks, m.profile) }));
  const who = (b: number, status: BlocStatus) =>
    credits.filter((c) => c.blocs[b]?.status === status).map((c) => c.id);
  const blocs = blocCredits(blocks, new Map()).map((bloc, b): TeamBlocPlan => ({
    number: bloc.number,
    title: bloc.title,
    hours: bloc.hours,
    recognise: who(b, 'ACQUIRED'),
    partial: who(b, 'PARTIAL'),
    train: who(b, 'TO_FOLLOW'),
    hoursToFund: sumKnown(credits.map((c) => c.blocs[b]?.remainingHours ?? null)),
  }));
  return {
    people: concerned.length,
    blocs,
    hoursToFund: sumKnown(blocs.map((b) => b.hoursToFund)),
  };
}

/** HR's training plan for a published certification (« Publier la maquette »). */
export const teamCertificationPlan = (
  certification: PublishedCertification,
  members: readonly Member[],
): TeamCertificationPlan => ({
  certification,
  ...teamBlocsPlan(certification.blocks, certification.targetRoleId, members),
});

/** HR's plan for a regulated diploma made of blocs: whom a VAE of a bloc may credit, whom to train. */
export function teamDiplomaPlan(
  asked: AskedDiploma,
  members: readonly Member[],
): TeamDiplomaPlan | null {
  const { blocs } = asked;
  if (!blocs) return null;
  return {
    ...diplomaFacts(asked, blocs),
    ...teamBlocsPlan(diplomaBlocks(blocs), blocs.role, members),
  };
}
