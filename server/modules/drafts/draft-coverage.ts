import type { Level } from '../../../schema/common.js';
import type { DraftBlock } from '../../../schema/workbench.js';
import { CoverageIndex, type Coverage } from '../../domain/coverage.js';
import { knownHours } from './draft-content.js';
import { requiredByRoles } from '../../domain/family-coverage.js';
import { blocCredits, type BlocStatus } from '../../domain/bloc-credit.js';
import { rankOf } from '../../domain/levels.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import type { RoleRecord } from '../../domain/records.js';

/** An item of a block set that develops a skill, and up to which level. */
export interface CoveringItem {
  blockNumber: number;
  blockTitle: string;
  itemLabel: string;
  level: Level;
  source: string;
}

export interface SkillCoverage {
  skillId: string;
  /** The highest level a target role requires. */
  requiredLevel: Level;
  /** True unless a source states the required level. */
  levelDerived: boolean;
  roleIds: string[];
  draft: Coverage;
  draftItems: CoveringItem[];
  study: Coverage;
  studyItems: CoveringItem[];
}

export interface CoverageTotals {
  full: number;
  partial: number;
  none: number;
}

/** A block of the draft: its hours, and the target roles it serves (a role requires a skill it develops). */
export interface BlockService {
  number: number;
  title: string;
  /** Hours of the items that give them; null when no item does. */
  hours: number | null;
  itemsWithoutHours: number;
  roles: { roleId: string; skillIds: string[] }[];
  /** For each typical profile, whether a person of it holds the bloc whole, part of it, or none. */
  typicalProfiles: { roleId: string; status: BlocStatus }[];
}

/**
 * The people a maquette typically trains: the current job and the entry routes into it (study
 * roles CURRENT_JOB and ENTRY), each at its roles' levels, in id order.
 */
function typicalCredits(ctx: PlanningContext, blocks: readonly DraftBlock[]) {
  return [...ctx.graph.roles.values()]
    .filter((r) => r.roleKind === 'CURRENT_JOB' || r.roleKind === 'ENTRY')
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((role) => ({
      roleId: role.id,
      blocs: blocCredits(blocks, ctx.heldProfile(role.id)),
    }));
}

/** A typical profile against a bloc. */
export type TypicalProfileCredit = BlockService['typicalProfiles'][number];

/** A role a block serves, with the skills of that role it teaches. */
export type ServedRole = BlockService['roles'][number];

export interface DraftCoverageResult {
  roleIds: string[];
  skills: SkillCoverage[];
  draftTotals: CoverageTotals;
  studyTotals: CoverageTotals;
  blocks: BlockService[];
  totalHours: number | null;
}

const STATUS_ORDER: Record<Coverage, number> = { NONE: 0, PARTIAL: 1, FULL: 2 };

function statusOf(items: readonly CoveringItem[], required: Level): Coverage {
  if (items.length === 0) return 'NONE';
  return items.some((i) => rankOf(i.level) >= rankOf(required)) ? 'FULL' : 'PARTIAL';
}

function totals(rows: readonly SkillCoverage[], pick: (row: SkillCoverage) => Coverage) {
  const result: CoverageTotals = { full: 0, partial: 0, none: 0 };
  for (const row of rows) {
    const status = pick(row);
    if (status === 'FULL') result.full++;
    else if (status === 'PARTIAL') result.partial++;
    else result.none++;
  }
  return result;
}

/** Which items of a block set develop each skill, best level first. */
function draftOffers(blocks: readonly DraftBlock[]): Map<string, CoveringItem[]> {
  const offers = new Map<string, CoveringItem[]>();
  blocks.forEach((block, b) => {
    for (const item of block.items) {
      for (const skill of item.skills) {
        const list = offers.get(skill.skillId) ?? [];
        list.push({
          blockNumber: b + 1,
          blockTitle: block.title,
          itemLabel: item.label,
          level: skill.level,
          source: skill.source,
        });
        offers.set(skill.skillId, list);
      }
    }
  });
  return offers;
}

/** The study's offers for a skill, in the same shape. */
function studyOffers(ctx: PlanningContext, skillId: string): CoveringItem[] {
  return ctx.coverage.offersAbove(skillId, null).map((offer) => {
    const block = ctx.block(offer.blockId);
    return {
      blockNumber: block?.order ?? 0,
      blockTitle: block?.title ?? offer.blockId,
      itemLabel: ctx.item(offer.itemId)?.label ?? offer.itemId,
      level: offer.level,
      source: offer.levelSource,
    };
  });
}

/**
 * What a block set covers of what target roles require, beside what the study's blocks cover
 * (before / after): each required skill FULL, PARTIAL or NONE and by which items; hours per block
 * and in total; for each block the roles it serves. Worst-covered skills first.
 */
export function draftCoverage(
  ctx: PlanningContext,
  blocks: readonly DraftBlock[],
  roles: readonly RoleRecord[],
): DraftCoverageResult {
  const required = requiredByRoles(roles);
  const offers = draftOffers(blocks);
  const skills: SkillCoverage[] = [...required].map(
    ([skillId, { level, levelDerived, roleIds }]) => {
      const draftItems = offers.get(skillId) ?? [];
      const studyItems = studyOffers(ctx, skillId);
      return {
        skillId,
        requiredLevel: level,
        levelDerived,
        roleIds,
        draft: statusOf(draftItems, level),
        draftItems,
        study: CoverageIndex.coverageOf(ctx.coverage.offersAbove(skillId, null), level),
        studyItems,
      };
    },
  );
  const label = (id: string) => ctx.graph.skills.get(id)?.label ?? id;
  skills.sort(
    (a, b) =>
      STATUS_ORDER[a.draft] - STATUS_ORDER[b.draft] ||
      rankOf(b.requiredLevel) - rankOf(a.requiredLevel) ||
      label(a.skillId).localeCompare(label(b.skillId), 'fr'),
  );

  const typical = typicalCredits(ctx, blocks);
  const served = blocks.map((block, b): BlockService => {
    const developed = new Set(block.items.flatMap((item) => item.skills.map((s) => s.skillId)));
    return {
      number: b + 1,
      title: block.title,
      hours: knownHours(block.items.map((item) => item.hours)),
      itemsWithoutHours: block.items.filter((item) => item.hours === null).length,
      roles: roles.flatMap((role) => {
        const skillIds = role.requirements.map((r) => r.skillId).filter((id) => developed.has(id));
        return skillIds.length > 0 ? [{ roleId: role.id, skillIds }] : [];
      }),
      typicalProfiles: typical.map((t) => ({
        roleId: t.roleId,
        status: t.blocs[b]?.status ?? 'TO_FOLLOW',
      })),
    };
  });
  return {
    roleIds: roles.map((r) => r.id),
    skills,
    draftTotals: totals(skills, (row) => row.draft),
    studyTotals: totals(skills, (row) => row.study),
    blocks: served,
    totalHours: knownHours(served.map((block) => block.hours)),
  };
}
