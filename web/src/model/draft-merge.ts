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

/** What the merge of every block shares. */
interface MergeRun {
  choose: (key: string) => MergeChoice;
  conflicts: MergeConflict[];
  /** Every item of each side, whatever its block: an item missing from a block may have moved. */
  mineItems: ReadonlyMap<string, EditItem>;
  theirItems: ReadonlyMap<string, EditItem>;
  /** Items moved by one side and changed by the other: the content chosen, applied where it moved. */
  movedContent: Map<string, EditItem>;
}

function mergeItems(
  block: { id: string; title: string },
  base: readonly EditItem[],
  mine: readonly EditItem[],
  theirs: readonly EditItem[],
  run: MergeRun,
): EditItem[] {
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const merged = new Map<string, EditItem>();
  const ids = new Set([...b.keys(), ...m.keys(), ...t.keys()]);
  for (const id of ids) {
    const [mineItem, theirItem] = [m.get(id) ?? null, t.get(id) ?? null];
    const outcome = mergeOne(b.get(id) ?? null, mineItem, theirItem);
    if (!outcome.conflict) {
      if (outcome.value) merged.set(id, outcome.value);
      continue;
    }
    const key = `item:${block.id}/${id}`;
    // Gone from this block on one side but present in another there: moved, not removed.
    const mineMoved = mineItem ? null : (run.mineItems.get(id) ?? null);
    const theirsMoved = theirItem ? null : (run.theirItems.get(id) ?? null);
    const sides = { mine: mineItem ?? mineMoved, theirs: theirItem ?? theirsMoved };
    run.conflicts.push({ kind: 'ITEM', key, blockTitle: block.title, ...sides });
    const chosen = run.choose(key) === 'MINE' ? sides.mine : sides.theirs;
    if (mineMoved || theirsMoved) {
      if (chosen) run.movedContent.set(id, chosen);
    } else if (chosen) merged.set(id, chosen);
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
  const run: MergeRun = {
    choose,
    conflicts,
    mineItems: byId(mine.flatMap((block) => block.items)),
    theirItems: byId(theirs.flatMap((block) => block.items)),
    movedContent: new Map(),
  };
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
      run,
    );
    merged.set(id, { id, ...fields, items });
  }
  const order = mergedOrder(base, mine, theirs, new Set(merged.keys()));
  const rank = new Map(order.map((id, i) => [id, i]));
  return {
    blocks: inOrder(order, merged).map((block) => ({
      ...block,
      items: block.items.map((item) => run.movedContent.get(item.id) ?? item),
    })),
    conflicts: conflicts.sort((x, y) => (rank.get(blockOf(x)) ?? 0) - (rank.get(blockOf(y)) ?? 0)),
  };
}

const blockOf = (c: MergeConflict): string =>
  c.key.replace(/^(block|item):/, '').split('/')[0] ?? '';
