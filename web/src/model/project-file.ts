import * as z from 'zod/mini';
import type { Level, LevelEvidence, Skill } from '../api/types.js';
import { LEVEL_LABEL, evidenceText } from './labels.js';
import type { GivenEvidence } from './team-import.js';
import { storedEvidence, storedLevels } from './level-schemas.js';
import { TEAM_SHEET, teamHeader, templateSkills, type SheetSpec } from './team-xlsx.js';

/**
 * « Mon projet »: what a person gathers to act on a route, kept by her only. Saved as a JSON file
 * she reopens later, and as a workbook whose first sheet is the team template with her one row,
 * which HR imports into the team map. Nothing of it is stored on the server.
 */
export interface Project {
  currentRoleId: string;
  targetRoleId: string;
  /** The levels she gave (null: « aucune »); the others are her job's. */
  levels: Record<string, Level | null>;
  /** How each given level is known (absent: declared). */
  evidence: Record<string, GivenEvidence>;
  serviceYears: number | null;
}

export const PROJECT_FORMAT = 'passerelles-projet';

// Only the zod features the planner already loads (it shares their chunk): the format, the
// version and the ranges are checked by hand below.
const projectFile = z.object({
  format: z.string(),
  version: z.number(),
  savedAt: z.string(),
  currentRoleId: z.string(),
  targetRoleId: z.string(),
  levels: storedLevels,
  evidence: storedEvidence,
  serviceYears: z.nullable(z.number()),
});

/** The JSON file she keeps: the project, what it is and when it was saved. */
export function projectJson(project: Project, savedAt: Date = new Date()): string {
  return JSON.stringify(
    { format: PROJECT_FORMAT, version: 1, savedAt: savedAt.toISOString(), ...project },
    null,
    2,
  );
}

/** A file she reopens: the project, or what is wrong with it in her words. */
export function readProjectJson(text: string): { project: Project } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      problem: 'ce fichier n’est pas un projet enregistré par Passerelles (JSON illisible)',
    };
  }
  const parsed = projectFile.safeParse(data);
  const ok =
    parsed.success &&
    parsed.data.format === PROJECT_FORMAT &&
    parsed.data.version === 1 &&
    parsed.data.currentRoleId !== '' &&
    parsed.data.targetRoleId !== '' &&
    (parsed.data.serviceYears === null ||
      (parsed.data.serviceYears >= 0 && parsed.data.serviceYears <= 50));
  if (!ok)
    return {
      problem:
        'ce fichier n’est pas un projet enregistré par Passerelles, ou il a été modifié : rouvrez le fichier « mon-projet.json » d’origine',
    };
  const { format: _f, version: _v, savedAt: _s, evidence, ...project } = parsed.data;
  return { project: { ...project, evidence: evidence ?? {} } };
}

/** A level cell as the team import reads it: « opérationnelles déclaré », « aucune ». */
export function levelCell(level: Level | null, evidence: LevelEvidence, date: string | null) {
  if (level === null) return 'aucune';
  return `${LEVEL_LABEL[level]} ${evidenceText(evidence, date)}`;
}

/**
 * The workbook for HR: first sheet exactly the team template (same name, same columns, in the
 * same order), one row — her pseudonym, her job, and each level she gave with how it is known.
 */
export function projectSheets(
  project: Project,
  skills: readonly Skill[],
  pseudonym: string,
  summary: (string | number | null)[][],
): SheetSpec[] {
  const sorted = templateSkills(skills);
  const row = [
    pseudonym,
    project.currentRoleId,
    ...sorted.map((s) => {
      if (!(s.id in project.levels)) return null;
      const known = project.evidence[s.id];
      return levelCell(
        project.levels[s.id] ?? null,
        known?.kind ?? 'DECLARED',
        known?.date ?? null,
      );
    }),
  ];
  return [
    { sheet: TEAM_SHEET, data: [teamHeader(sorted), row] },
    { sheet: 'Mon projet', data: summary },
  ];
}
