import { NODE_LABELS } from '../../schema/nodes.js';
import { loadExplorerGraph } from '../repositories/explorer-repository.js';
import { findJobSheet } from '../repositories/job-sheet-repository.js';
import { searchText } from '../repositories/search-repository.js';
import type { GraphGateway } from '../neo4j/gateway.js';

/** Use cases that read the graph itself rather than the cached planning graph. */

export const jobSheet = (gateway: GraphGateway, code: string) => findJobSheet(gateway, code);

/** Every node and relationship with its properties and source, for the explorer. */
export const explorerGraph = (gateway: GraphGateway) => loadExplorerGraph(gateway);

/** Full-text search over every kind of node; a hit's key is "<label>:<id>", as in the explorer. */
export async function searchGraph(gateway: GraphGateway, text: string, limit: number) {
  const hits = await searchText(gateway, text, NODE_LABELS, limit);
  return hits.map((hit) => ({ ...hit, key: `${hit.label}:${hit.id}`, kind: hit.label }));
}
