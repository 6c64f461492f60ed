import type { PathFamily } from '../../schema/common.js';
import type { PlanningContext } from '../domain/planning-context.js';
import type { RoleRecord, SkillRecord } from '../domain/records.js';
import type { GraphGateway } from '../neo4j/gateway.js';
import { searchText } from '../repositories/search-repository.js';

const ROLE_KIND_ORDER = ['CURRENT_JOB', 'PATH_TARGET', 'FUTURE_VARIANT', 'ENTRY'];
const FAMILY_ORDER: (PathFamily | null)[] = [
  null,
  'EXPERTISE',
  'COORDINATION',
  'MANAGEMENT',
  'OTHER_PUBLIC_SERVICE',
  'PRIVATE_SECTOR',
];
const SKILL_KIND_ORDER = ['SAVOIR_FAIRE', 'KNOWLEDGE', 'SAVOIR_ETRE'];
const byFrench = (a: string, b: string) => a.localeCompare(b, 'fr');

const roleOrder = (a: RoleRecord, b: RoleRecord) =>
  ROLE_KIND_ORDER.indexOf(a.roleKind) - ROLE_KIND_ORDER.indexOf(b.roleKind) ||
  FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family) ||
  byFrench(a.title, b.title);

const SEARCH_LIMIT = 100;

/** Roles of a family and/or matching a text: best full-text match first, else catalogue order. */
export async function findRoles(
  gateway: GraphGateway,
  ctx: PlanningContext,
  filter: { family?: PathFamily | null; search?: string | null },
): Promise<RoleRecord[]> {
  const inFamily = (role: RoleRecord) => !filter.family || role.family === filter.family;
  if (!filter.search?.trim()) return [...ctx.graph.roles.values()].filter(inFamily).sort(roleOrder);
  const hits = await searchText(gateway, filter.search, ['Role'], SEARCH_LIMIT);
  return hits.flatMap((hit) => ctx.role(hit.id) ?? []).filter(inFamily);
}

export async function findSkills(
  gateway: GraphGateway,
  ctx: PlanningContext,
  search: string | null | undefined,
): Promise<SkillRecord[]> {
  if (!search?.trim()) {
    return [...ctx.graph.skills.values()].sort(
      (a, b) =>
        SKILL_KIND_ORDER.indexOf(a.kind) - SKILL_KIND_ORDER.indexOf(b.kind) ||
        byFrench(a.label, b.label),
    );
  }
  const hits = await searchText(gateway, search, ['Skill'], SEARCH_LIMIT);
  return hits.flatMap((hit) => ctx.graph.skills.get(hit.id) ?? []);
}
