import type { ElementDefinition } from 'cytoscape';
import type { CareerRoute } from '../api/types.js';
import { familyColor } from './colors.js';
import { MOVE_KIND_LABEL } from './labels.js';

export const STEP_WIDTH = 260;
export const LANE_HEIGHT = 130;

const missingLabel = (count: number) =>
  count === 0
    ? 'rien à acquérir'
    : count === 1
      ? '1 compétence à acquérir'
      : `${count} compétences à acquérir`;

/**
 * Routes drawn left to right, one lane per route: the start role then each step's role, with
 * preset positions (x = step, y = lane) so no layout algorithm has to run. Colours follow the
 * path family of the move that leads to a role.
 */
export function routesToLanes(routes: readonly CareerRoute[]): ElementDefinition[] {
  return routes.flatMap((route, lane) => {
    const first = route.steps[0];
    if (!first) return [];
    const y = lane * LANE_HEIGHT;
    const start: ElementDefinition = {
      group: 'nodes',
      data: {
        id: `r${lane}-0`,
        label: `${first.from.title}\n(point de départ)`,
        color: familyColor(null),
        lane,
        step: 0,
        roleId: first.from.id,
      },
      position: { x: 0, y },
    };
    const steps = route.steps.flatMap((step, i): ElementDefinition[] => [
      {
        group: 'nodes',
        data: {
          id: `r${lane}-${i + 1}`,
          label: `${step.to.title}\n${missingLabel(step.gap.missing.length)}`,
          color: familyColor(step.family),
          lane,
          step: i + 1,
          roleId: step.to.id,
        },
        position: { x: (i + 1) * STEP_WIDTH, y },
      },
      {
        group: 'edges',
        data: {
          id: `r${lane}-e${i + 1}`,
          source: `r${lane}-${i}`,
          target: `r${lane}-${i + 1}`,
          label: MOVE_KIND_LABEL[step.kind],
          color: familyColor(step.family),
          lane,
          step: i + 1,
        },
      },
    ]);
    return [start, ...steps];
  });
}
