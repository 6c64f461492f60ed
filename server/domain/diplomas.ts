import { citeLaw, shortLawTitle } from '../../schema/legal.js';
import { romeDiplomaConditionId } from '../../schema/diploma-ways.js';
import type { RomeCredential } from '../../schema/rome.js';
import type { ConditionRecord, DiplomaEntryRecord, MoveRecord, RoleRecord } from './records.js';

/**
 * The diplomas of regulated jobs (seeds/rome-credentials.yaml) as the planner uses
 * them. A diploma is held, like a skill: by the person (she says so), by anyone in a job entered
 * with it, and by anyone a route has taken into such a job. A move into a job entered with a
 * diploma asks nothing of a holder; is no move for someone who holds none of the diplomas it is
 * open to (a cadre de santé's is open to paramedical ones); else asks for the diploma and, first,
 * the practice it requires — counted when the diploma that gives access to it was obtained on the
 * way, only said when the person held it from the start (she may have the years already).
 */

/** Which diploma enters each fiche, and which ones a person in a fiche holds. */
export class DiplomaBook {
  private readonly byFiche = new Map<string, RomeCredential>();
  private readonly byId: Map<string, RomeCredential>;

  constructor(credentials: readonly RomeCredential[]) {
    this.byId = new Map(credentials.map((c) => [c.id, c]));
    for (const c of credentials) for (const fiche of c.fiches) this.byFiche.set(fiche, c);
  }

  of(fiche: string): RomeCredential | undefined {
    return this.byFiche.get(fiche);
  }

  /** The fiche's diploma and, transitively, the first of those it requires (an IADE is a nurse). */
  heldIn(fiche: string): string[] {
    const held: string[] = [];
    for (let c = this.byFiche.get(fiche); c && !held.includes(c.id);) {
      held.push(c.id);
      const first = c.requires?.anyOf[0];
      c = first === undefined ? undefined : this.byId.get(first);
    }
    return held;
  }
}

/** How a move enters a job with a reviewed diploma: its conditions, written once. */
export function diplomaEntry(
  diploma: RomeCredential,
  target: { code: string; access: string },
): DiplomaEntryRecord {
  const quote = target.access ? ` ROME : « ${target.access} »` : '';
  const rule = diploma.requires;
  const practice = (
    required: NonNullable<RomeCredential['requires']>,
    counted: boolean,
  ): ConditionRecord => ({
    id: `c-rome-exercice-${diploma.id}`,
    kind: 'EXPERIENCE',
    alsoKinds: null,
    label:
      `Avant le ${lowerFirst(diploma.label)} : ${monthsText(required.experienceMonths)} d'exercice exigés — ` +
      (counted
        ? 'comptés : le parcours vous fait obtenir le diplôme qui y donne droit'
        : 'non comptés : vous détenez déjà le diplôme qui y donne droit, à vous de voir selon votre ancienneté'),
    source: `derived: ${required.rationale} — ${citeLaw(required.law)}`,
    ...(counted && { months: required.experienceMonths }),
  });
  const admission = diploma.admission
    ? ` Pour entrer en formation : ${diploma.admission.text}.`
    : '';
  const lengthFrom = diploma.monthsLaw
    ? `d'après ${shortLawTitle(diploma.monthsLaw)}`
    : 'estimation du projet';
  return {
    diplomaId: diploma.id,
    requiresAnyOf: rule ? rule.anyOf : null,
    diploma: {
      id: romeDiplomaConditionId(diploma.id),
      kind: 'DIPLOMA',
      alsoKinds: null,
      label: `Diplôme exigé : ${diploma.label} (métier réglementé, ROME ${target.code}) — compté ${monthsText(diploma.months)} (${lengthFrom}).${admission}${quote}`,
      source:
        `derived: ROME (${target.code}, accès à l'emploi) nomme le diplôme ; le projet compte ${monthsText(diploma.months)} : ${diploma.monthsRationale}` +
        [diploma.monthsLaw, diploma.admission?.law]
          .filter((law) => law != null)
          .map((law) => ` — ${citeLaw(law)}`)
          .join(''),
      months: diploma.months,
    },
    practice:
      rule && rule.experienceMonths > 0
        ? { counted: practice(rule, true), held: practice(rule, false) }
        : null,
  };
}

/**
 * A move's conditions for someone holding `held` (who held `heldAtStart` before the route):
 * null when the move is closed to her (a diploma open only to holders of others).
 */
export function stepConditions(
  move: MoveRecord,
  held: ReadonlySet<string>,
  heldAtStart: ReadonlySet<string>,
): ConditionRecord[] | null {
  const entry = move.entry;
  if (!entry || held.has(entry.diplomaId)) return move.conditions;
  const access = entry.requiresAnyOf?.filter((id) => held.has(id));
  if (access?.length === 0) return null;
  const practice = entry.practice
    ? access?.some((id) => heldAtStart.has(id))
      ? entry.practice.held
      : entry.practice.counted
    : null;
  return [...(practice ? [practice] : []), entry.diploma, ...move.conditions];
}

/**
 * The time conditions take: the longest of those that run side by side (a diploma, a
 * reconversion), after the practice a diploma requires (0 when none says a time).
 */
export function conditionTime(conditions: readonly ConditionRecord[]): number {
  let longest = 0;
  let practice = 0;
  for (const c of conditions) {
    if (c.kind === 'EXPERIENCE') practice = Math.max(practice, c.months ?? 0);
    else longest = Math.max(longest, c.months ?? 0);
  }
  return practice + longest;
}

/**
 * From her current job, a person who says she holds a diploma may go back to any job it enters
 * (a nurse now a secretary may work as a nurse again): a move of hers, documented by her
 * declaration and ROME's diploma, not by a mobility; none where a documented move exists.
 */
export function returnMoves(
  roles: Iterable<RoleRecord>,
  from: RoleRecord,
  declared: ReadonlySet<string>,
  labelOf: (diplomaId: string) => string,
): MoveRecord[] {
  const moves: MoveRecord[] = [];
  for (const role of roles) {
    const diploma = role.diplomas?.[0];
    if (!diploma || !declared.has(diploma) || role.id === from.id) continue;
    if (from.moves.some((m) => m.to === role.id) || from.diplomas?.includes(diploma)) continue;
    const label = labelOf(diploma);
    moves.push({
      id: `retour-${diploma}-${role.id}`,
      from: from.id,
      to: role.id,
      family: null,
      kind: 'MOBILITY',
      distance: 'LONG',
      kindSource: `derived: vous déclarez détenir le ${lowerFirst(label)}, qui donne accès à ce métier ; le projet dit longue cette reprise, faute de savoir depuis quand vous ne l'exercez plus`,
      note: `Reprise d'un métier de votre diplôme (${label}), que vous déclarez détenir ; après une longue interruption, une remise à niveau peut être demandée.`,
      source: `derived: ROME ${role.rome ?? ''} exige le ${lowerFirst(label)} ; vous le déclarez`,
      conditions: [],
      byDiploma: diploma,
    });
  }
  return moves.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/** The diplomas held after entering a job (the same set when it brings none). */
export function withDiplomasOf(
  held: ReadonlySet<string>,
  role: { diplomas?: readonly string[] },
): ReadonlySet<string> {
  const more = (role.diplomas ?? []).filter((id) => !held.has(id));
  return more.length === 0 ? held : new Set([...held, ...more]);
}

const monthsText = (months: number): string =>
  months % 12 === 0
    ? `${String(months / 12)} an${months > 12 ? 's' : ''}`
    : `${String(months)} mois`;
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
