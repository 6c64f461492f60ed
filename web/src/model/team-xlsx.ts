import { compareFrench } from './french.js';
import type { Skill, TeamGap } from '../api/types.js';
import {
  evidenceText,
  isDerivedSource,
  LEVEL_LABEL,
  levelText,
  SKILL_KIND_LABEL,
} from './labels.js';
import {
  EVIDENCE_HINT,
  parseTeamRows,
  type CellValue,
  type ImportResult,
  type ImportRole,
  type ImportSkill,
  type RoleChoices,
} from './team-import.js';
import { aboutRows, peopleRows, planRows } from './team-map.js';

/** One sheet of a workbook: its name and its rows (text or numbers). */
export interface SheetSpec {
  sheet: string;
  data: (string | number | null)[][];
}

const LEVEL_SCALE: [string, string][] = [
  ['aucune (ou 0)', 'la compétence n’est pas acquise'],
  ['générales (ou 1)', 'connaissances générales : quelques semaines'],
  ['opérationnelles (ou 2)', 'connaissances opérationnelles : quelques mois à deux ans'],
  ['approfondies (ou 3)', 'connaissances approfondies : deux à cinq ans'],
];

/** The team template's first sheet: its name, and its skills in the order of its columns. */
export const TEAM_SHEET = 'Équipe';
export const templateSkills = <S extends { label: string }>(skills: readonly S[]): S[] =>
  [...skills].sort((a, b) => compareFrench(a.label, b.label));
export const teamHeader = (sorted: readonly { label: string }[]): string[] => [
  'identifiant',
  'métier',
  ...sorted.map((s) => s.label),
];

/** The import template: the header row to fill in, and a sheet listing every skill and the scale. */
export function templateSheets(
  skills: readonly Skill[],
  roles: readonly ImportRole[] = [],
): SheetSpec[] {
  const sorted = templateSkills(skills);
  const jobs = [...roles].sort((a, b) => compareFrench(a.title, b.title));
  return [
    {
      sheet: TEAM_SHEET,
      data: [teamHeader(sorted), ['p-001', 'secretaire-medicale', ...sorted.map(() => null)]],
    },
    {
      // The « métier » column takes the id, the title or one of the everyday names.
      sheet: 'Métiers',
      data: [
        ['id', 'intitulé', 'noms usuels acceptés dans la colonne « métier »'],
        ...jobs.map((r) => [r.id, r.title, (r.aliases ?? []).join(' ; ')]),
      ],
    },
    {
      sheet: 'Compétences',
      data: [
        ['id', 'type', 'libellé'],
        ...sorted.map((s) => [s.id, SKILL_KIND_LABEL[s.kind], s.label]),
        [],
        ['niveau', 'signification'],
        ...LEVEL_SCALE,
        [],
        ['preuve du niveau (facultatif)', EVIDENCE_HINT],
        ['déclaré', 'la personne le dit (par défaut)'],
        ['validé', 'son encadrement l’a validé, à l’entretien professionnel par exemple'],
        ['certifié', 'un diplôme, un bloc de certification ou une VAE l’atteste'],
      ],
    },
  ];
}

/**
 * The team map as a workbook: synthèse (what it is about and the summary), carte des écarts
 * (person × skill), besoins par bloc (the plan to fund, then what no block covers), parcours
 * individuels (each person's target, match, months and readiness).
 */
export function teamMapSheets(
  gap: TeamGap,
  target: string,
  date: Date,
  datasetVersion: string | null,
): SheetSpec[] {
  const skills = new Map<string, Skill>();
  for (const member of gap.members)
    for (const missing of member.gap.missing) skills.set(missing.skill.id, missing.skill);
  const columns = [...skills.values()].sort((a, b) => compareFrench(a.label, b.label));
  const { summary } = gap;
  return [
    {
      sheet: 'Synthèse',
      data: [
        ...aboutRows(target, date, datasetVersion),
        [],
        ['Personnes', summary.headcount],
        ['Adéquation moyenne (%)', Math.round(summary.averageMatch)],
        ['Prêtes en moins de 12 mois', summary.readyWithin12Months],
        [],
        ['Compétences les plus manquantes', 'personnes'],
        ...summary.topMissingSkills.map((s) => [s.skill.label, s.people]),
      ],
    },
    {
      sheet: 'Carte des écarts',
      data: [
        ['identifiant', ...columns.map((s) => s.label)],
        ...gap.members.map((m) => {
          const missing = new Map(m.gap.missing.map((s) => [s.skill.id, s]));
          return [
            m.id,
            ...columns.map((s) => {
              const need = missing.get(s.id);
              if (!need) return null;
              const required = levelText(need.requiredLevel, isDerivedSource(need.levelSource));
              // How her current level is known, when she gave it: a declared one is never proof.
              return need.currentEvidence && need.currentLevel
                ? `${required} (actuel : ${LEVEL_LABEL[need.currentLevel]}, ${evidenceText(need.currentEvidence, need.currentEvidenceDate)})`
                : required;
            }),
          ];
        }),
      ],
    },
    {
      sheet: 'Besoins par bloc',
      data: planRows(gap),
    },
    {
      sheet: 'Parcours individuels',
      data: peopleRows(gap),
    },
  ];
}

/** An .xlsx file of these sheets (the writer is loaded only when a workbook is asked for). */
export async function toXlsx(sheets: readonly SheetSpec[]): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  return writeExcelFile(sheets.map(({ sheet, data }) => ({ sheet, data }))).toBlob();
}

/** A team from the first sheet of an .xlsx file (the reader is loaded only when needed). */
export async function readTeamXlsx(
  file: Blob | ArrayBuffer,
  roles: readonly ImportRole[],
  skills: readonly ImportSkill[],
  choices: RoleChoices = {},
): Promise<ImportResult> {
  const { readSheet } = await import('read-excel-file/universal');
  try {
    const rows = (await readSheet(file)).map((row) =>
      row.map((cell): CellValue =>
        typeof cell === 'string' ||
        typeof cell === 'number' ||
        typeof cell === 'boolean' ||
        cell instanceof Date
          ? cell
          : null,
      ),
    );
    return parseTeamRows(rows, roles, skills, choices);
  } catch {
    return {
      ok: false,
      problems: [
        { row: null, column: null, reason: 'ce fichier Excel (.xlsx) ne peut pas être lu' },
      ],
      pending: [],
    };
  }
}
