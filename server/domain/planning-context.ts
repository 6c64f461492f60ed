import type { Level } from '../../schema/common.js';
import { CoverageIndex } from './coverage.js';
import { computeGap, type SkillGapResult } from './gap.js';
import { LevelScale } from './levels.js';
import { heldBy, profileFromRequirements, type Profile } from './profile.js';
import { romeStepEffort } from './rome-cost.js';
import type {
  MoveRecord,
  PlanningGraph,
  RoleRecord,
  TrainingBlockRecord,
  TrainingItemRecord,
} from './records.js';

/** The planning graph with its derived indexes, built once per dataset version. */
export class PlanningContext {
  readonly scale: LevelScale;
  readonly coverage: CoverageIndex;
  /** Block ids in the study's order. */
  readonly blockOrder: readonly string[];
  private readonly blocks = new Map<string, TrainingBlockRecord>();
  private readonly items = new Map<string, TrainingItemRecord>();
  private readonly incoming = new Map<string, MoveRecord[]>();
  private readonly held = new Map<string, ReadonlyMap<string, Level>>();

  constructor(
    readonly graph: PlanningGraph,
    /** The dataset checksum the graph was loaded at (null: unknown, as in tests). */
    readonly version: string | null = null,
  ) {
    this.scale = new LevelScale(graph.levels);
    this.coverage = new CoverageIndex(graph.blocks);
    this.blockOrder = [...graph.blocks].sort((a, b) => a.order - b.order).map((b) => b.id);
    for (const block of graph.blocks) {
      this.blocks.set(block.id, block);
      for (const item of block.items) this.items.set(item.id, item);
    }
    for (const role of graph.roles.values()) {
      this.held.set(role.id, profileFromRequirements(heldBy(role)));
      for (const move of role.moves) {
        const list = this.incoming.get(move.to) ?? [];
        list.push(move);
        this.incoming.set(move.to, list);
      }
    }
  }

  role(id: string): RoleRecord | undefined {
    return this.graph.roles.get(id);
  }

  block(id: string): TrainingBlockRecord | undefined {
    return this.blocks.get(id);
  }

  item(id: string): TrainingItemRecord | undefined {
    return this.items.get(id);
  }

  /** Moves that lead into a role. */
  movesInto(roleId: string): readonly MoveRecord[] {
    return this.incoming.get(roleId) ?? [];
  }

  /** The level a person in the role holds: what it requires, and what it implies (`holds`). */
  heldLevel(roleId: string, skillId: string): Level | undefined {
    return this.held.get(roleId)?.get(skillId);
  }

  /** Every level a person in the role holds (built once, with the context). */
  heldProfile(roleId: string): Profile {
    return this.held.get(roleId) ?? new Map();
  }

  gap(role: RoleRecord, profile: Profile): SkillGapResult {
    const gap = computeGap(
      role.id,
      profile,
      role.requirements,
      this.scale,
      this.coverage,
      this.blockOrder,
    );
    if (!role.romeFiche) return gap;
    // A ROME fiche is priced on its core requirements (rome-cost.ts); the rank is the move's.
    const rome = romeStepEffort(this.scale, role, (id) => profile.get(id));
    return {
      ...gap,
      missingShare: rome.missingShare,
      matchPercent: Math.round(100 * (1 - rome.missingShare)),
      cost: rome.cost,
      estimatedMonths: rome.months,
    };
  }
}
