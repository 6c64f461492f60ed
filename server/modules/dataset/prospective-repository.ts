import { z } from 'zod';
import { axisPositionSchema, outlookEffectSchema } from '../../../schema/common.js';
import { nodeRead } from '../../../schema/read-models.js';
import type { ProspectiveModel } from '../../domain/records.js';
import type { GraphGateway } from '../../neo4j/gateway.js';

const axisRow = z.object({ axis: nodeRead('TensionAxis') });
const itemRow = z.object({
  item: nodeRead('DiagnosticItem').and(z.object({ axisId: z.string() })),
});
const scenarioRow = z.object({
  scenario: nodeRead('Scenario'),
  positions: z.array(
    z.object({ axisId: z.string(), position: axisPositionSchema, source: z.string() }),
  ),
  suits: z.array(z.object({ profileId: z.string(), source: z.string() })),
  outlook: z.array(
    z.object({ roleId: z.string(), effect: outlookEffectSchema, source: z.string() }),
  ),
});

/** The tension axes, the diagnostic's 20 items and the four scenarios with their links. */
export async function loadProspective(gateway: GraphGateway): Promise<ProspectiveModel> {
  const axes = await gateway.read(
    'MATCH (a:TensionAxis) RETURN a {.id, .order, .title, .lowPole, .highPole, .source} AS axis ORDER BY a.order',
    {},
    axisRow,
  );
  const items = await gateway.read(
    `MATCH (i:DiagnosticItem)-[:MEASURES]->(a:TensionAxis)
     RETURN i {.id, axisId: a.id, .order, .label, .example, .exampleSource, .polarity,
               .polaritySource, .source} AS item
     ORDER BY a.order, i.order`,
    {},
    itemRow,
  );
  const scenarios = await gateway.read(
    `MATCH (s:Scenario)
     RETURN s {.id, .order, .title, .nickname, .description, .strengths, .vigilance,
               .detailsSource, .source} AS scenario,
       COLLECT { MATCH (s)-[p:POSITIONED_ON]->(a:TensionAxis)
                 RETURN {axisId: a.id, position: p.position, source: p.source} ORDER BY a.order } AS positions,
       COLLECT { MATCH (s)-[u:SUITS]->(f:FutureProfile)
                 RETURN {profileId: f.id, source: u.source} ORDER BY f.id } AS suits,
       COLLECT { MATCH (s)-[o:OUTLOOK]->(r:Role)
                 RETURN {roleId: r.id, effect: o.effect, source: o.source} ORDER BY r.id } AS outlook
     ORDER BY s.order`,
    {},
    scenarioRow,
  );
  return {
    axes: axes.map(({ axis }) => axis),
    items: items.map(({ item }) => item),
    scenarios: scenarios.map(({ scenario, ...links }) => ({ ...scenario, ...links })),
  };
}
