import {
  certificationCredit,
  sumKnown,
  type BlocStatus,
  type PublishedCertification,
} from '../../domain/bloc-credit.js';
import type { Profile } from '../../domain/profile.js';

/** One bloc of a published certification, for a team: whom to have recognised, whom to train. */
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

export interface TeamCertificationPlan {
  certification: PublishedCertification;
  /** The people whose target is the certification's role. */
  people: number;
  blocs: TeamBlocPlan[];
  hoursToFund: number | null;
}

/**
 * HR's training plan for a published certification: for each bloc, the people (pseudonymous
 * ids) who already hold it, hold part of it, or lack it, among those the team map sends to the
 * certification's role; and the hours to fund, each person's remaining hours added up.
 */
export function teamCertificationPlan(
  certification: PublishedCertification,
  members: readonly { id: string; targetRoleId: string; profile: Profile }[],
): TeamCertificationPlan {
  const concerned = members.filter((m) => m.targetRoleId === certification.targetRoleId);
  const credits = concerned.map((m) => ({
    id: m.id,
    blocs: certificationCredit(certification, m.profile).blocs,
  }));
  const who = (b: number, status: BlocStatus) =>
    credits.filter((c) => c.blocs[b]?.status === status).map((c) => c.id);
  const blocs = certificationCredit(certification, new Map()).blocs.map(
    (bloc, b): TeamBlocPlan => ({
      number: bloc.number,
      title: bloc.title,
      hours: bloc.hours,
      recognise: who(b, 'ACQUIRED'),
      partial: who(b, 'PARTIAL'),
      train: who(b, 'TO_FOLLOW'),
      hoursToFund: sumKnown(credits.map((c) => c.blocs[b]?.remainingHours ?? null)),
    }),
  );
  return {
    certification,
    people: concerned.length,
    blocs,
    hoursToFund: sumKnown(blocs.map((b) => b.hoursToFund)),
  };
}
