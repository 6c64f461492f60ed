import type { PathFamily, RoleKind, SkillKind } from '../../../schema/common.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import type { RoleRecord, SkillRecord } from '../../domain/records.js';
import { rankByName } from '../../../schema/french-text.js';
import { DatabaseUnavailableError } from '../../errors.js';
import type { GraphGateway } from '../../neo4j/gateway.js';
import { searchRome, searchText } from './search-repository.js';
import { NODE_LABELS } from '../../../schema/nodes.js';

// Catalogue order, keyed by the enums: a value added to the data model without a place here is a
// compile error.
const ROLE_KIND_ORDER: Readonly<Record<RoleKind, number>> = {
  CURRENT_JOB: 0,
  PATH_TARGET: 1,
  FUTURE_VARIANT: 2,
  ENTRY: 3,
  ROME_FICHE: 4,
};
const FAMILY_ORDER: Readonly<Record<PathFamily, number>> = {
  EXPERTISE: 1,
  COORDINATION: 2,
  MANAGEMENT: 3,
  OTHER_PUBLIC_SERVICE: 4,
  PRIVATE_SECTOR: 5,
};
const familyRank = (family: PathFamily | null) => (family ? FAMILY_ORDER[family] : 0);
const SKILL_KIND_ORDER: Readonly<Record<SkillKind, number>> = {
  SAVOIR_FAIRE: 0,
  KNOWLEDGE: 1,
  SAVOIR_ETRE: 2,
};
const byFrench = (a: string, b: string) => a.localeCompare(b, 'fr');

const roleOrder = (a: RoleRecord, b: RoleRecord) =>
  ROLE_KIND_ORDER[a.roleKind] - ROLE_KIND_ORDER[b.roleKind] ||
  familyRank(a.family) - familyRank(b.family) ||
  byFrench(a.title, b.title);

const SEARCH_LIMIT = 100;

/**
 * Ids of the nodes matching a text: Neo4j's full-text index, best first; while Neo4j is down, the
 * same everyday-French rules over the cached graph (schema/french-text.ts), so the role picker
 * keeps working through an outage.
 */
async function searchIds<T extends { id: string }>(
  gateway: GraphGateway,
  search: string,
  label: 'Role' | 'Skill',
  cached: () => readonly T[],
  names: (item: T) => readonly string[],
): Promise<string[]> {
  try {
    return (await searchText(gateway, search, [label], SEARCH_LIMIT)).map((hit) => hit.id);
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    return rankByName(search, cached(), names)
      .slice(0, SEARCH_LIMIT)
      .map((item) => item.id);
  }
}

/** Roles of a family and/or matching a text: best full-text match first, else catalogue order. */
export async function findRoles(
  gateway: GraphGateway,
  ctx: PlanningContext,
  filter: { family?: PathFamily | null; search?: string | null },
): Promise<RoleRecord[]> {
  const inFamily = (role: RoleRecord) => !filter.family || role.family === filter.family;
  if (!filter.search?.trim()) return [...ctx.graph.roles.values()].filter(inFamily).sort(roleOrder);
  const catalogue = () => [...ctx.graph.roles.values()].sort(roleOrder);
  const ids = await searchIds(gateway, filter.search, 'Role', catalogue, (r) => [
    r.title,
    ...(r.aliases ?? []),
  ]);
  return ids.flatMap((id) => ctx.role(id) ?? []).filter(inFamily);
}

export async function findSkills(
  gateway: GraphGateway,
  ctx: PlanningContext,
  search: string | null | undefined,
): Promise<SkillRecord[]> {
  const catalogue = () =>
    [...ctx.graph.skills.values()].sort(
      (a, b) => SKILL_KIND_ORDER[a.kind] - SKILL_KIND_ORDER[b.kind] || byFrench(a.label, b.label),
    );
  if (!search?.trim()) return catalogue();
  const ids = await searchIds(gateway, search, 'Skill', catalogue, (s) => [s.label]);
  return ids.flatMap((id) => ctx.graph.skills.get(id) ?? []);
}

/** Full-text search over every kind of node; a hit's key is "<label>:<id>", as in the explorer. */
export async function searchGraph(gateway: GraphGateway, text: string, limit: number) {
  // The study's facts first; ROME's fiches and items after (when it is loaded), keeping them a
  // quarter of the list so that a common word does not hide them behind the study's hits.
  const study = await searchText(gateway, text, NODE_LABELS, limit);
  const rome = await searchRome(gateway, text, limit);
  const romeShare = Math.min(rome.length, Math.max(limit - study.length, Math.ceil(limit / 4)));
  return [...study.slice(0, limit - romeShare), ...rome.slice(0, romeShare)].map((hit) => ({
    id: hit.id,
    score: hit.score,
    key: `${hit.label}:${hit.id}`,
    kind: hit.label,
    label: hit.name,
  }));
}
