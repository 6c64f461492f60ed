import { useMemo, useRef, useState } from 'preact/hooks';
import type { RoleSummary, RomeTarget } from '../api/types.js';
import { FAMILY_LABEL, LEVELS } from '../model/labels.js';
import { meaningfulWords, rankByName } from '../../../schema/french-text.js';

/** A future profile of the study, offered as a target beside the roles (value "profil:<id>"). */
export interface FutureProfileOption {
  id: string;
  title: string;
}

interface Props {
  id: string;
  label: string;
  /** The jobs to choose from, or null while they load (the field waits, read-only). */
  roles: readonly RoleSummary[] | null;
  value: string | null;
  onChange: (roleId: string | null) => void;
  exclude?: string | null;
  futureProfiles?: readonly FutureProfileOption[];
  /** ROME's fiches, offered too when the planner includes ROME. */
  romeTargets?: readonly RomeTarget[];
}

/** Options listed at once: past them, typing narrows the list (ROME adds 1,500 fiches). */
const SHOWN = 60;

interface Option {
  id: string;
  title: string;
  /** The family, or what kind of choice it is. */
  kind: string;
  /** One line saying what it is. */
  definition: string | null;
  /** What a person may call it: its title first, its everyday names, what kind it is. */
  names: string[];
}

export const PROFILE_PREFIX = 'profil:';

const describe = (role: RoleSummary) =>
  role.family
    ? FAMILY_LABEL[role.family]
    : role.kind === 'ENTRY'
      ? "Voie d'entrée"
      : 'Métier actuel';

const oneLine = (text: string | null) =>
  text && text.length > 110 ? `${text.slice(0, 108).trimEnd()}…` : text;

/**
 * A line for a role the documents give no definition of (the study only names its future
 * variants, 4.2.5): what it is, and the skills it asks most of, from the graph itself.
 */
function summaryOf(role: RoleSummary): string {
  const deepest = [...role.requirements]
    .sort((a, b) => LEVELS.indexOf(b.level) - LEVELS.indexOf(a.level))
    .slice(0, 2)
    .map((r) => r.skill.label);
  const what = role.kind === 'FUTURE_VARIANT' ? 'Variante d’avenir de l’AMA (étude, 4.2.5)' : null;
  const asks = deepest.length > 0 ? `exige surtout : ${deepest.join(' ; ')}` : null;
  return oneLine([what, asks].filter(Boolean).join(' — ')) ?? '';
}

function toOptions(
  roles: readonly RoleSummary[],
  profiles: readonly FutureProfileOption[],
  rome: readonly RomeTarget[],
): Option[] {
  return [
    ...roles.map((r) => ({
      id: r.id,
      title: r.title,
      kind: describe(r),
      definition: oneLine(r.definition) ?? summaryOf(r),
      names: [r.title, ...r.aliases, describe(r)],
    })),
    ...profiles.map((p) => ({
      id: `${PROFILE_PREFIX}${p.id}`,
      title: p.title,
      kind: 'Profil d’avenir de l’étude',
      definition: null,
      names: [p.title, 'profil d’avenir futur'],
    })),
    ...rome.map((f) => ({
      id: f.roleId,
      title: f.title,
      kind: `Fiche ROME ${f.code}${f.regulated ? ' · métier réglementé' : ''}`,
      definition: f.domain,
      names: [f.title, f.code, `ROME ${f.domain}`],
    })),
  ];
}

/** A combobox: type to filter (accents optional), arrows to move, Enter to choose, Escape to close. */
export function RolePicker({
  id,
  label,
  roles,
  value,
  onChange,
  exclude,
  futureProfiles = [],
  romeTargets = [],
}: Props) {
  const all = useMemo(
    () => toOptions(roles ?? [], futureProfiles, romeTargets),
    [roles, futureProfiles, romeTargets],
  );
  const selected = all.find((r) => r.id === value) ?? null;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The list closes a moment after the field loses focus (a click on an option lands first); a
  // focus that comes back meanwhile cancels the closing.
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Everyday French (schema/french-text.ts): stop words, accents, genders and abbreviations alike;
  // the best name first.
  const matching = useMemo(() => {
    const offered = all.filter((o) => o.id !== exclude);
    return meaningfulWords(text).length === 0 ? offered : rankByName(text, offered, (o) => o.names);
  }, [all, text, exclude]);
  const options = matching.slice(0, SHOWN);
  const choose = (role: Option) => {
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
        readOnly={roles === null}
        aria-busy={roles === null}
        placeholder={
          roles === null
            ? 'Chargement des métiers…'
            : selected
              ? 'Chercher un autre métier…'
              : 'Tapez un métier (ex. technicien, encadrant)…'
        }
        value={text}
        onInput={(e) => {
          clearTimeout(closing.current);
          setText((e.target as HTMLInputElement).value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => {
          clearTimeout(closing.current);
          setOpen(true);
        }}
        onBlur={() => {
          closing.current = setTimeout(() => {
            setOpen(false);
          }, 150);
        }}
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
              <span>{role.title}</span> <small>{role.kind}</small>
              {role.definition && <span class="picker-definition">{role.definition}</span>}
            </li>
          ))}
          {matching.length > SHOWN && (
            <li class="picker-empty">
              … et {matching.length - SHOWN} autres : précisez votre recherche.
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
