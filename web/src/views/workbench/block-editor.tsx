import type { Level, Skill, TrainingModality } from '../../api/types.js';
import { focusSoon } from '../../components/focus-soon.js';
import { SourceRef } from '../../components/source-ref.js';
import {
  emptyBlock,
  emptyItem,
  move,
  updateBlock,
  updateItem,
  updateItems,
  withSkill,
  type EditBlock,
  type EditItem,
} from '../../model/draft-editor.js';
import { AUTHORED_SOURCE, MODALITIES, MODALITY_LABEL } from '../../model/draft-text.js';
import { LEVEL_LABEL, LEVELS } from '../../model/labels.js';
import { SkillAdder } from './skill-adder.js';

interface Props {
  blocks: readonly EditBlock[];
  skills: readonly Skill[];
  onChange: (blocks: EditBlock[]) => void;
  /** The item just added, opened for editing. */
  opened: string | null;
  onOpen: (itemId: string | null) => void;
}

/** Up, down and remove buttons for a block or an item, named for screen readers. */
function Reorder({
  idPrefix,
  what,
  index,
  count,
  onMove,
  onRemove,
}: {
  /** Prefix of the buttons' ids: a moved block or item keeps focus on its buttons. */
  idPrefix: string;
  what: string;
  index: number;
  count: number;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const moveBy = (delta: number) => {
    onMove(delta);
    // At the top or the bottom its button is disabled: focus goes to the other one.
    const to = index + delta;
    const direction = delta < 0 ? (to === 0 ? 'down' : 'up') : to === count - 1 ? 'up' : 'down';
    focusSoon(`${idPrefix}-${direction}`);
  };
  return (
    <span class="reorder">
      <button
        type="button"
        id={`${idPrefix}-up`}
        disabled={index === 0}
        onClick={() => {
          moveBy(-1);
        }}
      >
        Monter<span class="visually-hidden"> {what}</span>
      </button>
      <button
        type="button"
        id={`${idPrefix}-down`}
        disabled={index === count - 1}
        onClick={() => {
          moveBy(1);
        }}
      >
        Descendre<span class="visually-hidden"> {what}</span>
      </button>
      <button type="button" class="danger" onClick={onRemove}>
        Supprimer<span class="visually-hidden"> {what}</span>
      </button>
    </span>
  );
}

const ADD_BLOCK_ID = 'draft-add-block';

/** The editor of a block set: numbered blocks, their items, the skills each develops. */
export function BlockEditor({ blocks, skills, onChange, opened, onOpen }: Props) {
  return (
    <div class="block-editor">
      {blocks.map((block, b) => (
        <fieldset key={block.id} class="draft-block">
          <legend>
            Bloc {b + 1} — {block.title}
          </legend>
          <Reorder
            idPrefix={`block-${block.id}`}
            what={`le bloc ${b + 1}`}
            index={b}
            count={blocks.length}
            onMove={(delta) => {
              onChange(move(blocks, b, delta));
            }}
            onRemove={() => {
              if (confirm(`Supprimer le bloc ${b + 1} « ${block.title} » et ses contenus ?`)) {
                onChange(blocks.filter((_, i) => i !== b));
                focusSoon(ADD_BLOCK_ID);
              }
            }}
          />
          <label for={`block-${block.id}-title`}>Intitulé du bloc {b + 1}</label>
          <input
            id={`block-${block.id}-title`}
            required
            maxLength={200}
            value={block.title}
            onInput={(e) => {
              onChange(updateBlock(blocks, b, { title: e.currentTarget.value }));
            }}
          />
          <label for={`block-${block.id}-aim`}>Objectif</label>
          <textarea
            id={`block-${block.id}-aim`}
            rows={2}
            maxLength={1000}
            value={block.aim}
            onInput={(e) => {
              onChange(updateBlock(blocks, b, { aim: e.currentTarget.value }));
            }}
          />
          <ol class="draft-items">
            {block.items.map((item, i) => (
              <ItemEditor
                key={item.id}
                item={item}
                where={`bloc ${b + 1}, contenu ${i + 1}`}
                index={i}
                count={block.items.length}
                skills={skills}
                open={opened === item.id}
                onToggle={(open) => {
                  onOpen(open ? item.id : null);
                }}
                onChange={(patch) => {
                  onChange(updateItem(blocks, b, i, patch));
                }}
                onMove={(delta) => {
                  onChange(updateItems(blocks, b, (items) => move(items, i, delta)));
                }}
                onRemove={() => {
                  onChange(updateItems(blocks, b, (items) => items.filter((_, j) => j !== i)));
                  focusSoon(`block-${block.id}-add-item`);
                }}
              />
            ))}
          </ol>
          <button
            type="button"
            id={`block-${block.id}-add-item`}
            onClick={() => {
              const item = emptyItem();
              onChange(updateItems(blocks, b, (items) => [...items, item]));
              onOpen(item.id);
              focusSoon(`item-${item.id}-label`);
            }}
          >
            Ajouter un contenu au bloc {b + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        id={ADD_BLOCK_ID}
        onClick={() => {
          const block = emptyBlock();
          onChange([...blocks, block]);
          focusSoon(`block-${block.id}-title`);
        }}
      >
        Ajouter un bloc
      </button>
    </div>
  );
}

function ItemEditor({
  item,
  where,
  index,
  count,
  skills,
  open,
  onToggle,
  onChange,
  onMove,
  onRemove,
}: {
  item: EditItem;
  where: string;
  index: number;
  count: number;
  skills: readonly Skill[];
  open: boolean;
  onToggle: (open: boolean) => void;
  onChange: (patch: Partial<Omit<EditItem, 'id'>>) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const id = `item-${item.id}`;
  return (
    <li class="draft-item">
      <details
        open={open}
        onToggle={(e) => {
          const now = e.currentTarget.open;
          if (now !== open) onToggle(now);
        }}
      >
        <summary>
          {item.label}{' '}
          <small>
            ({item.hours.trim() ? `${item.hours} h` : 'volume à définir'}, {item.skills.length}{' '}
            compétence{item.skills.length > 1 ? 's' : ''})
          </small>
        </summary>
        <Reorder
          idPrefix={id}
          what={where}
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
        />
        <label for={`${id}-label`}>Libellé du contenu</label>
        <input
          id={`${id}-label`}
          required
          maxLength={300}
          value={item.label}
          onInput={(e) => {
            onChange({ label: e.currentTarget.value });
          }}
        />
        <div class="item-grid">
          <span>
            <label for={`${id}-hours`}>Volume (heures)</label>
            <input
              id={`${id}-hours`}
              inputMode="decimal"
              placeholder="à définir"
              value={item.hours}
              onInput={(e) => {
                onChange({ hours: e.currentTarget.value });
              }}
            />
          </span>
          <span>
            <label for={`${id}-modality`}>Modalité</label>
            <select
              id={`${id}-modality`}
              value={item.modality ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                onChange({ modality: value === '' ? null : (value as TrainingModality) });
              }}
            >
              <option value="">à définir</option>
              {MODALITIES.map((m) => (
                <option key={m} value={m}>
                  {MODALITY_LABEL[m]}
                </option>
              ))}
            </select>
          </span>
        </div>
        <label for={`${id}-evaluation`}>Modalités d’évaluation</label>
        <textarea
          id={`${id}-evaluation`}
          rows={2}
          maxLength={1000}
          value={item.evaluation}
          onInput={(e) => {
            onChange({ evaluation: e.currentTarget.value });
          }}
        />
        <label for={`${id}-notes`}>Notes</label>
        <textarea
          id={`${id}-notes`}
          rows={2}
          maxLength={2000}
          value={item.notes}
          onInput={(e) => {
            onChange({ notes: e.currentTarget.value });
          }}
        />
        <p class="item-source">
          {item.source && item.source !== AUTHORED_SOURCE ? (
            <SourceRef source={item.source} />
          ) : (
            <span class="source source-authored">
              <span class="source-tag">Maquette</span> {AUTHORED_SOURCE}
            </span>
          )}
        </p>
        <table class="item-skills">
          <caption>Compétences développées par ce contenu</caption>
          <thead>
            <tr>
              <th scope="col">Compétence</th>
              <th scope="col">Jusqu’aux connaissances</th>
              <th scope="col">
                <span class="visually-hidden">Retirer</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {item.skills.map((skill, row) => (
              <tr key={skill.skillId}>
                <th scope="row">{skill.label}</th>
                <td>
                  <select
                    id={`${id}-skill-${skill.skillId}-level`}
                    aria-label={`Niveau visé pour ${skill.label}`}
                    value={skill.level}
                    onChange={(e) => {
                      const level = e.currentTarget.value as Level;
                      onChange({
                        skills: item.skills.map((s) =>
                          s.skillId === skill.skillId ? { ...s, level, source: null } : s,
                        ),
                      });
                    }}
                  >
                    {LEVELS.map((l) => (
                      <option key={l} value={l}>
                        {LEVEL_LABEL[l]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    class="link"
                    id={`${id}-skill-${skill.skillId}-remove`}
                    onClick={() => {
                      onChange({ skills: item.skills.filter((t) => t.skillId !== skill.skillId) });
                      // Focus goes to the next skill's button, or to the search for another one.
                      const next = item.skills[row + 1] ?? item.skills[row - 1];
                      focusSoon(next ? `${id}-skill-${next.skillId}-remove` : `${id}-search`);
                    }}
                  >
                    Retirer<span class="visually-hidden"> {skill.label}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <SkillAdder
          skills={skills}
          idPrefix={id}
          onAdd={(skill, level) => {
            onChange({ skills: withSkill(item, skill, level) });
            focusSoon(`${id}-skill-${skill.id}-level`);
          }}
        />
      </details>
    </li>
  );
}
