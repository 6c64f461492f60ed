import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import {
  metaRows,
  rncpDocument,
  TABLE_HEADER,
  tableRows,
  type ExportMeta,
} from './draft-export.js';
import type { PlanningContext } from '../../domain/planning-context.js';
import type { GraphGateway } from '../../neo4j/gateway.js';
import { draftVersion } from './draft-service.js';

export const EXPORT_FORMATS = ['xlsx', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * A draft version as a file: XLSX (sheets « Référentiel », « Blocs », « Contenus »), CSV (the
 * header lines, then one row per item and skill; semicolons and a BOM, as French spreadsheets
 * expect) or JSON shaped like RNCP blocs de compétences. Each names the draft, version, author,
 * date and dataset version.
 */
export async function exportDraft(
  gateway: GraphGateway,
  ctx: PlanningContext,
  input: { id: string; version: number; format: ExportFormat },
): Promise<ExportFile> {
  const version = await draftVersion(gateway, input.id, input.version);
  const meta: ExportMeta = {
    draftId: version.draftId,
    title: version.title,
    version: version.number,
    author: version.author,
    savedAt: version.createdAt,
    comment: version.comment,
    datasetVersion: version.datasetVersion,
  };
  const skillLabel = (id: string) => ctx.graph.skills.get(id)?.label ?? id;
  const filename = `maquette-${version.draftId}-v${version.number}.${input.format}`;
  const contentType = CONTENT_TYPES[input.format];
  if (input.format === 'json') {
    const document = rncpDocument(meta, version.blocks, skillLabel);
    return { filename, contentType, body: Buffer.from(JSON.stringify(document, null, 2)) };
  }
  const rows = tableRows(version.blocks, skillLabel);
  if (input.format === 'csv') {
    const csv = Papa.unparse([...metaRows(meta), [], [...TABLE_HEADER], ...rows], {
      delimiter: ';',
      newline: '\r\n',
      escapeFormulae: true,
    });
    return { filename, contentType, body: Buffer.from(`\uFEFF${csv}`) };
  }
  const document = rncpDocument(meta, version.blocks, skillLabel);
  const body = await writeXlsxFile([
    { sheet: 'Référentiel', data: metaRows(meta) },
    {
      sheet: 'Blocs',
      data: [
        [
          'Code',
          'Intitulé',
          'Objectif',
          'Compétences',
          "Modalités d'évaluation",
          'Volume horaire (h)',
        ],
        ...document.blocsDeCompetences.map((block) => [
          block.code,
          block.libelle,
          block.objectif,
          block.listeDesCompetences.map((s) => `${s.libelle} (${s.niveau})`).join('\n'),
          block.modalitesEvaluation.join('\n'),
          block.volumeHoraire,
        ]),
      ],
    },
    { sheet: 'Contenus', data: [[...TABLE_HEADER], ...rows] },
  ]).toBuffer();
  return { filename, contentType, body };
}
