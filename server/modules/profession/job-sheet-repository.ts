import { z } from 'zod';
import { levelSchema, slugSchema } from '../../../schema/common.js';
import { nodeSchemas } from '../../../schema/nodes.js';
import type { GraphGateway } from '../../neo4j/gateway.js';

const skillSchema = nodeSchemas.Skill;

export const jobSheetRecordSchema = z.object({
  sheet: nodeSchemas.JobSheet,
  roleId: slugSchema,
  activities: z.array(nodeSchemas.Activity.extend({ mobilises: z.array(slugSchema) })),
  savoirFaire: z.array(skillSchema),
  knowledge: z.array(
    z.object({
      skill: skillSchema,
      level: levelSchema,
      source: z.string(),
      levelSource: z.string(),
    }),
  ),
  passerelleIds: z.array(slugSchema),
  levels: z.array(nodeSchemas.Level),
});
export type JobSheetRecord = z.infer<typeof jobSheetRecordSchema>;
export type ActivityRecord = JobSheetRecord['activities'][number];

const SKILL = 's {.id, .label, .kind, .source}';

export async function findJobSheet(
  gateway: GraphGateway,
  code: string,
): Promise<JobSheetRecord | null> {
  const rows = await gateway.read(
    `MATCH (j:JobSheet {code: $code})-[:DESCRIBES]->(r:Role)
     RETURN j {.*} AS sheet, r.id AS roleId,
       COLLECT { MATCH (j)-[h:HAS_ACTIVITY]->(a:Activity)
                 RETURN a {.id, .label, .source,
                           mobilises: COLLECT { MATCH (a)-[:MOBILISES]->(s:Skill) RETURN s.id ORDER BY s.id }}
                 ORDER BY h.order } AS activities,
       COLLECT { MATCH (j)-[h:LISTS_SAVOIR_FAIRE]->(s:Skill) RETURN ${SKILL} ORDER BY h.order } AS savoirFaire,
       COLLECT { MATCH (j)-[h:REQUIRES_KNOWLEDGE]->(s:Skill)
                 RETURN {skill: ${SKILL}, level: h.level, source: h.source, levelSource: h.levelSource}
                 ORDER BY h.order } AS knowledge,
       COLLECT { MATCH (j)-[h:LISTS_PASSERELLE]->(p:Role) RETURN p.id ORDER BY h.order } AS passerelleIds,
       COLLECT { MATCH (j)-[:USES_SCALE]->(l:Level) RETURN l {.*} ORDER BY l.rank } AS levels`,
    { code },
    jobSheetRecordSchema,
  );
  return rows[0] ?? null;
}
