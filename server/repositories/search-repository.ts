import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { FULLTEXT_INDEX, ROME_FULLTEXT_INDEX } from '../../schema/constraints.js';
import type { NodeLabel } from '../../schema/nodes.js';
import type { GraphGateway } from '../neo4j/gateway.js';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what a person typed into a Lucene query that cannot fail to parse: every term escaped,
 * each matched as a word or a word prefix, all terms required. Returns null when nothing is left.
 */
export function toLuceneQuery(text: string): string | null {
  const terms = text
    .trim()
    .split(/\s+/)
    .map((term) => term.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((term) => term.length > 0 && !/^(AND|OR|NOT)$/.test(term));
  if (terms.length === 0) return null;
  const all = terms.map((term) => `(${term} OR ${term.toLowerCase()}*)`).join(' AND ');
  // The same terms in a title or label count more than in a definition or description.
  return `title:(${all})^3 OR label:(${all})^3 OR (${all})`;
}

export interface SearchHit<L extends string = NodeLabel> {
  id: string;
  label: L;
  /** What the node is called (its title, label or name). */
  name: string;
  score: number;
}

const hitRow = z.object({ id: z.string(), label: z.string(), name: z.string(), score: z.number() });

/** Full-text search (French analyzer) over the given labels, best score first. */
export async function searchText(
  gateway: GraphGateway,
  text: string,
  labels: readonly NodeLabel[],
  limit: number,
): Promise<SearchHit[]> {
  const query = toLuceneQuery(text);
  if (!query) return [];
  const rows = await gateway.read(
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
     WHERE label IS NOT NULL
     RETURN node.id AS id, label, coalesce(node.title, node.label, node.name, node.text, node.id) AS name,
            score ORDER BY score DESC, id LIMIT $limit`,
    { index: FULLTEXT_INDEX, query, labels, limit: neo4j.int(limit) },
    hitRow,
  );
  return rows.map((row) => ({ ...row, label: row.label as NodeLabel }));
}

/** Full-text search over ROME's fiches (titles and appellations) and items ([] when not imported). */
export async function searchRome(
  gateway: GraphGateway,
  text: string,
  limit: number,
): Promise<SearchHit<string>[]> {
  const query = toLuceneQuery(text);
  if (!query) return [];
  return gateway.read(
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     WITH node, score, [l IN labels(node) WHERE l IN ['RomeFiche', 'RomeSkill']][0] AS label
     WHERE label IS NOT NULL
     RETURN node.id AS id, label, coalesce(node.title, node.label) AS name, score
     ORDER BY score DESC, id LIMIT $limit`,
    { index: ROME_FULLTEXT_INDEX, query, limit: neo4j.int(limit) },
    hitRow,
  );
}
