import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { FULLTEXT_INDEX, ROME_FULLTEXT_INDEX } from '../../../schema/constraints.js';
import type { NodeLabel } from '../../../schema/nodes.js';
import type { GraphGateway } from '../../neo4j/gateway.js';
import { frenchWords, lightStem, meaningfulWords } from '../../../schema/french-text.js';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const escape = (term: string) => term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);

/**
 * Turns what a person typed into a Lucene query for the French-analysed indexes that cannot fail
 * to parse: each meaningful word (stop words and elisions dropped: schema/french-text.ts) is
 * required, as the analysed word, the start of its light stem or its stem one letter off; the
 * whole phrase in a title, label or everyday name ranks first, then those fields, then the rest.
 * Returns null when nothing meaningful is left (« de la »).
 */
export function toLuceneQuery(text: string): string | null {
  const words = meaningfulWords(text).filter((w) => !/^(and|or|not)$/.test(w));
  if (words.length === 0) return null;
  const clause = (word: string) => {
    const stem = lightStem(word);
    const start = stem.length > 6 ? stem.slice(0, 6) : stem;
    const forms = [escape(word), `${escape(start)}*`];
    if (stem.length >= 5) forms.push(`${escape(stem)}~1`);
    return `(${forms.join(' OR ')})`;
  };
  const all = words.map(clause).join(' AND ');
  const phrase = `"${escape(frenchWords(text).join(' '))}"`;
  return (
    `title:${phrase}^8 OR label:${phrase}^8 OR aliases:${phrase}^30 OR ` +
    `title:(${all})^3 OR label:(${all})^3 OR aliases:(${all})^3 OR (${all})`
  );
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
