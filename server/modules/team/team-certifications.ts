import { certificationCredit, type PublishedCertification } from '../../domain/bloc-credit.js';
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

const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

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
  const empty = certificationCredit(certification, new Map());
  const blocs: TeamBlocPlan[] = empty.blocs.map((bloc) => ({
    number: bloc.number,
    title: bloc.title,
    hours: bloc.hours,
    recognise: [],
    partial: [],
    train: [],
    hoursToFund: 0,
  }));
  for (const member of concerned) {
    const credit = certificationCredit(certification, member.profile);
    credit.blocs.forEach((bloc, b) => {
      const plan = blocs[b];
      if (!plan) return;
      const list =
        bloc.status === 'ACQUIRED'
          ? plan.recognise
          : bloc.status === 'PARTIAL'
            ? plan.partial
            : plan.train;
      list.push(member.id);
      plan.hoursToFund = add(plan.hoursToFund, bloc.remainingHours);
    });
  }
  return {
    certification,
    people: concerned.length,
    blocs,
    hoursToFund: blocs.reduce<number | null>((sum, b) => add(sum, b.hoursToFund), 0),
  };
}
