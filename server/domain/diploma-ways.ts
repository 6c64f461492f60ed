import { romeDiplomaConditionId, type DiplomaWays } from '../../schema/diploma-ways.js';

/** A diploma a condition names, and the ways to it the project reviewed (null: not reviewed). */
export interface DiplomaWayEntry {
  diploma: string;
  ways: DiplomaWays | null;
}

/**
 * Which diploma a move's condition asks for, with its reviewed ways (seeds/diploma-ways.yaml):
 * the condition of a move into a ROME job with a reviewed diploma, and the study's conditions the
 * file names. A diploma the file does not list is known, its ways unreviewed.
 */
export class DiplomaWayBook {
  private readonly byCondition = new Map<string, DiplomaWayEntry>();

  constructor(ways: readonly DiplomaWays[], diplomas: readonly { id: string; label: string }[]) {
    const reviewed = new Map(ways.map((w) => [w.credential, w]));
    for (const d of diplomas) {
      const entry = { diploma: d.label, ways: reviewed.get(d.id) ?? null };
      this.byCondition.set(romeDiplomaConditionId(d.id), entry);
      for (const id of entry.ways?.studyConditions ?? []) this.byCondition.set(id, entry);
    }
  }

  of(conditionId: string): DiplomaWayEntry | undefined {
    return this.byCondition.get(conditionId);
  }
}
