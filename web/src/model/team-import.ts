import Papa from 'papaparse';
import type { Level, LevelEvidence } from '../api/types.js';
import { foldAccents as fold, nameScore } from '../../../schema/french-text.js';
import { isRealDay } from '../../../schema/days.js';

/** The largest team the API takes at once. */
export const MAX_TEAM_ROWS = 500;

export interface ImportRole {
  id: string;
  title: string;
  /** Everyday names of the job (« AMA », « Aide-soignante »), from the data. */
  aliases?: readonly string[];
}

export interface ImportSkill {
  id: string;
  label: string;
}

/** How a level is known, and since when (AAAA-MM-JJ). */
export interface GivenEvidence {
  kind: LevelEvidence;
  date: string | null;
}

/** One person as imported: levels given explicitly (null: « aucune »); the rest defaults. */
export interface ImportedMember {
  id: string;
  currentRoleId: string;
  levels: Record<string, Level | null>;
  /** How each given level is known (absent: declared). */
  evidence?: Record<string, GivenEvidence>;
}

/** What is wrong, where: the row and column as the spreadsheet shows them (header = row 1). */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  reason: string;
  /** The file's name, when several files are imported at once. */
  file?: string;
}

/** A row whose « métier » names no job for sure: the person chooses among the closest. */
export interface PendingRole {
  row: number;
  /** What the file says. */
  text: string;
  /** The closest jobs, best first ([] when none is close: every job is offered). */
  candidates: ImportRole[];
}

/**
 * Nothing is imported while anything is wrong (`problems`) or a row's job is not sure
 * (`pending`): the person fixes the file, or chooses the job of each pending row (`choices`).
 */
export type ImportResult =
  | { ok: true; members: ImportedMember[] }
  | { ok: false; problems: ImportProblem[]; pending: PendingRole[] };

/** The jobs a person chose, row by row, for rows whose « métier » was not sure. */
export type RoleChoices = Readonly<Record<number, string>>;

const roleNames = (role: ImportRole) => [role.title, ...(role.aliases ?? [])];

/**
 * The job a « métier » cell names: its id or title as written (accents and case ignored), or an
 * everyday name that fits it as a whole phrase and fits no other job as well (« AMA »,
 * « Aide-soignante », « adjointe administrative »). Anything less sure is no job but the closest
 * ones to choose from: nothing is imported silently wrong.
 */
export function resolveRoleName(
  text: string,
  roles: readonly ImportRole[],
): { role: ImportRole } | { candidates: ImportRole[] } {
  const key = fold(text).trim();
  const exact = roles.find((r) => r.id === text.trim() || fold(r.title).trim() === key);
  if (exact) return { role: exact };
  const scored = roles
    .map((role) => ({ role, score: nameScore(text, roleNames(role)) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best && best.score >= WHOLE_NAME && !(second && second.score >= WHOLE_NAME))
    return { role: best.role };
  return { candidates: scored.slice(0, 5).map((x) => x.role) };
}

const ID_COLUMNS = ['identifiant', 'id', 'pseudonyme'];
const ROLE_COLUMNS = ['metier', 'metier actuel', 'role', 'currentroleid'];

/** The level words of the job sheet (accents optional), or 0 to 3. */
const LEVEL_WORDS: Readonly<Record<string, Level | null>> = {
  aucune: null,
  aucun: null,
  '0': null,
  generales: 'GENERAL',
  generale: 'GENERAL',
  '1': 'GENERAL',
  operationnelles: 'OPERATIONAL',
  operationnelle: 'OPERATIONAL',
  '2': 'OPERATIONAL',
  approfondies: 'DEEP',
  approfondie: 'DEEP',
  '3': 'DEEP',
};

const EVIDENCE_WORDS: Readonly<Record<string, LevelEvidence>> = {
  declare: 'DECLARED',
  declaree: 'DECLARED',
  valide: 'VALIDATED',
  validee: 'VALIDATED',
  certifie: 'CERTIFIED',
  certifiee: 'CERTIFIED',
};

/** The words a level cell may add after the level, as the template explains them. */
export const EVIDENCE_HINT =
  'après le niveau, facultatif : déclaré, validé ou certifié, et la date (« opérationnelles validé le 12/03/2026 »)';

/** « 12/03/2026 » or « 2026-03-12 » → « 2026-03-12 », when it is a real day. */
function isoDay(text: string): string | null {
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = fr
    ? `${fr[3] ?? ''}-${(fr[2] ?? '').padStart(2, '0')}-${(fr[1] ?? '').padStart(2, '0')}`
    : text;
  return isRealDay(iso) ? iso : null;
}

/**
 * A level cell: the level word (or 0 to 3), then, optionally, how it is known and since when:
 * « opérationnelles », « 2 validé », « approfondies (certifié le 03/07/2025) ». Accents, case,
 * brackets and a « le » are optional. Null when it is none of these.
 */
export function parseLevelCell(
  text: string,
  today: string = new Date().toISOString().slice(0, 10),
): { level: Level | null; evidence: GivenEvidence | null } | { problem: string } {
  const words = fold(text)
    .replace(/[();,]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== 'le');
  const [first, how, when, ...rest] = words;
  if (first === undefined || !(first in LEVEL_WORDS))
    return {
      problem: `niveau inconnu « ${text.trim()} » : attendu aucune, générales, opérationnelles, approfondies ou 0 à 3`,
    };
  const level = LEVEL_WORDS[first] ?? null;
  if (how === undefined) return { level, evidence: null };
  const kind = EVIDENCE_WORDS[how];
  if (!kind || rest.length > 0) return { problem: `« ${text.trim()} » : ${EVIDENCE_HINT}` };
  if (when === undefined) return { level, evidence: { kind, date: null } };
  const date = isoDay(when);
  if (!date || date > today)
    return { problem: `date « ${when} » : attendue JJ/MM/AAAA, un jour passé` };
  return { level, evidence: { kind, date } };
}

/**
 * The text of a file as Excel saves it in France: UTF-8 (with or without a BOM) or Windows-1252.
 * A file that is neither (a binary file, an .xlsx renamed .csv) is refused.
 */
export function decodeSpreadsheetText(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.includes(0)) {
    return {
      problem: 'ce fichier n’est pas un fichier texte (CSV) : enregistrez-le au format CSV',
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, '') };
  } catch {
    // Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in Windows-1252.
    if (bytes.some((b) => b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d)) {
      return { problem: 'encodage inconnu : enregistrez le fichier en CSV UTF-8 ou Windows-1252' };
    }
    return { text: new TextDecoder('windows-1252').decode(bytes) };
  }
}

/** nameScore's mark for a text that is one of the names as a whole (schema/french-text.ts). */
const WHOLE_NAME = 100;

const byFolded = <T>(items: readonly T[], keys: (item: T) => string[]) => {
  const index = new Map<string, T>();
  for (const item of items) for (const key of keys(item)) index.set(fold(key).trim(), item);
  return index;
};

/** A spreadsheet cell as the readers give it: text, a number (0–3 levels), or nothing. */
export type CellValue = string | number | boolean | Date | null | undefined;

const cellText = (value: CellValue): string =>
  value === null || value === undefined
    ? ''
    : value instanceof Date
      ? value.toISOString()
      : String(value);

/**
 * A team from a CSV as Excel writes it (separator ; , or tab). See parseTeamRows for the columns.
 */
export function parseTeamCsv(
  text: string,
  roles: readonly ImportRole[],
  skills: readonly ImportSkill[],
  choices: RoleChoices = {},
): ImportResult {
  const parsed = Papa.parse<string[]>(text.trim(), {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
  });
  return parseTeamRows(parsed.data, roles, skills, choices);
}

/**
 * A team from the rows of a sheet (CSV or XLSX): one row per person, a column « identifiant »
 * (pseudonymous), a column « métier » (the current role's id, title or an everyday name: see
 * resolveRoleName; a row the person chose a job for takes it), then one optional column per
 * skill (its id or label) holding aucune / générales / opérationnelles / approfondies or 0 to 3;
 * an empty cell keeps the role's level. Every problem is reported at once; nothing is imported
 * if there is any, or while a row's job is not sure.
 */
export function parseTeamRows(
  sheet: readonly (readonly CellValue[])[],
  roles: readonly ImportRole[],
  skills: readonly ImportSkill[],
  choices: RoleChoices = {},
): ImportResult {
  const [header, ...rows] = sheet
    .map((row) => row.map(cellText))
    .filter((row) => row.some((cell) => cell.trim() !== ''));
  if (!header || rows.length === 0) {
    return {
      ok: false,
      problems: [{ row: null, column: null, reason: 'le fichier ne contient aucune personne' }],
      pending: [],
    };
  }
  const problems: ImportProblem[] = [];
  if (rows.length > MAX_TEAM_ROWS) {
    problems.push({
      row: null,
      column: null,
      reason: `le fichier contient ${rows.length} personnes : ${MAX_TEAM_ROWS} au plus`,
    });
  }
  const columns = header.map((name) => name.trim());
  const folded = columns.map((name) => fold(name).trim());
  const idColumn = folded.findIndex((name) => ID_COLUMNS.includes(name));
  const roleColumn = folded.findIndex((name) => ROLE_COLUMNS.includes(name));
  if (idColumn < 0)
    problems.push({ row: 1, column: null, reason: 'il manque la colonne « identifiant »' });
  if (roleColumn < 0)
    problems.push({ row: 1, column: null, reason: 'il manque la colonne « métier »' });

  const skillIndex = byFolded(skills, (s) => [s.id, s.label]);
  const skillColumns = new Map<number, ImportSkill>();
  columns.forEach((name, i) => {
    if (i === idColumn || i === roleColumn || name === '') return;
    const skill = skillIndex.get(folded[i] ?? '');
    if (skill) skillColumns.set(i, skill);
    else
      problems.push({
        row: 1,
        column: name,
        reason: 'colonne inconnue : ni une compétence ni un champ attendu',
      });
  });
  if (problems.length > 0) return { ok: false, problems, pending: [] };

  const roleById = new Map(roles.map((r) => [r.id, r]));
  const pending: PendingRole[] = [];
  const firstRow = new Map<string, number>();
  const members: ImportedMember[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    const id = (cells[idColumn] ?? '').trim();
    const roleText = (cells[roleColumn] ?? '').trim();
    if (!id) problems.push({ row, column: columns[idColumn] ?? null, reason: 'identifiant vide' });
    else if (firstRow.has(id)) {
      problems.push({
        row,
        column: columns[idColumn] ?? null,
        reason: `identifiant « ${id} » déjà utilisé ligne ${firstRow.get(id) ?? ''}`,
      });
    } else firstRow.set(id, row);
    const chosen = choices[row];
    const found = chosen ? roleById.get(chosen) : undefined;
    const resolved = found ? { role: found } : roleText ? resolveRoleName(roleText, roles) : null;
    const role = resolved && 'role' in resolved ? resolved.role : undefined;
    if (!resolved)
      problems.push({ row, column: columns[roleColumn] ?? null, reason: 'métier vide' });
    else if ('candidates' in resolved)
      pending.push({ row, text: roleText, candidates: resolved.candidates });
    const levels: Record<string, Level | null> = {};
    const evidence: Record<string, GivenEvidence> = {};
    for (const [column, skill] of skillColumns) {
      const value = (cells[column] ?? '').trim();
      if (value === '') continue;
      const cell = parseLevelCell(value);
      if ('problem' in cell) {
        problems.push({ row, column: columns[column] ?? null, reason: cell.problem });
        continue;
      }
      levels[skill.id] = cell.level;
      if (cell.evidence && cell.level !== null) evidence[skill.id] = cell.evidence;
    }
    if (role && id)
      members.push({
        id,
        currentRoleId: role.id,
        levels,
        ...(Object.keys(evidence).length > 0 && { evidence }),
      });
  });
  return problems.length > 0 || pending.length > 0
    ? { ok: false, problems, pending }
    : { ok: true, members };
}
