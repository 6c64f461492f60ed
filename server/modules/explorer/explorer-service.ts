import { EXPLORER_LABELS, EXPLORER_TYPES } from '../../../schema/graph-kinds.js';
import { loadNeighbourhood, loadOverview, loadPath, parseNodeKey } from './explorer-repository.js';
import type { GraphGateway } from '../../neo4j/gateway.js';
import { UserInputError } from '../../domain/errors.js';

/** The explorer's use cases: they read the graph itself rather than the cached planning graph. */

/** The most neighbours one request may draw, and the longest chain a path may have. */
export const NEIGHBOURHOOD_MAX = 200;
export const PATH_MAX_LENGTH = 6;

function nodeKey(key: string, field: string) {
  const parsed = parseNodeKey(key);
  if (!parsed) {
    throw new UserInputError(field, `"${key}" is not a node key ("<Kind>:<id>", a model kind)`);
  }
  return parsed;
}

function within(
  values: readonly string[] | null | undefined,
  all: readonly string[],
  field: string,
) {
  if (!values || values.length === 0) return all;
  values.forEach((value, i) => {
    if (!all.includes(value)) {
      throw new UserInputError(`${field}[${i}]`, `unknown value "${value}"`);
    }
  });
  return values;
}

/**
 * A node and its neighbours (the explorer opens on one, and expands on demand), nearest first,
 * at most `limit`, with how many there are in all.
 */
export async function neighbourhood(
  gateway: GraphGateway,
  args: {
    key: string;
    depth: number;
    limit: number;
    kinds?: readonly string[] | null;
    types?: readonly string[] | null;
  },
) {
  const { kind, id } = nodeKey(args.key, 'key');
  if (args.depth !== 1 && args.depth !== 2) throw new UserInputError('depth', 'must be 1 or 2');
  if (args.limit < 0 || args.limit > NEIGHBOURHOOD_MAX) {
    throw new UserInputError('limit', `must be between 0 and ${NEIGHBOURHOOD_MAX}`);
  }
  const found = await loadNeighbourhood(gateway, {
    kind,
    id,
    depth: args.depth,
    limit: args.limit,
    kinds: within(args.kinds, EXPLORER_LABELS, 'kinds'),
    types: within(args.types, EXPLORER_TYPES, 'types'),
  });
  if (!found) throw new UserInputError('key', `no node "${args.key}"`);
  const center = found.nodes.find((n) => n.key === found.centerKey);
  if (!center) throw new UserInputError('key', `no node "${args.key}"`);
  return { ...found, center };
}

/** The shortest chain of links between two nodes (empty when none within PATH_MAX_LENGTH). */
export async function pathBetween(gateway: GraphGateway, fromKey: string, toKey: string) {
  const from = nodeKey(fromKey, 'fromKey');
  const to = nodeKey(toKey, 'toKey');
  return (await loadPath(gateway, from, to, PATH_MAX_LENGTH)) ?? { nodes: [], edges: [] };
}

/** How many nodes of each kind, roles of each family, and links of each kind. */
export async function graphOverview(gateway: GraphGateway) {
  const { kinds, links } = await loadOverview(gateway);
  const byKind = new Map<string, number>();
  for (const row of kinds) byKind.set(row.kind, (byKind.get(row.kind) ?? 0) + row.count);
  return {
    kinds: [...byKind].map(([kind, count]) => ({ kind, count })),
    families: kinds
      .filter((r) => r.kind === 'Role')
      .map(({ family, count }) => ({ family, count })),
    links,
  };
}
