import Papa from 'papaparse';
import type { Level, SkillKind } from '../../schema/common.js';
import {
  romeSource,
  type RomeFiche,
  type RomeGraph,
  type RomeMobility,
  type RomeRelease,
  type RomeRequires,
  type RomeSkill,
} from '../../schema/rome.js';
import {
  ROME_FILE_KEYS,
  ROME_FILES,
  type RomeError,
  type RomeFileKey,
  type RomeTexts,
} from './rome-files.js';

export type ParseOutcome =
  { ok: true; graph: RomeGraph } | { ok: false; errors: RomeError[]; more: number };

/** Past this many, errors are counted, not listed. */
const MAX_LISTED = 50;

class Errors {
  readonly list: RomeError[] = [];
  more = 0;
  add(where: string, message: string): void {
    if (this.list.length < MAX_LISTED) this.list.push({ where, message });
    else this.more++;
  }
  any(): boolean {
    return this.list.length > 0;
  }
}

type Row = Record<string, string>;
interface Table {
  file: string;
  rows: { line: number; row: Row }[];
}

function readTable(file: string, text: string, columns: readonly string[], errors: Errors): Table {
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  const missing = columns.filter((c) => !fields.includes(c));
  if (missing.length > 0) {
    errors.add(
      `${file}: line 1`,
      `bad header: missing column(s) ${missing.join(', ')} (found: ${fields.join(', ') || 'none'})`,
    );
    return { file, rows: [] };
  }
  for (const e of parsed.errors) errors.add(`${file}: line ${(e.row ?? 0) + 2}`, e.message);
  return { file, rows: parsed.data.map((row, i) => ({ line: i + 2, row })) };
}

/** « Numero de version : 60 », « Date de publication : 18/09/2025 », « Titre/commentaire : … ». */
function readRelease(note: string, code: string, errors: Errors): RomeRelease | null {
  const field = (name: string) =>
    new RegExp(`^${name}\\s*:\\s*(.+?)\\s*$`, 'mi').exec(note)?.[1] ?? null;
  const number = field('Numero de version');
  const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(field('Date de publication') ?? '');
  if (!number || !date) {
    errors.add(
      'version.txt',
      'needs « Numero de version : N » and « Date de publication : JJ/MM/AAAA »',
    );
    return null;
  }
  if (!code.endsWith(number)) {
    errors.add('version.txt', `version ${number} does not match the files' ${code}`);
    return null;
  }
  return {
    number,
    code,
    published: `${date[3]}-${date[2]}-${date[1]}`,
    title: field('Titre/commentaire') ?? `ROME 4.0 version ${number}`,
  };
}

const FLAG: Readonly<Record<string, boolean | null>> = { O: true, N: false, '': null };
const RUBRIQUE_KIND: Readonly<Record<string, SkillKind>> = {
  '1': 'SAVOIR_FAIRE',
  '2': 'SAVOIR_ETRE',
  '3': 'KNOWLEDGE',
};
const CORE: Readonly<Record<string, RomeRequires['core']>> = {
  Principale: 'PRINCIPALE',
  Émergente: 'EMERGENTE',
  '': null,
};
/** The savoirs that are diplomas, certificates or licences, not knowledge. */
const CERTIFICATIONS = 'Certifications et habilitations';
/** The block of `liens_rome_referentiels` that links a fiche to its competences and savoirs. */
const SKILLS_BLOCK = '5';

/** ROME gives no level: the project's reading of its « cœur de métier » mark, said as derived. */
export const ROME_LEVEL: Readonly<Record<'core' | 'other', { level: Level; levelSource: string }>> =
  {
    core: {
      level: 'OPERATIONAL',
      levelSource:
        'derived: ROME ne donne pas de niveau ; un item « cœur de métier » (Principale) de la fiche est pris au niveau opérationnel',
    },
    other: {
      level: 'GENERAL',
      levelSource:
        'derived: ROME ne donne pas de niveau ; un item émergent ou hors du cœur de métier est pris au niveau général',
    },
  };

/**
 * Checks every file of a release and builds what an import writes: fiches (with their domain and
 * appellations), competences and savoirs, fiche → item links (with ROME's core mark) and
 * mobilities (with their rank). Every problem is reported with its file and line; nothing is
 * built from a release with one.
 */
export function parseRome(texts: RomeTexts): ParseOutcome {
  const errors = new Errors();
  const release = readRelease(texts.versionNote, texts.version, errors);
  const tables = {} as Record<RomeFileKey, Table>;
  for (const key of ROME_FILE_KEYS) {
    const { name, text } = texts.files[key];
    tables[key] = readTable(name, text, ROME_FILES[key].columns, errors);
  }
  if (errors.any() || !release) return { ok: false, errors: errors.list, more: errors.more };

  const source = (key: RomeFileKey) => romeSource(release, texts.files[key].name);
  const fiches = readFiches(tables, source('fiches'), errors);
  const skills = readSkills(tables, source('competences'), source('savoirs'), errors);
  const requires = readRequires(tables, fiches, skills, source('links'), errors);
  const mobilities = readMobilities(tables.mobilities, fiches, source('mobilities'), errors);
  if (errors.any()) return { ok: false, errors: errors.list, more: errors.more };
  return {
    ok: true,
    graph: {
      release,
      fiches: [...fiches.values()],
      skills: [...skills.values()],
      requires,
      mobilities,
    },
  };
}

function readFiches(
  tables: Record<RomeFileKey, Table>,
  source: string,
  errors: Errors,
): Map<string, RomeFiche> {
  const fiches = new Map<string, RomeFiche>();
  for (const { line, row } of tables.fiches.rows) {
    const where = `${tables.fiches.file}: line ${line}`;
    const code = row.code_rome ?? '';
    if (!/^[A-Z]\d{4}$/.test(code)) errors.add(where, `code_rome « ${code} » is not a ROME code`);
    else if (fiches.has(code)) errors.add(where, `duplicate fiche ${code}`);
    else if (!row.libelle_rome) errors.add(where, `fiche ${code} has no libelle_rome`);
    else
      fiches.set(code, {
        id: code,
        title: row.libelle_rome,
        regulated: FLAG[row.emploi_reglemente ?? ''] ?? null,
        cadre: FLAG[row.emploi_cadre ?? ''] ?? null,
        domainCode: '',
        domain: '',
        grandDomain: '',
        appellations: [],
        definition: '',
        access: '',
        source,
      });
  }
  for (const { line, row } of tables.domains.rows) {
    const fiche = fiches.get(row.code_rome ?? '');
    if (!fiche) {
      errors.add(`${tables.domains.file}: line ${line}`, `dangling fiche « ${row.code_rome} »`);
      continue;
    }
    fiche.domainCode = row.code_domaine_professionel ?? '';
    fiche.domain = row.libelle_domaine_professionel ?? '';
    fiche.grandDomain = row.libelle_grand_domaine ?? '';
  }
  readTexts(tables.texts, fiches, errors);
  for (const { line, row } of tables.appellations.rows) {
    const fiche = fiches.get(row.code_rome ?? '');
    if (!fiche)
      errors.add(
        `${tables.appellations.file}: line ${line}`,
        `dangling fiche « ${row.code_rome} »`,
      );
    else if (row.libelle_appellation_long) fiche.appellations.push(row.libelle_appellation_long);
  }
  return fiches;
}

/** France Travail doubles the apostrophes of its free texts (« l''accueil »). */
const undoubled = (text: string) => text.replace(/''/g, '’').replace(/'/g, '’');

/** A fiche's definition and access sentences, in ROME's order. */
function readTexts(table: Table, fiches: ReadonlyMap<string, RomeFiche>, errors: Errors): void {
  const sentences = new Map<string, { position: number; text: string }[]>();
  for (const { line, row } of table.rows) {
    const kind = row.libelle_type_texte;
    if (kind !== 'definition' && kind !== 'acces_metier') continue;
    if (!fiches.has(row.code_rome ?? '')) {
      errors.add(`${table.file}: line ${line}`, `dangling fiche « ${row.code_rome} »`);
      continue;
    }
    const key = `${row.code_rome}|${kind}`;
    const list = sentences.get(key) ?? [];
    list.push({
      position: Number(row.position_phrase) || 0,
      text: undoubled(row.libelle_texte ?? ''),
    });
    sentences.set(key, list);
  }
  for (const [key, list] of sentences) {
    const [code = '', kind] = key.split('|');
    const fiche = fiches.get(code);
    if (!fiche) continue;
    const text = list
      .sort((a, b) => a.position - b.position)
      .map((s) => s.text.trim())
      .join(' ');
    if (kind === 'definition') fiche.definition = text;
    else fiche.access = text;
  }
}

function readSkills(
  tables: Record<RomeFileKey, Table>,
  competenceSource: string,
  savoirSource: string,
  errors: Errors,
): Map<string, RomeSkill> {
  const skills = new Map<string, RomeSkill>();
  const add = (where: string, skill: RomeSkill) => {
    if (!/^\d+$/.test(skill.id)) errors.add(where, `code « ${skill.id} » is not an OGR code`);
    else if (skills.has(skill.id)) errors.add(where, `duplicate competence or savoir ${skill.id}`);
    else if (!skill.label) errors.add(where, `item ${skill.id} has no label`);
    else skills.set(skill.id, skill);
  };
  for (const { line, row } of tables.competences.rows) {
    add(`${tables.competences.file}: line ${line}`, {
      id: row.code_ogr ?? '',
      label: row.libelle_competence ?? '',
      kind: row.cat_comp === 'Savoir-être professionnel' ? 'SAVOIR_ETRE' : 'SAVOIR_FAIRE',
      origin: row.nature === 'Macro-compétence' ? 'MACRO_COMPETENCE' : 'COMPETENCE',
      category: row.cat_comp ?? '',
      subCategory: row.sous_cat_comp ?? '',
      source: competenceSource,
    });
  }
  for (const { line, row } of tables.savoirs.rows) {
    add(`${tables.savoirs.file}: line ${line}`, {
      id: row.code_ogr_savoir ?? '',
      label: row.libelle_savoir ?? '',
      kind: 'KNOWLEDGE',
      origin: row.categorie_savoir === CERTIFICATIONS ? 'CERTIFICATION' : 'SAVOIR',
      category: row.categorie_savoir ?? '',
      subCategory: row.sous_categorie_savoir ?? '',
      source: savoirSource,
    });
  }
  return skills;
}

function readRequires(
  tables: Record<RomeFileKey, Table>,
  fiches: ReadonlyMap<string, RomeFiche>,
  skills: ReadonlyMap<string, RomeSkill>,
  source: string,
  errors: Errors,
): RomeRequires[] {
  const core = new Map<string, string>();
  for (const { line, row } of tables.core.rows) {
    const mark = row.coeur_metier ?? '';
    if (!(mark in CORE))
      errors.add(`${tables.core.file}: line ${line}`, `coeur_metier « ${mark} » is unknown`);
    else core.set(`${row.code_rome}>${row.code_ogr}`, mark);
  }
  const seen = new Set<string>();
  const requires: RomeRequires[] = [];
  for (const { line, row } of tables.links.rows) {
    if (row.code_compo_bloc !== SKILLS_BLOCK) continue;
    const where = `${tables.links.file}: line ${line}`;
    const fiche = row.code_rome ?? '';
    const skill = row.code_ogr ?? '';
    const kind = RUBRIQUE_KIND[row.code_rubrique ?? ''];
    const key = `${fiche}>${skill}`;
    if (!fiches.has(fiche)) errors.add(where, `dangling fiche « ${fiche} »`);
    else if (!skills.has(skill)) errors.add(where, `dangling competence or savoir « ${skill} »`);
    else if (!kind) errors.add(where, `code_rubrique « ${row.code_rubrique} » is not 1, 2 or 3`);
    else if (seen.has(key)) errors.add(where, `duplicate link ${fiche} → ${skill}`);
    else {
      seen.add(key);
      const mark = CORE[core.get(key) ?? ''] ?? null;
      requires.push({
        fiche,
        skill,
        kind,
        core: mark,
        ...(mark === 'PRINCIPALE' ? ROME_LEVEL.core : ROME_LEVEL.other),
        source,
      });
    }
  }
  return requires;
}

function readMobilities(
  table: Table,
  fiches: ReadonlyMap<string, RomeFiche>,
  source: string,
  errors: Errors,
): RomeMobility[] {
  const seen = new Set<string>();
  const mobilities: RomeMobility[] = [];
  for (const { line, row } of table.rows) {
    const where = `${table.file}: line ${line}`;
    const from = row.code_rome ?? '';
    const to = row.code_rome_cible ?? '';
    const rank = Number(row.numero_ordre);
    if (!fiches.has(from)) errors.add(where, `dangling fiche « ${from} »`);
    else if (!fiches.has(to)) errors.add(where, `dangling target fiche « ${to} »`);
    else if (!Number.isInteger(rank) || rank < 1)
      errors.add(where, `numero_ordre « ${row.numero_ordre} » is not a rank`);
    else if (seen.has(`${from}>${to}`)) errors.add(where, `duplicate mobility ${from} → ${to}`);
    else {
      seen.add(`${from}>${to}`);
      mobilities.push({ from, to, rank, source });
    }
  }
  return mobilities;
}
