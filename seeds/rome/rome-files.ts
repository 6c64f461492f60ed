/**
 * The ROME 4.0 files an import reads, as France Travail distributes them
 * (`unix_<name>_<version>_utf8.csv`, or gzipped), and the columns each must have.
 */
export const ROME_FILES = {
  fiches: {
    name: 'referentiel_code_rome',
    columns: ['code_rome', 'libelle_rome', 'emploi_reglemente', 'emploi_cadre'],
  },
  domains: {
    name: 'cr_gd_dp',
    columns: [
      'code_rome',
      'libelle_grand_domaine',
      'code_domaine_professionel',
      'libelle_domaine_professionel',
    ],
  },
  appellations: {
    name: 'referentiel_appellation',
    columns: ['code_ogr', 'libelle_appellation_long', 'code_rome'],
  },
  competences: {
    name: 'referentiel_competence',
    columns: ['code_ogr', 'nature', 'libelle_competence', 'cat_comp', 'sous_cat_comp'],
  },
  savoirs: {
    name: 'referentiel_savoir',
    columns: ['code_ogr_savoir', 'libelle_savoir', 'categorie_savoir', 'sous_categorie_savoir'],
  },
  links: {
    name: 'liens_rome_referentiels',
    columns: ['code_rome', 'code_compo_bloc', 'code_rubrique', 'code_ogr'],
  },
  core: {
    name: 'coherence_item',
    columns: ['code_rome', 'code_ogr', 'coeur_metier'],
  },
  mobilities: {
    name: 'rubrique_mobilite',
    columns: ['code_rome', 'code_rome_cible', 'numero_ordre'],
  },
  texts: {
    name: 'texte',
    columns: ['code_rome', 'libelle_type_texte', 'position_phrase', 'libelle_texte'],
  },
} as const;

export type RomeFileKey = keyof typeof ROME_FILES;
export const ROME_FILE_KEYS = Object.keys(ROME_FILES) as RomeFileKey[];

/** The release note beside the CSV files. */
export const ROME_VERSION_FILE = 'version.txt';

/** `unix_<name>_<version>_utf8.csv` */
export const romeFileName = (key: RomeFileKey, version: string): string =>
  `unix_${ROME_FILES[key].name}_${version}_utf8.csv`;

/** The CSV texts of one release, by file, with the names they were read under. */
export interface RomeTexts {
  version: string;
  files: Record<RomeFileKey, { name: string; text: string }>;
  versionNote: string;
}

export interface RomeError {
  /** "file: line N" or "file" */
  where: string;
  message: string;
}
