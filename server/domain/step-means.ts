import type { MeansKind } from '../../schema/funding.js';
import { citeLaw } from '../../schema/legal.js';
import type { DiplomaWay } from '../../schema/diploma-ways.js';
import type { AskedDiploma } from './asked-diplomas.js';
import type { ConditionRecord, RoleRecord, TrainingBlockRecord } from './records.js';
import type { SkillGapResult } from './gap.js';

/**
 * How a step is taken, from what the data already says: the move's conditions (a concours, a
 * détachement, a diploma to prepare…) and the study's blocks that close the step's missing
 * skills. A move between two jobs of the public hospital that asks for no concours, no change of
 * employer and no procedure is an internal mobility (a derived means, with its rationale). A
 * diploma asked for may also be obtained by VAE or apprenticeship where a reviewed text opens
 * that way (seeds/diploma-ways.yaml); where its ways were not reviewed, the step says so. Nothing
 * is added that neither the study, a condition nor a reviewed text says.
 */
export interface StepMeansRecord {
  kind: MeansKind;
  label: string;
  source: string;
  /** For a study block: its id. */
  blockId: string | null;
}

const INTERNAL_MOBILITY_SOURCE =
  "derived: le passage relie deux métiers de la fonction publique hospitalière sans concours, sans changement d'employeur ni procédure parmi ses conditions ; il se fait en candidatant sur un poste de l'établissement (changement d'affectation)";

/** Said beside a diploma whose ways the project has not reviewed. */
export const VAE_UNREVIEWED =
  "ouverture à la VAE non vérifiée par le projet : tous les diplômes de santé ne s'obtiennent pas par la VAE";

/** The diploma a condition asks for, with its reviewed ways (undefined: it asks for none of the file's). */
export type DiplomaAskedBy = (conditionId: string) => AskedDiploma | undefined;

type DiplomaWayKind = Extract<MeansKind, 'VAE' | 'APPRENTICESHIP'>;
const WAY_LEAD: Record<DiplomaWayKind, (diploma: string) => string> = {
  VAE: (diploma) => `Pour le ${diploma}, totale ou partielle`,
  APPRENTICESHIP: (diploma) => `En contrat, vers le ${diploma}`,
};

/** The VAE and apprenticeship a reviewed text opens to the diploma, with their conditions. */
function diplomaWayMeans({ diploma, ways }: AskedDiploma): StepMeansRecord[] {
  const means = (kind: DiplomaWayKind, way: DiplomaWay | undefined): StepMeansRecord[] =>
    way
      ? [
          {
            kind,
            label: `${WAY_LEAD[kind](lowerFirst(diploma))} : ${way.conditions}`,
            source:
              way.laws.map(citeLaw).join(' ; ') + (way.reviewNote ? ` — ${way.reviewNote}` : ''),
            blockId: null,
          },
        ]
      : [];
  return [...means('VAE', ways?.vae), ...means('APPRENTICESHIP', ways?.apprenticeship)];
}

/** The means a condition names (experience or a category asked is no means). */
function conditionMeans(c: ConditionRecord, diplomaOf: DiplomaAskedBy): StepMeansRecord[] {
  const diploma = c.kind === 'DIPLOMA' ? diplomaOf(c.id) : undefined;
  if (diploma) {
    const training = `Se préparer à la condition « ${c.label} »`;
    return [
      {
        kind: 'TRAINING',
        label: diploma.ways?.vae ? training : `${training} — ${VAE_UNREVIEWED}`,
        source: c.source,
        blockId: null,
      },
      ...diplomaWayMeans(diploma),
    ];
  }
  const means = oneConditionMeans(c);
  return means ? [means] : [];
}

function oneConditionMeans(c: ConditionRecord): StepMeansRecord | null {
  const means = (kind: MeansKind): StepMeansRecord => ({
    kind,
    label: c.label,
    source: c.source,
    blockId: null,
  });
  switch (c.kind) {
    case 'CONCOURS':
      return means('CONCOURS');
    case 'STATUS_CHANGE':
      // A détachement names the other service's concours among its ways; leaving the FPH is no means.
      return c.alsoKinds?.includes('CONCOURS') ? means('DETACHEMENT') : null;
    case 'RECLASSIFICATION':
      return means('RECLASSEMENT');
    case 'TRAINING':
    case 'DIPLOMA':
    case 'CERTIFICATION':
      return { ...means('TRAINING'), label: `Se préparer à la condition « ${c.label} »` };
    default:
      return null;
  }
}

export function stepMeans(
  step: { conditions: readonly ConditionRecord[]; gap: Pick<SkillGapResult, 'blocks'> },
  from: RoleRecord,
  to: RoleRecord,
  block: (id: string) => TrainingBlockRecord | undefined,
  diplomaOf: DiplomaAskedBy = () => undefined,
): StepMeansRecord[] {
  const fromConditions = step.conditions.flatMap((c) => conditionMeans(c, diplomaOf));
  const fromBlocks = step.gap.blocks.flatMap(({ blockId, itemIds }) => {
    const b = block(blockId);
    if (!b) return [];
    const items = b.items.filter((i) => itemIds.includes(i.id)).map((i) => i.label);
    return [
      {
        kind: 'TRAINING' as const,
        label: `Bloc « ${b.title} » de l'étude (une proposition, pas une certification) : ${items.join(' ; ')}`,
        source: b.source,
        blockId,
      },
    ];
  });
  const changesEmployer = step.conditions.some(
    (c) => c.kind === 'CONCOURS' || c.kind === 'STATUS_CHANGE' || c.kind === 'RECLASSIFICATION',
  );
  const internal =
    from.sector === 'FPH' && to.sector === 'FPH' && !changesEmployer
      ? [
          {
            kind: 'INTERNAL_MOBILITY' as const,
            label: `Candidater sur un poste de ${lowerFirst(to.title)} dans l'établissement (mobilité interne, sans concours)`,
            source: INTERNAL_MOBILITY_SOURCE,
            blockId: null,
          },
        ]
      : [];
  return [...internal, ...fromConditions, ...fromBlocks];
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
