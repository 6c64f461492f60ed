import { z } from 'zod';
import type { GraphGateway } from '../neo4j/gateway.js';

const pathRow = z.object({ roles: z.array(z.string()) });

/**
 * The k shortest chains of moves (by number of moves) between two roles, as plain Cypher: the
 * baseline the route planner is benchmarked against. k and maxSteps cannot be parameters in a
 * path quantifier, so they are checked integers.
 */
export async function shortestMovePaths(
  gateway: GraphGateway,
  fromId: string,
  toId: string,
  k: number,
  maxSteps: number,
): Promise<string[][]> {
  if (!Number.isInteger(k) || k < 1 || k > 20)
    throw new Error(`k must be an integer in 1..20, got ${k}`);
  if (!Number.isInteger(maxSteps) || maxSteps < 1 || maxSteps > 6)
    throw new Error(`maxSteps must be in 1..6`);
  const rows = await gateway.read(
    `MATCH p = SHORTEST ${k} (a:Role {id: $fromId})-[:MOVES_TO]->{1,${maxSteps}}(b:Role {id: $toId})
     RETURN [n IN nodes(p) | n.id] AS roles`,
    { fromId, toId },
    pathRow,
  );
  return rows.map((row) => row.roles);
}

/** The same plain query over ROME's mobilities between fiches (the benchmark's yardstick). */
export async function shortestRomePaths(
  gateway: GraphGateway,
  fromCode: string,
  toCode: string,
  k: number,
  maxSteps: number,
): Promise<string[][]> {
  if (!Number.isInteger(k) || k < 1 || k > 20)
    throw new Error(`k must be an integer in 1..20, got ${k}`);
  if (!Number.isInteger(maxSteps) || maxSteps < 1 || maxSteps > 6)
    throw new Error(`maxSteps must be in 1..6`);
  const rows = await gateway.read(
    `MATCH p = SHORTEST ${k} (a:RomeFiche {id: $fromCode})-[:ROME_MOBILITY]->{1,${maxSteps}}(b:RomeFiche {id: $toCode})
     RETURN [n IN nodes(p) | n.id] AS roles`,
    { fromCode, toCode },
    pathRow,
  );
  return rows.map((row) => row.roles);
}
