import { z } from 'zod';
import { nodeRead } from '../../../schema/read-models.js';
import type { ProfessionModel } from '../../domain/records.js';
import type { GraphGateway } from '../../neo4j/gateway.js';

const statementRow = z.object({
  statement: nodeRead('Statement').and(
    z.object({
      bearsOn: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(['Role', 'Skill', 'Activity']),
          name: z.string(),
          source: z.string(),
        }),
      ),
    }),
  ),
});
const figureRow = z.object({
  figure: nodeRead('WorkforceFigure').and(z.object({ roleId: z.string() })),
});
const ideaRow = z.object({ idea: nodeRead('TrainingIdea') });

/** The questionnaire with what each statement bears on, the workforce figures, the training ideas. */
export async function loadProfession(gateway: GraphGateway): Promise<ProfessionModel> {
  const statements = await gateway.read(
    `MATCH (q:Statement)
     RETURN q {.id, .number, .theme, .text, .disagreePercent, .agreePercent, .source,
               neutralPercent: q.neutralPercent, studyStance: q.studyStance,
               stanceSource: q.stanceSource,
               bearsOn: COLLECT { MATCH (q)-[b:BEARS_ON]->(t)
                                  RETURN {id: t.id, kind: labels(t)[0],
                                          name: coalesce(t.title, t.label), source: b.source}
                                  ORDER BY t.id }} AS statement
     ORDER BY q.number`,
    {},
    statementRow,
  );
  const figures = await gateway.read(
    `MATCH (r:Role)-[:HAS_FIGURE]->(f:WorkforceFigure)
     RETURN f {.id, .order, .topic, .label, .value, .unit, .source, roleId: r.id} AS figure
     ORDER BY f.order`,
    {},
    figureRow,
  );
  const ideas = await gateway.read(
    'MATCH (i:TrainingIdea) RETURN i {.id, .order, .label, .source} AS idea ORDER BY i.order',
    {},
    ideaRow,
  );
  return {
    statements: statements.map(({ statement }) => statement),
    figures: figures.map(({ figure }) => figure),
    ideas: ideas.map(({ idea }) => idea),
  };
}
