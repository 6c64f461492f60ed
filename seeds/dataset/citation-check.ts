import type { GraphData, NodeRecord, RelationshipRecord } from '../../schema/graph-data.js';
import { SOURCE_DOCUMENTS } from '../../schema/common.js';
import { foldAccents } from '../../schema/french-text.js';

/**
 * The automated citation check: every citation of the dataset (`source`, `levelSource`,
 * `kindSource`, `exampleSource`…) is opened at what it cites and must contain the key words of
 * what it is cited for.
 *
 * - The study: the cited lines (`l. a-b`, every range a citation names); a question without lines (`#Q88`) stands for the
 *   statement's own lines. Quoted words (« … ») in the citation must all be there; otherwise at
 *   least one key word of the cited thing must be (words of 4 letters or more, compared on their
 *   first 6 letters, accents and hyphenation folded). A statement's own citation must hold its
 *   figures (« 4% 76% ») and most of its words.
 * - The article (21 lines, no line numbers): the key words of the cited thing.
 * - target-roles.md (English notes): the code or row the citation names must be in the file.
 */

export interface CitationDocuments {
  /** The study, one entry per line. */
  study: readonly string[];
  article: string;
  officialSheets: string;
}

export interface CitationFailure {
  where: string;
  citation: string;
  why: string;
}

export interface CitationReport {
  checked: number;
  failures: CitationFailure[];
}

const STOP_WORDS = new Set(
  'avec dans pour les des une sur par aux son ses leur leurs plus tout tous toute toutes entre comme etre avoir fait faire cette elle elles qui que est sont autre autres selon sans deja bien tres'.split(
    ' ',
  ),
);

/** Lower case, no accents (schema/french-text.ts), no line-break hyphenation, one space between words. */
export function fold(text: string): string {
  return foldAccents(text.replace(/[’`]/g, "'"))
    .replace(/(\w)- *\n\s*(\w)/g, '$1$2')
    .replace(/\s+/g, ' ');
}

const stem = (word: string) => word.slice(0, 6);
/** Words on nearly every page of the study: finding them proves nothing. */
const EVERYWHERE = new Set(['secret', 'medica', 'metier', 'patien', 'sante', 'hospit']);

const stemsOf = (text: string): string[] =>
  (fold(text).match(/[a-z0-9]+/g) ?? [])
    .filter((w) => w.length >= 4 && !STOP_WORDS.has(w))
    .map(stem);

/** The words to look for: the telling ones, or all when there are no others. */
export function keyWords(text: string): Set<string> {
  const stems = stemsOf(text);
  const telling = stems.filter((s) => !EVERYWHERE.has(s));
  return new Set(telling.length > 0 ? telling : stems);
}

const isSourceKey = (key: string) => key === 'source' || key.endsWith('Source');

/** The words a citation of this record should find: the cited thing's own wording. */
const NODE_TEXT_KEYS = ['label', 'title', 'text', 'name', 'nickname', 'expansion'] as const;
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
const nodeText = (node: NodeRecord | undefined, key = 'source'): string => {
  if (!node) return '';
  const props = node.props as Record<string, unknown>;
  if (key === 'exampleSource') return textOf(props.example);
  if (key === 'detailsSource') return `${textOf(props.strengths)} ${textOf(props.vigilance)}`;
  return NODE_TEXT_KEYS.map((k) => textOf(props[k])).join(' ');
};

/** Which end of a link its citation speaks of. */
const SPEAKS_OF_ORIGIN = new Set(['POSITIONED_ON', 'IN_CATEGORY', 'STAFFS', 'SUITS', 'OUTLOOK']);
const CURRENT_JOB = 'secretaire-medicale';

function relationshipText(rel: RelationshipRecord, byId: Map<string, NodeRecord>): string {
  if (SPEAKS_OF_ORIGIN.has(rel.type)) return nodeText(byId.get(rel.fromId));
  if (rel.type === 'MOVES_TO') {
    // A move is cited for the role it concerns besides the job itself.
    const other = rel.toId === CURRENT_JOB ? rel.fromId : rel.toId;
    return nodeText(byId.get(other));
  }
  return nodeText(byId.get(rel.toId));
}

export interface Citation {
  where: string;
  citation: string;
  /** What the citation is for. */
  about: string;
  statement?: NodeRecord;
}

function citationsOf(graph: GraphData): Citation[] {
  const byId = new Map(graph.nodes.map((n) => [n.props.id, n]));
  const out: Citation[] = [];
  for (const node of graph.nodes) {
    for (const [key, value] of Object.entries(node.props)) {
      if (!isSourceKey(key) || typeof value !== 'string') continue;
      out.push({
        where: `${node.label} ${node.props.id}.${key}`,
        citation: value,
        about: nodeText(node, key),
        statement: node.label === 'Statement' && key === 'source' ? node : undefined,
      });
    }
  }
  for (const rel of graph.relationships) {
    for (const [key, value] of Object.entries(rel.props)) {
      if (!isSourceKey(key) || typeof value !== 'string') continue;
      out.push({
        where: `${rel.type} ${rel.fromId} → ${rel.toId}.${key}`,
        citation: value,
        about: relationshipText(rel, byId),
      });
    }
  }
  return out;
}

const LINES = /l\. (\d+)(?:-(\d+))?/;

/** Every range a citation names (« l. 912-921 », « l. 999-1013 »), one after the other. */
function studyLines(study: readonly string[], citation: string): string | null {
  const ranges = [...citation.matchAll(new RegExp(LINES, 'g'))];
  if (ranges.length === 0) return null;
  return ranges
    .map((m) => study.slice(Number(m[1]) - 1, Number(m[2] ?? m[1])).join('\n'))
    .join('\n');
}

/** The questionnaire's line ranges, from the statements' own citations. */
function questionLines(graph: GraphData): Map<number, string> {
  const out = new Map<number, string>();
  for (const node of graph.nodes) {
    if (node.label !== 'Statement') continue;
    out.set(Number(node.props.number), String(node.props.source));
  }
  return out;
}

function checkStudy(
  c: Citation,
  docs: CitationDocuments,
  questions: Map<number, string>,
): string | null {
  let cited = c.citation;
  const question = /#Q(\d+)/.exec(cited);
  if (!LINES.test(cited) && question) cited = questions.get(Number(question[1])) ?? cited;
  const lines = studyLines(docs.study, cited);
  if (lines === null) return 'no line range';
  const text = fold(lines);
  if (c.statement) return checkStatement(c.statement, text);
  const quoted = quotesOf(c.citation);
  if (quoted.length > 0) return absentQuotes(quoted, text);
  return sharesAKeyWord(c.about, text);
}

const quotesOf = (citation: string): string[] =>
  [...citation.matchAll(/«\s*([^»]+?)\s*»/g)].map((m) => fold(m[1] ?? ''));

function absentQuotes(quoted: readonly string[], text: string): string | null {
  const absent = quoted.filter((q) => !text.includes(q));
  return absent.length === 0 ? null : `quoted words not in the text: ${absent.join(', ')}`;
}

function checkStatement(statement: NodeRecord, text: string): string | null {
  const { disagreePercent, agreePercent } = statement.props;
  const figures = `${String(disagreePercent)}% ${String(agreePercent)}%`;
  if (!text.includes(figures)) return `the figures ${figures} are not on the lines`;
  const words = [...keyWords(String(statement.props.text))];
  const found = new Set(stemsOf(text));
  const present = words.filter((w) => found.has(w)).length;
  return present >= 0.8 * words.length
    ? null
    : `only ${present} of the ${words.length} words of the statement are on the lines`;
}

function sharesAKeyWord(about: string, text: string): string | null {
  const wanted = keyWords(about);
  if (wanted.size === 0) return 'nothing to look for';
  const found = new Set(stemsOf(text));
  return [...wanted].some((w) => found.has(w))
    ? null
    : `none of « ${about.trim()} »'s key words is on the lines`;
}

/** The article has no line numbers: its quotes, or else the cited thing's key words. */
function checkArticle(c: Citation, docs: CitationDocuments): string | null {
  const text = fold(docs.article);
  const quoted = quotesOf(c.citation);
  if (quoted.length > 0) return absentQuotes(quoted, text);
  return sharesAKeyWord(c.about, text);
}

function checkOfficialSheets(c: Citation, docs: CitationDocuments): string | null {
  const locator = c.citation.split('#')[1] ?? '';
  const head = /^[^\s:]+/.exec(locator)?.[0] ?? locator;
  return fold(docs.officialSheets).includes(fold(head))
    ? null
    : `« ${head} » is not in ${SOURCE_DOCUMENTS.officialSheets}`;
}

function checkOne(
  c: Citation,
  docs: CitationDocuments,
  questions: Map<number, string>,
): string | null {
  const document = c.citation.split('#')[0];
  return document === SOURCE_DOCUMENTS.study
    ? checkStudy(c, docs, questions)
    : document === SOURCE_DOCUMENTS.article
      ? checkArticle(c, docs)
      : checkOfficialSheets(c, docs);
}

/** Checks citations kept beside the graph (a reviewed file's); a `derived:` one is not checked. */
export function checkLooseCitations(
  citations: readonly Omit<Citation, 'statement'>[],
  docs: CitationDocuments,
): CitationReport {
  const cited = citations.filter((c) => !c.citation.startsWith('derived:'));
  const failures = cited.flatMap((c) => {
    const why = checkOne(c, docs, new Map());
    return why ? [{ where: c.where, citation: c.citation, why }] : [];
  });
  return { checked: cited.length, failures };
}

export function checkCitations(graph: GraphData, docs: CitationDocuments): CitationReport {
  const questions = questionLines(graph);
  const failures: CitationFailure[] = [];
  let checked = 0;
  for (const c of citationsOf(graph)) {
    if (c.citation.startsWith('derived:')) continue;
    checked++;
    const why = checkOne(c, docs, questions);
    if (why) failures.push({ where: c.where, citation: c.citation, why });
  }
  return { checked, failures };
}
