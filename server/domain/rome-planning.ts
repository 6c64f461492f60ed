import type { Level, SkillKind } from '../../schema/common.js';
import type { RomeCredential } from '../../schema/rome.js';
import { higherLevel } from './levels.js';
import type {
  ConditionRecord,
  MoveRecord,
  PlanningGraph,
  RequirementRecord,
  RoleRecord,
  SkillRecord,
} from './records.js';
import { DiplomaBook, diplomaEntry } from './diplomas.js';
import {
  FIELD_CHANGE_MONTHS,
  REGULATED_DIPLOMA_MONTHS,
  REGULATED_SPECIALISATION_MONTHS,
} from './rome-cost.js';

/** ROME as the planner reads it (rome-planning-repository.ts). */
export interface RomePlanningData {
  fiches: {
    code: string;
    title: string;
    regulated: boolean;
    /** ROME's professional domain (« J15 ») and its label; its first letter is the grand domaine. */
    domainCode: string;
    domain: string;
    grandDomain: string;
    /** ROME's definition of the job, and how one enters it. */
    definition: string;
    access: string;
    source: string;
  }[];
  skills: {
    code: string;
    label: string;
    kind: SkillKind;
    certification: boolean;
    source: string;
  }[];
  requires: {
    fiche: string;
    skill: string;
    level: Level;
    levelSource: string;
    core: boolean;
    source: string;
  }[];
  mobilities: { from: string; to: string; rank: number; source: string }[];
  joins: {
    roles: { roleId: string; fiche: string }[];
    skills: { skillId: string; item: string }[];
  };
}

export const romeRoleId = (code: string): string => `rome-${code.toLowerCase()}`;
export const romeSkillId = (code: string): string => `rome-${code}`;

const ROME_MOVE_KIND_SOURCE =
  'derived: ROME ne qualifie pas ses mobilités (la distinction « proche / si évolution » de ROME v3 a disparu) ; le projet dit courte une mobilité dont le métier de départ tient au moins la moitié du cœur de métier de la cible, longue sinon, et longue toute mobilité qui exige un diplôme';

/**
 * The study's planning graph with ROME beside it. The study's facts win where both
 * speak: a fiche joined to a study role (seeds/rome-joins.yaml) is that role — ROME's moves from
 * and to it become the role's, its requirements stay the study's, and a person in it also holds
 * the fiche's items (`holds`); an item joined to a study skill is that skill. Every other fiche is
 * a role of its own, priced by ROME's model (rome-cost.ts); its diplomas and licences are not
 * skills to learn but, for a regulated job, the condition of entering it: the reviewed diploma
 * of `credentials` when it names the fiche (an `entry`, which asks for it by holder:
 * diplomas.ts), else the generic one.
 */
export function composeWithRome(
  study: PlanningGraph,
  rome: RomePlanningData,
  credentials: readonly RomeCredential[] = [],
): PlanningGraph {
  const diplomas = new DiplomaBook(credentials);
  const joinedRole = new Map(rome.joins.roles.map((j) => [j.fiche, j.roleId]));
  const joinedSkill = new Map<string, string>();
  for (const j of rome.joins.skills)
    if (!joinedSkill.has(j.item)) joinedSkill.set(j.item, j.skillId);
  const roleOf = (fiche: string) => joinedRole.get(fiche) ?? romeRoleId(fiche);
  const skillOf = (item: string) => joinedSkill.get(item) ?? romeSkillId(item);
  const items = new Map(rome.skills.map((s) => [s.code, s]));
  const fiches = new Map(rome.fiches.map((f) => [f.code, f]));

  // Each fiche's requirements in the study's vocabulary (certifications set apart).
  const byFiche = new Map<string, Map<string, RequirementRecord>>();
  const coreOf = new Map<string, Set<string>>();
  const certificationsOf = new Map<string, string[]>();
  for (const r of rome.requires) {
    const item = items.get(r.skill);
    if (!item) continue;
    if (item.certification) {
      certificationsOf.set(r.fiche, [...(certificationsOf.get(r.fiche) ?? []), item.label]);
      continue;
    }
    const skillId = skillOf(r.skill);
    const list = byFiche.get(r.fiche) ?? new Map<string, RequirementRecord>();
    const before = list.get(skillId);
    // Two items joined to one study skill: the higher level, with its own provenance.
    if (!before || higherLevel(before.level, r.level) !== before.level)
      list.set(skillId, { skillId, level: r.level, source: r.source, levelSource: r.levelSource });
    byFiche.set(r.fiche, list);
    if (r.core) coreOf.set(r.fiche, (coreOf.get(r.fiche) ?? new Set()).add(skillId));
  }
  const requirementsOf = (fiche: string) =>
    [...(byFiche.get(fiche)?.values() ?? [])].sort((a, b) => (a.skillId < b.skillId ? -1 : 1));

  const roles = new Map<string, RoleRecord>();
  for (const [id, role] of study.roles) {
    const fiche = [...joinedRole].find(([, roleId]) => roleId === id)?.[0];
    roles.set(
      id,
      fiche
        ? {
            ...role,
            rome: role.rome ?? fiche,
            holds: requirementsOf(fiche),
            diplomas: diplomas.heldIn(fiche),
          }
        : role,
    );
  }
  for (const f of rome.fiches) {
    if (joinedRole.has(f.code)) continue;
    roles.set(romeRoleId(f.code), {
      id: romeRoleId(f.code),
      title: f.title,
      roleKind: 'ROME_FICHE',
      family: null,
      sector: 'ALL_SECTORS',
      category: null,
      codeMetier: null,
      rome: f.code,
      rncp: null,
      definition: f.definition || `Fiche ROME ${f.code} — ${f.domain}`,
      source: f.source,
      requirements: requirementsOf(f.code),
      moves: [],
      diplomas: diplomas.heldIn(f.code),
      romeFiche: {
        code: f.code,
        regulated: f.regulated,
        domain: f.domain,
        core: [...(coreOf.get(f.code) ?? [])].sort(),
      },
    });
  }

  const skills = new Map<string, SkillRecord>(study.skills);
  for (const s of rome.skills) {
    const id = skillOf(s.code);
    if (!s.certification && !skills.has(id))
      skills.set(id, { id, label: s.label, kind: s.kind, source: s.source });
  }

  const heldSkills = (role: RoleRecord) =>
    new Set([...role.requirements, ...(role.holds ?? [])].map((r) => r.skillId));
  const added = new Map<string, MoveRecord[]>();
  for (const m of rome.mobilities) {
    const from = roles.get(roleOf(m.from));
    const to = roles.get(roleOf(m.to));
    if (!from || !to || from.id === to.id) continue;
    if (from.moves.some((existing) => existing.to === to.id)) continue; // the study's move wins
    const origin = fiches.get(m.from);
    const target = fiches.get(m.to);
    const conditions: ConditionRecord[] = [];
    const diploma = target?.regulated ? diplomas.of(target.code) : undefined;
    if (origin && target?.regulated && !diploma) {
      const further = origin.regulated && origin.domainCode === target.domainCode;
      conditions.push(diplomaCondition(target, certificationsOf.get(m.to) ?? [], further));
    }
    if (origin && target && origin.domainCode.charAt(0) !== target.domainCode.charAt(0))
      conditions.push(fieldChange(origin, target));
    const core = coreOf.get(m.to) ?? new Set<string>();
    const held = heldSkills(from);
    const shared = [...core].filter((s) => held.has(s)).length;
    const near = core.size > 0 && shared * 2 >= core.size;
    // A diploma asked of the origin's people (the generic one, or a reviewed one they lack).
    const asksDiploma =
      conditions.some((c) => c.kind === 'DIPLOMA') ||
      (diploma !== undefined && !from.diplomas?.includes(diploma.id));
    const list = added.get(from.id) ?? [];
    list.push({
      id: `rome-${m.from.toLowerCase()}-${m.to.toLowerCase()}`,
      rank: m.rank,
      from: from.id,
      to: to.id,
      family: null,
      kind: 'MOBILITY',
      distance: near && !asksDiploma ? 'SHORT' : 'LONG',
      kindSource: ROME_MOVE_KIND_SOURCE,
      note: `Mobilité proposée par ROME depuis la fiche ${m.from} (rang ${String(m.rank)}).`,
      source: m.source,
      conditions,
      ...(diploma && target && { entry: diplomaEntry(diploma, target) }),
    });
    added.set(from.id, list);
  }
  for (const [roleId, moves] of added) {
    const role = roles.get(roleId);
    if (!role) continue;
    roles.set(roleId, {
      ...role,
      moves: [...role.moves, ...moves].sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0)),
    });
  }
  const known = credentials.map((c) => ({ id: c.id, label: c.label }));
  return { ...study, roles, skills, diplomas: new Map(known.map((d) => [d.id, d])) };
}

type Fiche = RomePlanningData['fiches'][number];

/** A regulated job's diploma; from a regulated job of its own domain, a further one. */
function diplomaCondition(
  target: Fiche,
  certifications: readonly string[],
  further: boolean,
): ConditionRecord {
  const named = certifications.slice(0, 3).join(' ; ');
  const months = further ? REGULATED_SPECIALISATION_MONTHS : REGULATED_DIPLOMA_MONTHS;
  // ROME's own words on how one enters the job, when it gives them; else its certifications.
  const how = target.access
    ? `. ROME : « ${target.access} »`
    : named
      ? `, par exemple ${named}`
      : '';
  return {
    id: `c-rome-diplome-${target.code.toLowerCase()}${further ? '-suite' : ''}`,
    kind: 'DIPLOMA',
    alsoKinds: null,
    label:
      `Diplôme ou autorisation d'exercice exigés : métier réglementé (ROME ${target.code})` +
      how +
      (further
        ? ` — depuis un métier réglementé du même domaine, compté ${String(months)} mois (une spécialisation : estimation du projet)`
        : ` — compté ${String(months / 12)} ans (un diplôme d'État : estimation du projet)`),
    source: target.source,
    months,
  };
}

/** Leaving ROME's grand domaine: a reconversion. */
function fieldChange(origin: Fiche, target: Fiche): ConditionRecord {
  const from = origin.domainCode.charAt(0);
  const to = target.domainCode.charAt(0);
  return {
    id: `c-rome-reconversion-${from.toLowerCase()}-${to.toLowerCase()}`,
    kind: 'TRAINING',
    alsoKinds: null,
    label: `Changement de domaine professionnel : de « ${origin.grandDomain} » vers « ${target.grandDomain} » — compté ${String(FIELD_CHANGE_MONTHS / 12)} ans (une reconversion : estimation du projet)`,
    source: `derived: ROME range la fiche ${origin.code} dans le grand domaine « ${origin.grandDomain} » et la fiche ${target.code} dans « ${target.grandDomain} » ; changer de domaine est une reconversion, que le projet compte deux ans`,
    months: FIELD_CHANGE_MONTHS,
  };
}
