import { z } from 'zod';
import { skillKindSchema, levelSchema } from '../../../schema/common.js';
import type { RomePlanningData } from '../../domain/rome-planning.js';
import type { GraphGateway } from '../../neo4j/gateway.js';

const ficheRow = z.object({
  code: z.string(),
  title: z.string(),
  regulated: z.boolean(),
  domainCode: z.string(),
  domain: z.string(),
  grandDomain: z.string(),
  definition: z.string(),
  access: z.string(),
  source: z.string(),
});
const skillRow = z.object({
  code: z.string(),
  label: z.string(),
  kind: skillKindSchema,
  certification: z.boolean(),
  source: z.string(),
});
const requiresRow = z.object({
  fiche: z.string(),
  skill: z.string(),
  level: levelSchema,
  levelSource: z.string(),
  core: z.boolean(),
  source: z.string(),
});
const mobilityRow = z.object({
  from: z.string(),
  to: z.string(),
  rank: z.number(),
  source: z.string(),
});
const roleJoinRow = z.object({ roleId: z.string(), fiche: z.string() });
const skillJoinRow = z.object({ skillId: z.string(), item: z.string() });

/** ROME as the planner reads it, or null when it is not imported. Six reads. */
export async function loadRomePlanning(gateway: GraphGateway): Promise<RomePlanningData | null> {
  const fiches = await gateway.read(
    `MATCH (f:RomeFiche)
     RETURN f.id AS code, f.title AS title, coalesce(f.regulated, false) AS regulated,
            f.domainCode AS domainCode, f.domain AS domain, f.grandDomain AS grandDomain,
            coalesce(f.definition, '') AS definition, coalesce(f.access, '') AS access,
            f.source AS source ORDER BY code`,
    {},
    ficheRow,
  );
  if (fiches.length === 0) return null;
  const skills = await gateway.read(
    `MATCH (s:RomeSkill)
     RETURN s.id AS code, s.label AS label, s.kind AS kind,
            s.origin = 'CERTIFICATION' AS certification, s.source AS source ORDER BY code`,
    {},
    skillRow,
  );
  const requires = await gateway.read(
    `MATCH (f:RomeFiche)-[r:ROME_REQUIRES]->(s:RomeSkill)
     RETURN f.id AS fiche, s.id AS skill, r.level AS level, r.levelSource AS levelSource,
            coalesce(r.core = 'PRINCIPALE', false) AS core, r.source AS source
     ORDER BY fiche, skill`,
    {},
    requiresRow,
  );
  const mobilities = await gateway.read(
    `MATCH (a:RomeFiche)-[m:ROME_MOBILITY]->(b:RomeFiche)
     RETURN a.id AS from, b.id AS to, m.rank AS rank, m.source AS source ORDER BY from, to`,
    {},
    mobilityRow,
  );
  const roles = await gateway.read(
    'MATCH (r:Role)-[:ROME_FICHE]->(f:RomeFiche) RETURN r.id AS roleId, f.id AS fiche ORDER BY roleId',
    {},
    roleJoinRow,
  );
  const skillJoins = await gateway.read(
    'MATCH (s:Skill)-[:ROME_ITEM]->(i:RomeSkill) RETURN s.id AS skillId, i.id AS item ORDER BY skillId, item',
    {},
    skillJoinRow,
  );
  return { fiches, skills, requires, mobilities, joins: { roles, skills: skillJoins } };
}
