import { readFileSync } from 'node:fs';
import { projectPath } from '../../schema/project-root.js';
import { parse } from 'yaml';
import { romeJoinsFileSchema, type RomeGraph, type RomeJoins } from '../../schema/rome.js';
import type { RomeError } from './rome-files.js';

export const ROME_JOINS_FILE = projectPath('seeds', 'rome-joins.yaml');
const FILE = 'rome-joins.yaml';

export type JoinsOutcome = { ok: true; joins: RomeJoins } | { ok: false; errors: RomeError[] };

/** Reads and shapes the joins file (its ids are checked against the data by checkRomeJoins). */
export function readRomeJoins(file = ROME_JOINS_FILE): JoinsOutcome {
  const parsed = romeJoinsFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (parsed.success) return { ok: true, joins: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      where: `${FILE}: ${issue.path.join('.')}`,
      message: issue.message,
    })),
  };
}

/**
 * Every role and skill must be the study's, every fiche, appellation and item the release's;
 * each line once, and a role either is a fiche's job or bears an appellation, not both.
 */
export function checkRomeJoins(
  joins: RomeJoins,
  study: { roles: ReadonlySet<string>; skills: ReadonlySet<string> },
  rome: Pick<RomeGraph, 'fiches' | 'skills'>,
): RomeError[] {
  const appellationsOf = new Map(rome.fiches.map((f) => [f.id, f.appellations]));
  const fiches = new Set(appellationsOf.keys());
  const items = new Set(rome.skills.map((s) => s.id));
  const errors: RomeError[] = [];
  const seen = new Set<string>();
  joins.roles.forEach((j, i) => {
    const where = `${FILE}: roles.${i}`;
    if (!study.roles.has(j.role)) errors.push({ where, message: `no study role « ${j.role} »` });
    if (!fiches.has(j.fiche)) errors.push({ where, message: `no ROME fiche « ${j.fiche} »` });
    if (seen.has(`r:${j.role}`)) errors.push({ where, message: `role ${j.role} joined twice` });
    seen.add(`r:${j.role}`);
  });
  joins.appellations.forEach((j, i) => {
    const where = `${FILE}: appellations.${i}`;
    if (!study.roles.has(j.role)) errors.push({ where, message: `no study role « ${j.role} »` });
    const titles = appellationsOf.get(j.fiche);
    if (!titles) errors.push({ where, message: `no ROME fiche « ${j.fiche} »` });
    else if (!titles.includes(j.appellation))
      errors.push({ where, message: `fiche ${j.fiche} has no appellation « ${j.appellation} »` });
    if (seen.has(`r:${j.role}`)) errors.push({ where, message: `role ${j.role} joined twice` });
    seen.add(`r:${j.role}`);
  });
  joins.skills.forEach((j, i) => {
    const where = `${FILE}: skills.${i}`;
    if (!study.skills.has(j.skill))
      errors.push({ where, message: `no study skill « ${j.skill} »` });
    if (!items.has(j.item)) errors.push({ where, message: `no ROME item « ${j.item} »` });
    if (seen.has(`s:${j.skill}>${j.item}`))
      errors.push({ where, message: `skill ${j.skill} joined twice to ${j.item}` });
    seen.add(`s:${j.skill}>${j.item}`);
  });
  return errors;
}
