import type { Level } from '../api/types.js';
import {
  DERIVED_LEVEL,
  DERIVED_LEVEL_HINT,
  isDerivedSource,
  LEVEL_LABEL,
} from '../model/labels.js';
import { describeSource } from './source-ref.js';

/**
 * « … déduit » with the project's rationale on demand: a native disclosure, so the keyboard and
 * screen readers need nothing more.
 */
export function DerivedNote({ label, why }: { label: string; why: string }) {
  return (
    <details class="derived-note">
      <summary>{label}</summary>
      <span class="derived-note-why">{why}</span>
    </details>
  );
}

/** The rationale of a `derived:` source, or the fallback. */
const rationaleOf = (source: string | undefined, fallback: string): string =>
  source !== undefined && isDerivedSource(source) ? describeSource(source).text : fallback;

/** A level in words and, where the project set it rather than a source, « niveau déduit ». */
export function LevelTag({
  level,
  levelSource,
  derived,
}: {
  level: Level;
  /** The level's own provenance, when the API gives it. */
  levelSource?: string;
  /** When only the fact is known (an aggregate over several links). */
  derived?: boolean;
}) {
  const isDerived = levelSource === undefined ? derived === true : isDerivedSource(levelSource);
  return (
    <span class="level-tag">
      {LEVEL_LABEL[level]}
      {isDerived && (
        <DerivedNote label={DERIVED_LEVEL} why={rationaleOf(levelSource, DERIVED_LEVEL_HINT)} />
      )}
    </span>
  );
}

/** « type et distance déduits » on a move the source does not qualify. */
export function MoveKindNote({ kindSource }: { kindSource: string }) {
  if (!isDerivedSource(kindSource)) return null;
  return <DerivedNote label="type et distance déduits" why={rationaleOf(kindSource, '')} />;
}
