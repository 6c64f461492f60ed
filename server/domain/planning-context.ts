import { CoverageIndex } from './coverage.js';
import { computeGap, type SkillGapResult } from './gap.js';
import { LevelScale } from './levels.js';
import type { Profile } from './profile.js';
import type { PlanningGraph, RoleRecord } from './records.js';

/** The planning graph with its derived indexes, built once per dataset version. */
export class PlanningContext {
  readonly scale: LevelScale;
  readonly coverage: CoverageIndex;
  private readonly blockOrder: string[];

  constructor(readonly graph: PlanningGraph) {
    this.scale = new LevelScale(graph.levels);
    this.coverage = new CoverageIndex(graph.blocks);
    this.blockOrder = [...graph.blocks].sort((a, b) => a.order - b.order).map((b) => b.id);
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
