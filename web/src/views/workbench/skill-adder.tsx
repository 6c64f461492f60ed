import { useState } from 'preact/hooks';
import type { Level, Skill } from '../../api/types.js';
import { LEVEL_LABEL, LEVELS, matchesAll } from '../../model/labels.js';

const MAX_SUGGESTIONS = 8;

/**
 * Finds a skill of the graph by words (accents optional) and adds it at a chosen level: a search
 * box, a level, then one button per match, all reachable with the keyboard.
 */
export function SkillAdder({
  skills,
  idPrefix,
  onAdd,
}: {
  skills: readonly Skill[];
  idPrefix: string;
  onAdd: (skill: Skill, level: Level) => void;
}) {
  const [query, setQuery] = useState('');
  const [level, setLevel] = useState<Level>('OPERATIONAL');
  const matches =
    query.trim().length < 2
      ? []
      : skills.filter((s) => matchesAll(s.label, query)).slice(0, MAX_SUGGESTIONS);
  return (
    <div class="skill-adder">
      <label for={`${idPrefix}-search`}>Ajouter une compétence développée</label>
      <input
        id={`${idPrefix}-search`}
        type="search"
        placeholder="ex. PMSI, accueil, RGPD"
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
        }}
      />
      <label for={`${idPrefix}-level`}>jusqu’aux connaissances</label>
      <select
        id={`${idPrefix}-level`}
        value={level}
        onChange={(e) => {
          setLevel(e.currentTarget.value as Level);
        }}
      >
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {LEVEL_LABEL[l]}
          </option>
        ))}
      </select>
      {matches.length > 0 && (
        <ul class="skill-matches" aria-label="Compétences trouvées">
          {matches.map((skill) => (
            <li key={skill.id}>
              <button
                type="button"
                class="link"
                onClick={() => {
                  onAdd(skill, level);
                  setQuery('');
                }}
              >
                Ajouter « {skill.label} »
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim().length >= 2 && matches.length === 0 && (
        <p class="hint">Aucune compétence ne correspond à « {query} ».</p>
      )}
    </div>
  );
}
