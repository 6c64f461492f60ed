import { z } from 'zod';
import type { GraphGateway } from '../server/neo4j/gateway.js';

const pathRow = z.object({ roles: z.array(z.string()) });

/**
 * The k shortest chains of moves (by number of moves) between two nodes, as plain Cypher: the
 * baseline the route planner is benchmarked against. k and maxSteps cannot be parameters in a
 * path quantifier, so they are checked integers; the label and type are ours.
 */
async function shortestPaths(
  gateway: GraphGateway,
  pattern: { label: 'Role' | 'RomeFiche'; type: 'MOVES_TO' | 'ROME_MOBILITY' },
  fromId: string,
  toId: string,
  k: number,
  maxSteps: number,
): Promise<string[][]> {
  if (!Number.isInteger(k) || k < 1 || k > 20)
    throw new Error(`k must be an integer in 1..20, got ${k}`);
  if (!Number.isInteger(maxSteps) || maxSteps < 1 || maxSteps > 6)
    throw new Error(`maxSteps must be in 1..6`);
  const { label, type } = pattern;
  const rows = await gateway.read(
    `MATCH p = SHORTEST ${k} (a:${label} {id: $fromId})-[:${type}]->{1,${maxSteps}}(b:${label} {id: $toId})
     RETURN [n IN nodes(p) | n.id] AS roles`,
    { fromId, toId },
    pathRow,
  );
  return rows.map((row) => row.roles);
}

/** The study's moves: the yardstick of the route planner's benchmark. */
export const shortestMovePaths = (
  gateway: GraphGateway,
  fromId: string,
  toId: string,
  k: number,
  maxSteps: number,
) => shortestPaths(gateway, { label: 'Role', type: 'MOVES_TO' }, fromId, toId, k, maxSteps);

/** The same plain query over ROME's mobilities between fiches. */
export const shortestRomePaths = (
  gateway: GraphGateway,
  fromCode: string,
  toCode: string,
  k: number,
  maxSteps: number,
) =>
  shortestPaths(
    gateway,
    { label: 'RomeFiche', type: 'ROME_MOBILITY' },
    fromCode,
    toCode,
    k,
    maxSteps,
  );
