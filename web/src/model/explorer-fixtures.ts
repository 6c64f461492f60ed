import type { ExplorerEdge, ExplorerNode } from '../api/types.js';

/** Explorer nodes and links as the API gives them, for the explorer's unit tests. */
export const explorerNode = (
  kind: string,
  id: string,
  family: ExplorerNode['family'] = null,
): ExplorerNode => ({
  key: `${kind}:${id}`,
  id,
  kind,
  label: id,
  family,
  source: 's',
  degree: 1,
  properties: [],
});

export const explorerEdge = (type: string, from: string, to: string): ExplorerEdge => ({
  key: `${type}:${from}>${to}`,
  type,
  from,
  to,
  source: 's',
  properties: [],
});
