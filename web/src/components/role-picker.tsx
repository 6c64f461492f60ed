import { useMemo, useState } from 'preact/hooks';
import type { RoleSummary } from '../api/types.js';
import { FAMILY_LABEL, matchesAll } from '../model/labels.js';

interface Props {
  id: string;
  label: string;
  roles: readonly RoleSummary[];
  value: string | null;
  onChange: (roleId: string | null) => void;
  exclude?: string | null;
}

const describe = (role: RoleSummary) =>
  role.family
    ? FAMILY_LABEL[role.family]
    : role.kind === 'ENTRY'
      ? "Voie d'entrée"
      : 'Métier actuel';

/** A combobox: type to filter (accents optional), arrows to move, Enter to choose, Escape to close. */
export function RolePicker({ id, label, roles, value, onChange, exclude }: Props) {
  const selected = roles.find((r) => r.id === value) ?? null;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(
    () =>
      roles.filter(
        (r) =>
          r.id !== exclude &&
          matchesAll(`${r.title} ${r.family ? FAMILY_LABEL[r.family] : ''}`, text),
      ),
    [roles, text, exclude],
  );
  const choose = (role: RoleSummary) => {
    onChange(role.id);
    setText('');
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
      event.preventDefault();
    } else if (event.key === 'ArrowUp') {
      setActive((i) => Math.max(i - 1, 0));
      event.preventDefault();
    } else if (event.key === 'Enter' && open && options[active]) {
      choose(options[active]);
      event.preventDefault();
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };
  const listId = `${id}-options`;
  return (
    <div class="picker">
      <label for={id}>{label}</label>
      {selected && (
        <p class="picker-current">
          <strong>{selected.title}</strong>{' '}
          <button
            type="button"
            class="link"
            onClick={() => {
              onChange(null);
            }}
            aria-label={`Changer : ${selected.title}`}
          >
            changer
          </button>
        </p>
      )}
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        placeholder={
          selected ? 'Chercher un autre métier…' : 'Tapez un métier (ex. technicien, encadrant)…'
        }
        value={text}
        onInput={(e) => {
          setText((e.target as HTMLInputElement).value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => {
          setOpen(true);
        }}
        onBlur={() =>
          setTimeout(() => {
            setOpen(false);
          }, 150)
        }
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={listId} role="listbox" class="picker-options" aria-label={label}>
          {options.length === 0 && <li class="picker-empty">Aucun métier ne correspond.</li>}
          {options.map((role, i) => (
            <li
              key={role.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(role);
              }}
            >
              <span>{role.title}</span> <small>{describe(role)}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
