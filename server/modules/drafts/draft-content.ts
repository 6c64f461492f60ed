import type { DraftBlock, DraftItem } from '../../../schema/workbench.js';
import type { TrainingBlockRecord } from '../../domain/records.js';

/** The sum of the hours given (items or blocks), or null when none is given: « volume à définir ». */
export function knownHours(hours: readonly (number | null)[]): number | null {
  const known = hours.filter((h): h is number => h !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/** A problem of a block set, by field path (blocks[1].items[0].skills[2].skillId) and reason. */
export interface ContentProblem {
  field: string;
  reason: string;
}

/** A block set as zod leaves it: every default filled in, ids perhaps missing. */
export type ParsedBlock = Omit<DraftBlock, 'id' | 'items'> & {
  id?: string | null | undefined;
  items: (Omit<DraftItem, 'id'> & { id?: string | null | undefined })[];
};

/**
 * The study's blocks and specialisations as a first version of a draft: numbered in the study's
 * order, each item keeping the study's citation, each skill level its derived rationale. The
 * study gives neither hours, modalities nor evaluation methods: they are left for the designer.
 */
export function blocksFromStudy(
  blocks: readonly TrainingBlockRecord[],
  newId: () => string,
): DraftBlock[] {
  return [...blocks]
    .sort((a, b) => a.order - b.order)
    .map((block) => ({
      id: newId(),
      title: block.title,
      aim: block.summary,
      items: block.items.map((item) => ({
        id: newId(),
        label: item.label,
        skills: item.develops.map((d) => ({
          skillId: d.skillId,
          level: d.level,
          // A draft's skill source is its level's provenance.
          source: d.levelSource,
        })),
        hours: null,
        modality: null,
        evaluation: '',
        notes: '',
        source: item.source,
      })),
    }));
}

/**
 * Names new blocks and items, and finds what cannot be saved: an id given twice, a skill the
 * graph does not know, a skill listed twice in one item. All problems, not just the first.
 */
export function completeBlocks(
  parsed: readonly ParsedBlock[],
  newId: () => string,
  skillExists: (id: string) => boolean,
): { blocks: DraftBlock[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  const claim = (id: string | null | undefined, field: string) => {
    if (!id) return newId();
    if (seen.has(id)) problems.push({ field, reason: `id "${id}" is used twice` });
    seen.add(id);
    return id;
  };
  const blocks = parsed.map((block, b) => ({
    ...block,
    id: claim(block.id, `blocks[${b}].id`),
    items: block.items.map((item, i) => {
      const where = `blocks[${b}].items[${i}]`;
      const skills = new Set<string>();
      item.skills.forEach((skill, s) => {
        const field = `${where}.skills[${s}].skillId`;
        if (!skillExists(skill.skillId)) {
          problems.push({ field, reason: `unknown skill id "${skill.skillId}"` });
        } else if (skills.has(skill.skillId)) {
          problems.push({ field, reason: `skill "${skill.skillId}" is listed twice in this item` });
        }
        skills.add(skill.skillId);
      });
      return { ...item, id: claim(item.id, `${where}.id`) };
    }),
  }));
  return { blocks, problems };
}

/** A block of a saved version with its place in the version (its code is B1, B2…). */
export interface NumberedBlock extends DraftBlock {
  number: number;
}
