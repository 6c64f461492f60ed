import type { DraftBlock } from '../../../schema/workbench.js';

/** What keeps a version from being published as a certification. */
export type PublicationProblemKind =
  'NO_BLOCKS' | 'EMPTY_BLOCK' | 'ITEM_WITHOUT_SKILLS' | 'ITEM_WITHOUT_EVALUATION';

export interface PublicationProblem {
  kind: PublicationProblemKind;
  /** 1-based, as the workbench numbers them (Bloc 1, contenu 2); null for the whole set. */
  block: number | null;
  item: number | null;
  /** The block's title or the item's label, for the message. */
  label: string;
}

/**
 * Whether a version is complete enough to be a certification: at least one block; every block
 * with content; every content naming the skills it certifies, at a level (the schema asks a
 * level of each), and how they are evaluated (« modalités d'évaluation »). Every problem, in
 * order, so that the designer sees all she has to finish at once.
 */
export function publicationProblems(blocks: readonly DraftBlock[]): PublicationProblem[] {
  if (blocks.length === 0) return [{ kind: 'NO_BLOCKS', block: null, item: null, label: '' }];
  return blocks.flatMap((block, b): PublicationProblem[] => {
    if (block.items.length === 0)
      return [{ kind: 'EMPTY_BLOCK' as const, block: b + 1, item: null, label: block.title }];
    return block.items.flatMap((item, i) => {
      const at = { block: b + 1, item: i + 1, label: item.label };
      return [
        ...(item.skills.length === 0 ? [{ kind: 'ITEM_WITHOUT_SKILLS' as const, ...at }] : []),
        ...(item.evaluation.trim() === ''
          ? [{ kind: 'ITEM_WITHOUT_EVALUATION' as const, ...at }]
          : []),
      ];
    });
  });
}
