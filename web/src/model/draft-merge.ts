import type { EditBlock, EditItem } from './draft-editor.js';

/**
 * Three-way merge of a block set, for a save refused because someone saved a newer version
 * meanwhile. `base` is the version both started from, `mine` what is being edited, `theirs` the
 * newer version. Blocks and items are matched by their stable ids (kept by the server across
 * versions). A change made on one side only is taken; the same change on both sides is taken once;
 * a part changed differently on both sides (or changed on one and removed on the other) is a
 * conflict the person settles, seeing both versions.
 */

/** Who wins a conflict: the person's own edit, or the newer saved version. */
export type MergeChoice = 'MINE' | 'THEIRS';

/** A block's own fields (its items merge one by one). */
export type BlockHeader = Pick<EditBlock, 'title' | 'aim'>;

export type MergeConflict =
  | {
      kind: 'ITEM';
      /** `item:<blockId>/<itemId>`: stable across calls, the key of `choices`. */
      key: string;
      blockTitle: string;
      /** null: removed on that side. */
      mine: EditItem | null;
      theirs: EditItem | null;
    }
  | {
      kind: 'BLOCK';
      /** `block:<blockId>` */
      key: string;
      blockTitle: string;
      /** null: the block removed on that side. */
      mine: BlockHeader | null;
      theirs: BlockHeader | null;
    };

export interface MergeResult {
  blocks: EditBlock[];
  /** Every conflict, in the order of the merged blocks; settled by `choices` (default: theirs). */
  conflicts: MergeConflict[];
}

interface Identified {
  id: string;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const header = (block: EditBlock): BlockHeader => ({ title: block.title, aim: block.aim });
const byId = <T extends Identified>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));

/** Whether the elements both lists hold appear in the same relative order. */
function keepsOrder(from: readonly Identified[], to: readonly Identified[]): boolean {
  const kept = new Set(to.map((x) => x.id));
  const a = from.map((x) => x.id).filter((id) => kept.has(id));
  const present = new Set(from.map((x) => x.id));
  const b = to.map((x) => x.id).filter((id) => present.has(id));
  return same(a, b);
}

/**
 * The merged order: the side that reordered what it shared with the base leads (mine if both
 * did); what only the other side added goes after its predecessor there.
 */
function mergedOrder(
  base: readonly Identified[],
  mine: readonly Identified[],
  theirs: readonly Identified[],
  kept: ReadonlySet<string>,
): string[] {
  const mineLeads = !keepsOrder(base, mine) || keepsOrder(base, theirs);
  const [lead, other] = mineLeads ? [mine, theirs] : [theirs, mine];
  const order = lead.map((x) => x.id).filter((id) => kept.has(id));
  other.forEach((x, i) => {
    if (!kept.has(x.id) || order.includes(x.id)) return;
    const before = other
      .slice(0, i)
      .map((p) => p.id)
      .reverse()
      .find((id) => order.includes(id));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, x.id);
  });
  return order;
}

/** The merged parts in the merged order (every id of `order` is a key of `parts`). */
const inOrder = <T>(order: readonly string[], parts: ReadonlyMap<string, T>): T[] =>
  order.flatMap((id) => {
    const part = parts.get(id);
    return part === undefined ? [] : [part];
  });

type Outcome<T> = { value: T | null; conflict: false } | { conflict: true };

/** One part's three versions (null: absent) → the merged part, or a conflict. */
function mergeOne<T>(base: T | null, mine: T | null, theirs: T | null): Outcome<T> {
  if (same(mine, theirs)) return { value: mine, conflict: false };
  if (same(mine, base)) return { value: theirs, conflict: false };
  if (same(theirs, base)) return { value: mine, conflict: false };
  return { conflict: true };
}

function mergeItems(
  block: { id: string; title: string },
  base: readonly EditItem[],
  mine: readonly EditItem[],
  theirs: readonly EditItem[],
  choose: (key: string) => MergeChoice,
  conflicts: MergeConflict[],
): EditItem[] {
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const merged = new Map<string, EditItem>();
  const ids = new Set([...b.keys(), ...m.keys(), ...t.keys()]);
  for (const id of ids) {
    const [mineItem, theirItem] = [m.get(id) ?? null, t.get(id) ?? null];
    const outcome = mergeOne(b.get(id) ?? null, mineItem, theirItem);
    let value: EditItem | null;
    if (outcome.conflict) {
      const key = `item:${block.id}/${id}`;
      conflicts.push({
        kind: 'ITEM',
        key,
        blockTitle: block.title,
        mine: mineItem,
        theirs: theirItem,
      });
      value = choose(key) === 'MINE' ? mineItem : theirItem;
    } else value = outcome.value;
    if (value) merged.set(id, value);
  }
  return inOrder(mergedOrder(base, mine, theirs, new Set(merged.keys())), merged);
}

export function mergeDrafts(
  base: readonly EditBlock[],
  mine: readonly EditBlock[],
  theirs: readonly EditBlock[],
  choices: Readonly<Record<string, MergeChoice>> = {},
): MergeResult {
  const choose = (key: string): MergeChoice => choices[key] ?? 'THEIRS';
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const conflicts: MergeConflict[] = [];
  const merged = new Map<string, EditBlock>();
  for (const id of new Set([...b.keys(), ...m.keys(), ...t.keys()])) {
    const [baseBlock, mineBlock, theirBlock] = [b.get(id), m.get(id), t.get(id)];
    const key = `block:${id}`;
    const title = (theirBlock ?? mineBlock ?? baseBlock)?.title ?? '';
    const conflict = (mineSide: BlockHeader | null, theirSide: BlockHeader | null) => {
      conflicts.push({ kind: 'BLOCK', key, blockTitle: title, mine: mineSide, theirs: theirSide });
    };
    if (!mineBlock || !theirBlock) {
      // Removed on one side (or added on one side only): kept if the other side changed it.
      const present = mineBlock ?? theirBlock;
      if (!present) continue;
      if (!baseBlock) merged.set(id, present);
      else if (!same(present, baseBlock)) {
        conflict(mineBlock ? header(mineBlock) : null, theirBlock ? header(theirBlock) : null);
        const keep = choose(key) === 'MINE' ? mineBlock : theirBlock;
        if (keep) merged.set(id, keep);
      }
      continue;
    }
    const head = mergeOne(
      baseBlock ? header(baseBlock) : null,
      header(mineBlock),
      header(theirBlock),
    );
    let fields: BlockHeader;
    if (head.conflict) {
      conflict(header(mineBlock), header(theirBlock));
      fields = choose(key) === 'MINE' ? header(mineBlock) : header(theirBlock);
    } else fields = head.value ?? header(theirBlock);
    const items = mergeItems(
      { id, title: fields.title },
      baseBlock?.items ?? [],
      mineBlock.items,
      theirBlock.items,
      choose,
      conflicts,
    );
    merged.set(id, { id, ...fields, items });
  }
  const order = mergedOrder(base, mine, theirs, new Set(merged.keys()));
  const rank = new Map(order.map((id, i) => [id, i]));
  return {
    blocks: inOrder(order, merged),
    conflicts: conflicts.sort((x, y) => (rank.get(blockOf(x)) ?? 0) - (rank.get(blockOf(y)) ?? 0)),
  };
}

const blockOf = (c: MergeConflict): string =>
  c.key.replace(/^(block|item):/, '').split('/')[0] ?? '';
