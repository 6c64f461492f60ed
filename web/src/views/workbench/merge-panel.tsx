import { useMemo, useState } from 'preact/hooks';
import type { DraftVersion } from '../../api/types.js';
import { fromVersion, type EditBlock, type EditItem } from '../../model/draft-editor.js';
import {
  mergeDrafts,
  type BlockHeader,
  type MergeChoice,
  type MergeConflict,
} from '../../model/draft-merge.js';
import { MODALITY_LABEL } from '../../model/draft-text.js';
import { LEVEL_LABEL } from '../../model/labels.js';

interface Props {
  /** The version the person started from. */
  base: DraftVersion;
  /** What she is editing. */
  mine: readonly EditBlock[];
  /** The version saved meanwhile. */
  theirs: DraftVersion;
  onApply: (merged: EditBlock[]) => void;
  onCancel: () => void;
}

function ItemVersion({ item }: { item: EditItem | null }) {
  if (!item) return <p class="merge-removed">(supprimé)</p>;
  return (
    <dl class="merge-item">
      <dt>Libellé</dt>
      <dd>{item.label}</dd>
      <dt>Volume</dt>
      <dd>{item.hours.trim() === '' ? 'à définir' : `${item.hours} h`}</dd>
      <dt>Modalité</dt>
      <dd>{item.modality ? MODALITY_LABEL[item.modality] : '—'}</dd>
      <dt>Compétences</dt>
      <dd>
        {item.skills.length === 0
          ? '—'
          : item.skills.map((s) => `${s.label} (${LEVEL_LABEL[s.level]})`).join(' ; ')}
      </dd>
      <dt>Évaluation</dt>
      <dd>{item.evaluation || '—'}</dd>
      <dt>Notes</dt>
      <dd>{item.notes || '—'}</dd>
    </dl>
  );
}

function BlockVersion({ block }: { block: BlockHeader | null }) {
  if (!block) return <p class="merge-removed">(bloc supprimé avec ses contenus)</p>;
  return (
    <dl class="merge-item">
      <dt>Intitulé</dt>
      <dd>{block.title}</dd>
      <dt>Objectif</dt>
      <dd>{block.aim || '—'}</dd>
    </dl>
  );
}

/** One side of a conflict: an item's or a block's version on that side. */
function SideVersion({ conflict, side }: { conflict: MergeConflict; side: MergeChoice }) {
  if (conflict.kind === 'ITEM')
    return <ItemVersion item={side === 'MINE' ? conflict.mine : conflict.theirs} />;
  return <BlockVersion block={side === 'MINE' ? conflict.mine : conflict.theirs} />;
}

/** « Contenu « Codage » du bloc « Parcours » : modifié des deux côtés ». */
function conflictTitle(c: MergeConflict, latest: number): string {
  const what =
    c.kind === 'ITEM'
      ? `Contenu « ${(c.theirs ?? c.mine)?.label ?? ''} » du bloc « ${c.blockTitle} »`
      : `Bloc « ${c.blockTitle} »`;
  if (c.mine === null) return `${what} : supprimé par vous, modifié dans la version ${latest}`;
  if (c.theirs === null) return `${what} : modifié par vous, supprimé dans la version ${latest}`;
  return `${what} : modifié des deux côtés`;
}

/**
 * The merge of a refused save with the version saved meanwhile: what does not clash is taken from
 * both; each part changed on both sides shows both versions side by side and the person chooses.
 */
export function MergePanel({ base, mine, theirs, onApply, onCancel }: Props) {
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const result = useMemo(
    () => mergeDrafts(fromVersion(base), mine, fromVersion(theirs), choices),
    [base, mine, theirs, choices],
  );
  const n = theirs.number;
  return (
    <section class="panel merge-panel" aria-labelledby="merge-title">
      <h4 id="merge-title" tabIndex={-1}>
        Fusionner vos modifications avec la version {n}
      </h4>
      {result.conflicts.length === 0 ? (
        <p>
          Vos modifications et celles de la version {n} portent sur des blocs ou des contenus
          différents : la fusion les garde toutes.
        </p>
      ) : (
        <p>
          {result.conflicts.length === 1
            ? 'Un élément a été modifié des deux côtés'
            : `${String(result.conflicts.length)} éléments ont été modifiés des deux côtés`}{' '}
          : choisissez pour chacun la version à garder. Tout le reste est fusionné.
        </p>
      )}
      {result.conflicts.map((c) => {
        const chosen = choices[c.key] ?? 'THEIRS';
        const name = `merge-${c.key}`;
        const choose = (choice: MergeChoice) => {
          setChoices((current) => ({ ...current, [c.key]: choice }));
        };
        return (
          <fieldset key={c.key} class="merge-conflict">
            <legend>{conflictTitle(c, n)}</legend>
            <div class="merge-sides">
              {(['MINE', 'THEIRS'] as const).map((side) => (
                <div key={side} class={chosen === side ? 'merge-side chosen' : 'merge-side'}>
                  <label>
                    <input
                      type="radio"
                      name={name}
                      checked={chosen === side}
                      onChange={() => {
                        choose(side);
                      }}
                    />{' '}
                    {side === 'MINE' ? 'Garder ma version' : `Garder la version ${String(n)}`}
                  </label>
                  <SideVersion conflict={c} side={side} />
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
      <p class="actions">
        <button
          type="button"
          class="primary"
          onClick={() => {
            onApply(result.blocks);
          }}
        >
          Appliquer la fusion
        </button>{' '}
        <button type="button" onClick={onCancel}>
          Annuler
        </button>
      </p>
    </section>
  );
}
