import {
  decodeSpreadsheetText,
  parseTeamCsv,
  type ImportResult,
  type ImportRole,
  type ImportSkill,
  type RoleChoices,
} from './team-import.js';
import { readTeamXlsx } from './team-xlsx.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whether a chosen file is an Excel workbook: by its name, or by the type the browser gives. */
export const isXlsx = (file: { name: string; type: string }) =>
  file.name.toLowerCase().endsWith('.xlsx') || file.type === XLSX_TYPE;

/**
 * A team file as a person picks it: an Excel workbook, or a CSV in UTF-8 or Windows-1252 (what
 * Excel writes in France); anything else is one problem saying how to save it.
 */
export async function readTeamFile(
  file: File,
  roles: readonly ImportRole[],
  skills: readonly ImportSkill[],
  choices: RoleChoices = {},
): Promise<ImportResult> {
  if (isXlsx(file)) return readTeamXlsx(file, roles, skills, choices);
  const decoded = decodeSpreadsheetText(new Uint8Array(await file.arrayBuffer()));
  if ('problem' in decoded) {
    return {
      ok: false,
      problems: [{ row: null, column: null, reason: decoded.problem }],
      pending: [],
    };
  }
  return parseTeamCsv(decoded.text, roles, skills, choices);
}
