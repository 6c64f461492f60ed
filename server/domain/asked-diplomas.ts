import type { DiplomaBlocs } from '../../schema/diploma-blocs.js';
import { romeDiplomaConditionId, type DiplomaWays } from '../../schema/diploma-ways.js';

/** A diploma a condition asks for: its reviewed ways and blocs (null: not reviewed). */
export interface AskedDiploma {
  id: string;
  diploma: string;
  ways: DiplomaWays | null;
  blocs: DiplomaBlocs | null;
}

/**
 * Which diploma a move's condition asks for (seeds/diploma-ways.yaml, seeds/diploma-blocs.yaml):
 * the condition of a move into a ROME job with a reviewed diploma, and the study's conditions
 * the ways file names. A diploma those files do not list is known, its ways and blocs unreviewed.
 */
export class AskedDiplomas {
  private readonly byCondition = new Map<string, AskedDiploma>();

  constructor(
    diplomas: readonly { id: string; label: string }[],
    ways: readonly DiplomaWays[],
    blocs: readonly DiplomaBlocs[] = [],
  ) {
    const waysOf = new Map(ways.map((w) => [w.credential, w]));
    const blocsOf = new Map(blocs.map((b) => [b.credential, b]));
    for (const d of diplomas) {
      const entry: AskedDiploma = {
        id: d.id,
        diploma: d.label,
        ways: waysOf.get(d.id) ?? null,
        blocs: blocsOf.get(d.id) ?? null,
      };
      this.byCondition.set(romeDiplomaConditionId(d.id), entry);
      for (const id of entry.ways?.studyConditions ?? []) this.byCondition.set(id, entry);
    }
  }

  of(conditionId: string): AskedDiploma | undefined {
    return this.byCondition.get(conditionId);
  }

  /** The diplomas made of blocs whose levels are the role's (the DARM for the ARM). */
  forRole(roleId: string): AskedDiploma[] {
    return [...new Set(this.byCondition.values())].filter((d) => d.blocs?.role === roleId);
  }
}
