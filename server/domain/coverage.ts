import type { Level } from '../../schema/common.js';
import { rankOf } from './levels.js';
import type { TrainingBlockRecord } from './records.js';

/** A training item that develops a skill, and up to which level. */
export interface TrainingOffer {
  blockId: string;
  itemId: string;
  level: Level;
  source: string;
  levelSource: string;
}

export type Coverage = 'FULL' | 'PARTIAL' | 'NONE';

/** Which training items develop which skill, in block then item order. */
export class CoverageIndex {
  private readonly offers = new Map<string, TrainingOffer[]>();

  constructor(blocks: readonly TrainingBlockRecord[]) {
    const ordered = [...blocks].sort((a, b) => a.order - b.order);
    for (const block of ordered) {
      for (const item of block.items) {
        for (const develops of item.develops) {
          const list = this.offers.get(develops.skillId) ?? [];
          list.push({
            blockId: block.id,
            itemId: item.id,
            level: develops.level,
            source: develops.source,
            levelSource: develops.levelSource,
          });
          this.offers.set(develops.skillId, list);
        }
      }
    }
  }

  /** Offers that raise the skill above `current`. */
  offersAbove(skillId: string, current: Level | null): TrainingOffer[] {
    return (this.offers.get(skillId) ?? []).filter(
      (offer) => rankOf(offer.level) > rankOf(current),
    );
  }

  /** FULL: some item reaches the level; PARTIAL: items exist but stop below it; NONE: no item. */
  static coverageOf(offers: readonly TrainingOffer[], required: Level): Coverage {
    if (offers.length === 0) return 'NONE';
    return offers.some((offer) => rankOf(offer.level) >= rankOf(required)) ? 'FULL' : 'PARTIAL';
  }
}
