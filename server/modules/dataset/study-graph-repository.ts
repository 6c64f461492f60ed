import { z } from 'zod';
import { nodeRead, relationshipRead } from '../../../schema/read-models.js';
import type { ConditionRecord, PlanningGraph, RoleRecord } from '../../domain/records.js';
import type { GraphGateway } from '../../neo4j/gateway.js';
import { loadProfession } from './profession-repository.js';
import { loadProspective } from './prospective-repository.js';

/** A REQUIRES or DEVELOPS link: the level and both provenances. */
const levelledRow = z.object({ skillId: z.string() }).and(relationshipRead('REQUIRES'));

const roleRow = z.object({
  role: nodeRead('Role'),
  requirements: z.array(levelledRow),
  moves: z.array(z.object({ from: z.string(), to: z.string() }).and(relationshipRead('MOVES_TO'))),
});

const skillRow = z.object({ skill: nodeRead('Skill') });
const levelRow = z.object({ level: nodeRead('Level') });
const acronymRow = z.object({ acronym: nodeRead('Acronym') });
const conditionRow = z.object({ condition: nodeRead('Condition') });
const blockRow = z.object({
  block: nodeRead('TrainingBlock'),
  items: z.array(
    nodeRead('TrainingItem').and(
      z.object({
        develops: z.array(z.object({ skillId: z.string() }).and(relationshipRead('DEVELOPS'))),
      }),
    ),
  ),
});

const readRoles = (gateway: GraphGateway) =>
  gateway.read(
    `MATCH (r:Role)
     RETURN r {.*} AS role,
       COLLECT { MATCH (r)-[q:REQUIRES]->(s:Skill)
                 RETURN {skillId: s.id, level: q.level, source: q.source, levelSource: q.levelSource} ORDER BY s.id } AS requirements,
       COLLECT { MATCH (r)-[m:MOVES_TO]->(t:Role)
                 RETURN {id: m.id, from: r.id, to: t.id, family: m.family, kind: m.kind, distance: m.distance,
                         kindSource: m.kindSource, note: m.note, source: m.source, conditionIds: m.conditionIds} ORDER BY t.id } AS moves`,
    {},
    roleRow,
  );

function toRoles(
  rows: Awaited<ReturnType<typeof readRoles>>,
  conditions: Map<string, ConditionRecord>,
): Map<string, RoleRecord> {
  return new Map<string, RoleRecord>(
    rows.map(({ role, requirements, moves }) => [
      role.id,
      {
        ...role,
        aliases: role.aliases ?? [],
        requirements,
        moves: moves.map(({ conditionIds, ...move }) => ({
          ...move,
          conditions: conditionIds.flatMap((id) => conditions.get(id) ?? []),
        })),
      },
    ]),
  );
}

const futureProfileRow = z.object({
  profile: z.object({ id: z.string(), title: z.string(), source: z.string() }),
  anticipates: z.array(z.object({ roleId: z.string(), source: z.string() })),
  emphasises: z.array(z.object({ skillId: z.string(), source: z.string() })),
});

const BLOCKS = `MATCH (b:TrainingBlock)
     RETURN b {.*} AS block,
       COLLECT { MATCH (b)-[h:HAS_ITEM]->(i:TrainingItem)
                 RETURN i {.id, .label, .source,
                           develops: COLLECT { MATCH (i)-[d:DEVELOPS]->(s:Skill)
                                               RETURN {skillId: s.id, level: d.level, source: d.source, levelSource: d.levelSource} ORDER BY s.id }}
                 ORDER BY h.order } AS items
     ORDER BY b.order`;

const FUTURE_PROFILES = `MATCH (f:FutureProfile)
     RETURN f {.id, .title, .source} AS profile,
       COLLECT { MATCH (f)-[a:ANTICIPATES]->(r:Role)
                 RETURN {roleId: r.id, source: a.source} ORDER BY r.id } AS anticipates,
       COLLECT { MATCH (f)-[e:EMPHASISES]->(s:Skill)
                 RETURN {skillId: s.id, source: e.source} ORDER BY s.id } AS emphasises
     ORDER BY f.id`;

/** Reads everything route planning needs (and the diagnostic's model) in ten queries, side by side. */
export async function loadPlanningGraph(gateway: GraphGateway): Promise<PlanningGraph> {
  // On a freshly started Neo4j each query is planned and compiled first: the start-up waits for
  // the slowest of them instead of their sum.
  const [
    conditionRows,
    roleRows,
    skills,
    levels,
    acronyms,
    blocks,
    profiles,
    prospective,
    profession,
  ] = await Promise.all([
    gateway.read('MATCH (c:Condition) RETURN c {.*} AS condition', {}, conditionRow),
    readRoles(gateway),
    gateway.read('MATCH (s:Skill) RETURN s {.*} AS skill ORDER BY s.id', {}, skillRow),
    gateway.read('MATCH (l:Level) RETURN l {.*} AS level ORDER BY l.rank', {}, levelRow),
    gateway.read('MATCH (a:Acronym) RETURN a {.*} AS acronym ORDER BY a.acronym', {}, acronymRow),
    gateway.read(BLOCKS, {}, blockRow),
    gateway.read(FUTURE_PROFILES, {}, futureProfileRow),
    loadProspective(gateway),
    loadProfession(gateway),
  ]);
  const conditions = new Map(conditionRows.map(({ condition }) => [condition.id, condition]));
  return {
    roles: toRoles(roleRows, conditions),
    skills: new Map(skills.map(({ skill }) => [skill.id, skill])),
    levels: levels.map(({ level }) => level),
    acronyms: acronyms.map(({ acronym }) => acronym),
    blocks: blocks.map(({ block, items }) => ({ ...block, items })),
    futureProfiles: new Map(
      profiles.map(({ profile, anticipates, emphasises }) => [
        profile.id,
        { ...profile, anticipates, emphasises },
      ]),
    ),
    prospective,
    profession,
  };
}
