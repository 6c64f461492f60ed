import { CoverageIndex } from './coverage.js';
import { computeGap, type SkillGapResult } from './gap.js';
import { LevelScale } from './levels.js';
import type { Profile } from './profile.js';
import type {
  PlanningGraph,
  RoleRecord,
  TrainingBlockRecord,
  TrainingItemRecord,
} from './records.js';

/** The planning graph with its derived indexes, built once per dataset version. */
export class PlanningContext {
  readonly scale: LevelScale;
  readonly coverage: CoverageIndex;
  private readonly blockOrder: string[];
  private readonly blocks = new Map<string, TrainingBlockRecord>();
  private readonly items = new Map<string, TrainingItemRecord>();

  constructor(readonly graph: PlanningGraph) {
    this.scale = new LevelScale(graph.levels);
    this.coverage = new CoverageIndex(graph.blocks);
    this.blockOrder = [...graph.blocks].sort((a, b) => a.order - b.order).map((b) => b.id);
    for (const block of graph.blocks) {
      this.blocks.set(block.id, block);
      for (const item of block.items) this.items.set(item.id, item);
    }
  }

  block(id: string): TrainingBlockRecord | undefined {
    return this.blocks.get(id);
  }

  item(id: string): TrainingItemRecord | undefined {
    return this.items.get(id);
  }

  role(id: string): RoleRecord | undefined {
    return this.graph.roles.get(id);
  }

  gap(role: RoleRecord, profile: Profile): SkillGapResult {
    return computeGap(
      role.id,
      profile,
      role.requirements,
      this.scale,
      this.coverage,
      this.blockOrder,
    );
  }
}
