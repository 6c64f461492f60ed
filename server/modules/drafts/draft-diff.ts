import type { DraftBlock, DraftItem } from '../../../schema/workbench.js';

export type ChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';

/** One difference between two versions of a block set, by block or by item. */
export interface DraftChange {
  scope: 'BLOCK' | 'ITEM';
  kind: ChangeKind;
  /** The block's number (1…n) in the newer version, or in the older one when it was removed. */
  blockNumber: number;
  blockTitle: string;
  itemLabel: string | null;
  /** What changed, for CHANGED: among title, aim, position (blocks); label, block, position, skills, hours, modality, evaluation, notes, source (items). */
  fields: string[];
}

const ITEM_FIELDS = ['label', 'hours', 'modality', 'evaluation', 'notes', 'source'] as const;

const sameSkills = (a: DraftItem, b: DraftItem) =>
  JSON.stringify([...a.skills].map((s) => [s.skillId, s.level]).sort()) ===
  JSON.stringify([...b.skills].map((s) => [s.skillId, s.level]).sort());

interface Placed {
  item: DraftItem;
  block: DraftBlock;
  blockNumber: number;
  /** Rank among the items both versions hold in this block (an insertion moves nothing). */
  rank: number;
}

/** "block>item" for every item, to find the items that stay in their block. */
const homes = (blocks: readonly DraftBlock[]) =>
  new Set(blocks.flatMap((b) => b.items.map((i) => `${b.id}>${i.id}`)));

function placeItems(blocks: readonly DraftBlock[], stays: ReadonlySet<string>) {
  const placed = new Map<string, Placed>();
  blocks.forEach((block, b) => {
    let rank = 0;
    for (const item of block.items) {
      placed.set(item.id, {
        item,
        block,
        blockNumber: b + 1,
        rank: stays.has(`${block.id}>${item.id}`) ? rank++ : -1,
      });
    }
  });
  return placed;
}

const idsOf = (blocks: readonly DraftBlock[]) => new Set(blocks.map((b) => b.id));
const both = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  new Set([...a].filter((id) => b.has(id)));

/** Each kept block's rank among the blocks both versions hold. */
const ranks = (blocks: readonly DraftBlock[], kept: ReadonlySet<string>) =>
  new Map(blocks.filter((b) => kept.has(b.id)).map((b, rank) => [b.id, rank]));

/**
 * What changed from one version to another, matched by the stable ids of blocks and items (a
 * renamed block is the same block; an item moved to another block is a change of that item).
 * Blocks first, in the newer version's order, then items; removals after what remains.
 */
export function diffDrafts(from: readonly DraftBlock[], to: readonly DraftBlock[]): DraftChange[] {
  const changes: DraftChange[] = [];
  const before = new Map(from.map((block) => [block.id, block]));
  const after = idsOf(to);
  const keptBlocks = both(idsOf(from), after);
  const [oldRank, newRank] = [ranks(from, keptBlocks), ranks(to, keptBlocks)];
  to.forEach((block, i) => {
    const old = before.get(block.id);
    const base = { scope: 'BLOCK' as const, blockNumber: i + 1, blockTitle: block.title };
    if (!old) {
      changes.push({ ...base, kind: 'ADDED', itemLabel: null, fields: [] });
      return;
    }
    const fields: string[] = [];
    if (old.title !== block.title) fields.push('title');
    if (old.aim !== block.aim) fields.push('aim');
    if (oldRank.get(block.id) !== newRank.get(block.id)) fields.push('position');
    if (fields.length > 0) changes.push({ ...base, kind: 'CHANGED', itemLabel: null, fields });
  });
  from.forEach((block, i) => {
    if (!after.has(block.id)) {
      changes.push({
        scope: 'BLOCK',
        kind: 'REMOVED',
        blockNumber: i + 1,
        blockTitle: block.title,
        itemLabel: null,
        fields: [],
      });
    }
  });

  const stays = both(homes(from), homes(to));
  const oldItems = placeItems(from, stays);
  const newItems = placeItems(to, stays);
  for (const [id, now] of newItems) {
    const base = {
      scope: 'ITEM' as const,
      blockNumber: now.blockNumber,
      blockTitle: now.block.title,
      itemLabel: now.item.label,
    };
    const was = oldItems.get(id);
    if (!was) {
      changes.push({ ...base, kind: 'ADDED', fields: [] });
      continue;
    }
    const fields: string[] = ITEM_FIELDS.filter((field) => was.item[field] !== now.item[field]);
    if (!sameSkills(was.item, now.item)) fields.push('skills');
    if (was.block.id !== now.block.id) fields.push('block');
    else if (was.rank !== now.rank) fields.push('position');
    if (fields.length > 0) changes.push({ ...base, kind: 'CHANGED', fields });
  }
  for (const [id, was] of oldItems) {
    if (newItems.has(id)) continue;
    changes.push({
      scope: 'ITEM',
      kind: 'REMOVED',
      blockNumber: was.blockNumber,
      blockTitle: was.block.title,
      itemLabel: was.item.label,
      fields: [],
    });
  }
  return changes;
}
