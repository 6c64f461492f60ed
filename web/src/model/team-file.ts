import {
  decodeSpreadsheetText,
  type ImportedMember,
  type ImportProblem,
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

/**
 * Several files at once (HR gathering each person's « Mon projet » workbook, or a team split in
 * files): one team, in the order of the files. Each problem names its file; an identifier used
 * in two files is one; a row whose job is not sure asks for its file alone, where the job can be
 * chosen. Nothing is imported while anything is wrong.
 */
export function mergeTeamFiles(
  files: readonly { name: string; result: ImportResult }[],
): ImportResult {
  const problems: ImportProblem[] = [];
  const members: ImportedMember[] = [];
  const fileOf = new Map<string, string>();
  for (const { name, result } of files) {
    if (!result.ok) {
      problems.push(...result.problems.map((p) => ({ ...p, file: name })));
      problems.push(
        ...result.pending.map((p) => ({
          file: name,
          row: p.row,
          column: null,
          reason: `métier « ${p.text} » incertain : importez ce fichier seul pour le choisir`,
        })),
      );
      continue;
    }
    for (const member of result.members) {
      const other = fileOf.get(member.id);
      if (other !== undefined)
        problems.push({
          file: name,
          row: null,
          column: null,
          reason: `identifiant « ${member.id} » déjà utilisé dans « ${other} »`,
        });
      else {
        fileOf.set(member.id, name);
        members.push(member);
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems, pending: [] } : { ok: true, members };
}
