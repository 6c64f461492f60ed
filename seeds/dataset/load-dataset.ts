import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../../schema/project-root.js';
import { parseDocument } from 'yaml';
import type { GraphData } from '../../schema/graph-data.js';
import { datasetFileSchema } from './file-schema.js';
import { toGraph, type ParsedFile } from './to-graph.js';
import { validateGraph, type DatasetError } from './validate-graph.js';

export const DATA_DIR = projectPath('seeds', 'data');

export interface RawFile {
  file: string;
  text: string;
}

export type DatasetResult =
  { ok: true; graph: GraphData; checksum: string } | { ok: false; errors: DatasetError[] };

export function readDataFiles(dir: string = DATA_DIR): RawFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
}

function parseFile({ file, text }: RawFile, errors: DatasetError[]): ParsedFile | null {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    errors.push(...doc.errors.map((e) => ({ where: file, message: `YAML: ${e.message}` })));
    return null;
  }
  // The data files use many aliases for repeated sources; the default limit is for untrusted input.
  const result = datasetFileSchema.safeParse(doc.toJS({ maxAliasCount: 10_000 }));
  if (!result.success) {
    errors.push(
      ...result.error.issues.map((issue) => ({
        where: issue.path.length ? `${file}: ${issue.path.map(String).join('.')}` : file,
        message: issue.message,
      })),
    );
    return null;
  }
  return { file, data: result.data };
}

/** Stable fingerprint of the graph payload, so a server can tell whether the dataset changed. */
function checksumOf(graph: GraphData): string {
  const strip = <T extends { origin: unknown }>({ origin: _origin, ...rest }: T) => rest;
  const canonical = JSON.stringify({
    nodes: graph.nodes.map(strip),
    relationships: graph.relationships.map(strip),
  });
  return createHash('sha256').update(canonical).digest('hex');
}

/** Parses and validates every data file; returns the graph only when there is no error at all. */
export function loadDataset(files: readonly RawFile[] = readDataFiles()): DatasetResult {
  const errors: DatasetError[] = [];
  const parsed = files.map((file) => parseFile(file, errors));
  if (errors.length > 0) return { ok: false, errors };
  const graph = toGraph(parsed.filter((file): file is ParsedFile => file !== null));
  const graphErrors = validateGraph(graph);
  if (graphErrors.length > 0) return { ok: false, errors: graphErrors };
  return { ok: true, graph, checksum: checksumOf(graph) };
}
