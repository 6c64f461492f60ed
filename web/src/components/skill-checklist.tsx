import { compareFrench } from '../model/french.js';
import { Sigles } from './acronyms.js';
import type { Level, RoleSummary, Skill, SkillKind } from '../api/types.js';
import { LEVEL_LABEL, LEVELS, SKILL_KIND_LABEL } from '../model/labels.js';

interface Props {
  role: RoleSummary;
  /** Skills of every role, so a person can add what the current role does not require. */
  allSkills: readonly Skill[];
  levels: Record<string, Level | null>;
  onChange: (skillId: string, level: Level | null) => void;
  /** Prefix of the selects' ids, when several checklists share a page. */
  idPrefix?: string;
}

const KINDS: SkillKind[] = ['SAVOIR_FAIRE', 'KNOWLEDGE', 'SAVOIR_ETRE'];

/** Skill levels grouped by kind, prefilled from the current role's requirements. */
export function SkillChecklist({ role, allSkills, levels, onChange, idPrefix = 'skill-' }: Props) {
  const defaults = new Map(role.requirements.map((r) => [r.skill.id, r.level]));
  const levelOf = (id: string) =>
    id in levels ? (levels[id] ?? null) : (defaults.get(id) ?? null);
  return (
    <div class="checklist">
      {KINDS.map((kind) => {
        const skills = allSkills
          .filter((s) => s.kind === kind)
          .sort(
            (a, b) =>
              Number(!defaults.has(a.id)) - Number(!defaults.has(b.id)) ||
              compareFrench(a.label, b.label),
          );
        return (
          <fieldset key={kind}>
            <legend>{SKILL_KIND_LABEL[kind]}</legend>
            {skills.map((skill) => {
              const id = `${idPrefix}${skill.id}`;
              return (
                <div class="checklist-row" key={skill.id}>
                  <label for={id}>
                    <Sigles text={skill.label} />
                  </label>
                  <select
                    id={id}
                    value={levelOf(skill.id) ?? ''}
                    onChange={(e) => {
                      const value = (e.target as HTMLSelectElement).value;
                      onChange(skill.id, value ? (value as Level) : null);
                    }}
                  >
                    <option value="">non acquise</option>
                    {LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {LEVEL_LABEL[level]}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
