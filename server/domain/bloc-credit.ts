import type { Level } from '../../schema/common.js';
import type { DraftBlock } from '../../schema/workbench.js';
import { higherLevel, rankOf } from './levels.js';
import type { Profile } from './profile.js';

/**
 * A certification's blocs against what a person holds: « acquis » when she holds every skill
 * of the bloc at its level, « en partie » when some, « à suivre » when none. The hours still to
 * follow are those of the contents whose skills she does not all hold.
 */
export type BlocStatus = 'ACQUIRED' | 'PARTIAL' | 'TO_FOLLOW';

export interface BlocSkillCredit {
  skillId: string;
  /** The highest level the bloc's contents certify for it. */
  level: Level;
  /** Hers, before the step (null: she does not have it). */
  currentLevel: Level | null;
  held: boolean;
}

export interface BlocCredit {
  /** 1-based, as the workbench numbers it (BC01…). */
  number: number;
  title: string;
  status: BlocStatus;
  skills: BlocSkillCredit[];
  /** The bloc's hours (null: a content has none given). */
  hours: number | null;
  /** The hours of the contents she does not already hold (null: one of them has none given). */
  remainingHours: number | null;
  /** For a diploma's bloc: why these skills are the bloc's (« derived: »). */
  source?: string;
}

/** A sum of hours, unknown (null) as soon as one of them is. */
export const sumKnown = (hours: readonly (number | null)[]): number | null =>
  hours.some((h) => h === null) ? null : hours.reduce<number>((a, h) => a + (h ?? 0), 0);

const holds = (profile: Profile, skillId: string, level: Level) =>
  rankOf(profile.get(skillId)) >= rankOf(level);

/** What the credit rule reads of a bloc: its contents' skills at levels and their hours. */
export interface CreditedBlock {
  title: string;
  items: readonly {
    skills: readonly { skillId: string; level: Level }[];
    hours: number | null;
  }[];
}

export function blocCredits(blocks: readonly CreditedBlock[], profile: Profile): BlocCredit[] {
  return blocks.map((block, b) => {
    const levels = new Map<string, Level>();
    for (const item of block.items)
      for (const s of item.skills)
        levels.set(s.skillId, higherLevel(levels.get(s.skillId), s.level));
    const skills = [...levels].map(([skillId, level]) => ({
      skillId,
      level,
      currentLevel: profile.get(skillId) ?? null,
      held: holds(profile, skillId, level),
    }));
    const heldCount = skills.filter((s) => s.held).length;
    const status: BlocStatus =
      skills.length > 0 && heldCount === skills.length
        ? 'ACQUIRED'
        : heldCount > 0
          ? 'PARTIAL'
          : 'TO_FOLLOW';
    const toFollow = block.items.filter(
      (item) =>
        item.skills.length === 0 || !item.skills.every((s) => holds(profile, s.skillId, s.level)),
    );
    return {
      number: b + 1,
      title: block.title,
      status,
      skills,
      hours: sumKnown(block.items.map((i) => i.hours)),
      remainingHours: sumKnown(toFollow.map((i) => i.hours)),
    };
  });
}

/** A block set published as a certification (« Publier la maquette »), with its provenance. */
export interface PublishedCertification {
  draftId: string;
  title: string;
  /** The version published. */
  number: number;
  /** Who saved that version. */
  author: string;
  publishedBy: string;
  publishedAt: string;
  targetRoleId: string;
  blocks: readonly DraftBlock[];
}

/** A published certification against a person's levels (the publication as the drafts module reads it). */
export interface CertificationCredit {
  certification: PublishedCertification;
  blocs: BlocCredit[];
  acquired: number;
  remainingHours: number | null;
}

export function certificationCredit(
  certification: PublishedCertification,
  profile: Profile,
): CertificationCredit {
  const blocs = blocCredits(certification.blocks, profile);
  return {
    certification,
    blocs,
    acquired: blocs.filter((b) => b.status === 'ACQUIRED').length,
    remainingHours: sumKnown(blocs.map((b) => b.remainingHours)),
  };
}
