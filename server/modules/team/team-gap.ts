import type { Level } from '../../../schema/common.js';
import type { MissingSkill, SkillGapResult } from '../../domain/gap.js';
import { raise, topLevel, type TopLevel } from '../../domain/levels.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import type { Profile } from '../../domain/profile.js';
import type { RoleRecord } from '../../domain/records.js';

/** One person of a team, known by a pseudonymous id only. */
export interface TeamMember {
  id: string;
  currentRoleId: string;
  profile: Profile;
}

/** How soon a person could hold the target, from the estimated months of their gap. */
export type Readiness = 'READY' | 'UNDER_12_MONTHS' | 'ONE_TO_THREE_YEARS' | 'LONGER';

export const readinessOf = (months: number): Readiness =>
  months === 0
    ? 'READY'
    : months < 12
      ? 'UNDER_12_MONTHS'
      : months <= 36
        ? 'ONE_TO_THREE_YEARS'
        : 'LONGER';

export interface MemberGap {
  memberId: string;
  currentRoleId: string;
  /** The target role for this person: the one asked, or their best among a family's or profile's. */
  roleId: string;
  gap: SkillGapResult;
  readiness: Readiness;
}

/** A training item some people of the team need, and what it represents. */
export interface TrainingNeed {
  blockId: string;
  itemId: string;
  /** People with at least one missing skill this item develops. */
  people: number;
  /** The highest level the item develops among the skills needed. */
  level: Level;
  /** True unless a source states that level (the study gives no training level). */
  levelDerived: boolean;
  /** Learning months of the (person, skill) pairs it addresses: summed, and the longest. */
  totalMonths: number;
  maxMonths: number;
}

/** A skill people lack, with how many lack it and the highest level required. */
export interface SkillNeed {
  skillId: string;
  people: number;
  requiredLevel: Level;
  /** True unless a source states the required level. */
  levelDerived: boolean;
}

export interface TeamGapResult {
  members: MemberGap[];
  /** Each person's levels as counted (minEvidence applied), for the certifications' plan. */
  profiles?: ReadonlyMap<string, Profile>;
  needs: TrainingNeed[];
  /** Missing skills that no training item develops: training to find outside the study's blocks. */
  uncovered: SkillNeed[];
  summary: {
    headcount: number;
    averageMatch: number;
    readyWithin12Months: number;
    /** The five skills the most people lack (then by id). */
    topMissing: SkillNeed[];
  };
}

/**
 * Each person's best role among the candidates: the highest match, then the smallest effort,
 * then the role id (so the answer does not depend on the order of the candidates).
 */
function bestFor(ctx: PlanningContext, member: TeamMember, candidates: readonly RoleRecord[]) {
  let best: { role: RoleRecord; gap: SkillGapResult } | undefined;
  for (const role of candidates) {
    const gap = ctx.gap(role, member.profile);
    if (
      !best ||
      gap.matchPercent > best.gap.matchPercent ||
      (gap.matchPercent === best.gap.matchPercent &&
        (gap.cost < best.gap.cost || (gap.cost === best.gap.cost && role.id < best.role.id)))
    ) {
      best = { role, gap };
    }
  }
  return best;
}

const bySkillNeed = (a: SkillNeed, b: SkillNeed) =>
  b.people - a.people || (a.skillId < b.skillId ? -1 : 1);

/** Counts people per key and keeps the highest level seen. */
class NeedTally {
  private readonly entries = new Map<string, TopLevel & { people: Set<string> }>();

  add(key: string, person: string, skill: MissingSkill): void {
    const entry = this.entries.get(key) ?? {
      people: new Set<string>(),
      ...topLevel(skill.requiredLevel, skill.levelSource),
    };
    entry.people.add(person);
    raise(entry, skill.requiredLevel, skill.levelSource);
    this.entries.set(key, entry);
  }

  needs(): SkillNeed[] {
    return [...this.entries]
      .map(([skillId, e]) => ({
        skillId,
        people: e.people.size,
        requiredLevel: e.level,
        levelDerived: e.levelDerived,
      }))
      .sort(bySkillNeed);
  }
}

/**
 * What a team lacks for a target (one role, or the best of several roles per person), and the
 * training that would close it, per block and item, in the blocks' order.
 */
export function teamGap(
  ctx: PlanningContext,
  team: readonly TeamMember[],
  candidates: readonly RoleRecord[],
): TeamGapResult {
  const members: MemberGap[] = [];
  const missing = new NeedTally();
  const uncovered = new NeedTally();
  const items = new Map<
    string,
    TopLevel & { blockId: string; people: Set<string>; total: number; max: number }
  >();

  for (const member of team) {
    const best = bestFor(ctx, member, candidates);
    if (!best) continue;
    const { role, gap } = best;
    members.push({
      memberId: member.id,
      currentRoleId: member.currentRoleId,
      roleId: role.id,
      gap,
      readiness: readinessOf(gap.estimatedMonths),
    });
    for (const skill of gap.missing) {
      missing.add(skill.skillId, member.id, skill);
      if (skill.coverage === 'NONE') uncovered.add(skill.skillId, member.id, skill);
      // One offer per item and skill: the dataset allows one DEVELOPS link between them.
      for (const offer of skill.offers) {
        const entry = items.get(offer.itemId) ?? {
          blockId: offer.blockId,
          people: new Set<string>(),
          ...topLevel(offer.level, offer.levelSource),
          total: 0,
          max: 0,
        };
        entry.people.add(member.id);
        raise(entry, offer.level, offer.levelSource);
        entry.total += skill.months;
        entry.max = Math.max(entry.max, skill.months);
        items.set(offer.itemId, entry);
      }
    }
  }

  const blockRank = new Map(ctx.blockOrder.map((id, i) => [id, i]));
  const itemRank = new Map(
    ctx.graph.blocks.flatMap((block) => block.items.map((item, i) => [item.id, i] as const)),
  );
  const needs = [...items]
    .map(([itemId, e]) => ({
      blockId: e.blockId,
      itemId,
      people: e.people.size,
      level: e.level,
      levelDerived: e.levelDerived,
      totalMonths: e.total,
      maxMonths: e.max,
    }))
    .sort(
      (a, b) =>
        (blockRank.get(a.blockId) ?? 0) - (blockRank.get(b.blockId) ?? 0) ||
        (itemRank.get(a.itemId) ?? 0) - (itemRank.get(b.itemId) ?? 0),
    );

  const headcount = members.length;
  return {
    members,
    needs,
    uncovered: uncovered.needs(),
    summary: {
      headcount,
      averageMatch:
        headcount === 0 ? 0 : members.reduce((sum, m) => sum + m.gap.matchPercent, 0) / headcount,
      readyWithin12Months: members.filter(
        (m) => m.readiness === 'READY' || m.readiness === 'UNDER_12_MONTHS',
      ).length,
      topMissing: missing.needs().slice(0, 5),
    },
  };
}
