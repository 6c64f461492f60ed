import { NODE_LABELS, type NodeLabel } from './nodes.js';
import { ROME_LABELS, ROME_STAGING_LABEL } from './rome.js';

/**
 * Cypher DDL for the graph model. Labels cannot be query parameters, so statements are built
 * from the model's own label list, never from input. Every statement is idempotent.
 */
const snake = (label: string) => label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

/** Versioned by its definition: a store made with an older one drops it (schemaStatements). */
export const FULLTEXT_INDEX = 'passerelles_text_v2';
const FORMER_FULLTEXT_INDEXES = ['passerelles_text'];
/** ROME's fiches (titles and appellations) and items, when ROME is imported (schema/rome.ts). */
export const ROME_FULLTEXT_INDEX = 'rome_text';

/** Labels whose French text is searchable, and the properties that hold it. */
export const FULLTEXT_LABELS: readonly NodeLabel[] = [
  'Role',
  'Skill',
  'Activity',
  'TrainingBlock',
  'TrainingItem',
  'Condition',
  'FutureProfile',
  'TensionAxis',
  'Scenario',
  'DiagnosticItem',
  'Statement',
  'TrainingProgramme',
  'Organisation',
  'JobSheet',
];
const FULLTEXT_PROPERTIES = [
  'title',
  'label',
  'aliases',
  'text',
  'name',
  'definition',
  'description',
];

export const schemaStatements: readonly string[] = [
  ...NODE_LABELS.map(
    (label) =>
      `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE CONSTRAINT dataset_version_id IF NOT EXISTS FOR (n:DatasetVersion) REQUIRE n.id IS UNIQUE',
  // The workbench's own nodes (schema/workbench.ts); the seeding never touches them.
  'CREATE CONSTRAINT account_id IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT account_email IF NOT EXISTS FOR (n:Account) REQUIRE n.email IS UNIQUE',
  'CREATE CONSTRAINT session_token IF NOT EXISTS FOR (n:Session) REQUIRE n.tokenHash IS UNIQUE',
  'CREATE CONSTRAINT login_throttle_key IF NOT EXISTS FOR (n:LoginThrottle) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (n:Draft) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT draft_version_key IF NOT EXISTS FOR (n:DraftVersion) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT publication_key IF NOT EXISTS FOR (n:Publication) REQUIRE n.key IS UNIQUE',
  'CREATE INDEX role_family IF NOT EXISTS FOR (n:Role) ON (n.family)',
  'CREATE INDEX skill_kind IF NOT EXISTS FOR (n:Skill) ON (n.kind)',
  'CREATE INDEX moves_to_family IF NOT EXISTS FOR ()-[r:MOVES_TO]-() ON (r.family)',
  ...FORMER_FULLTEXT_INDEXES.map((name) => `DROP INDEX ${name} IF EXISTS`),
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${FULLTEXT_LABELS.join('|')}) ` +
    `ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}] ` +
    "OPTIONS { indexConfig: { `fulltext.analyzer`: 'french' } }",
  // ROME: its live and staged labels, and its own full-text index.
  ...[...ROME_LABELS, ...Object.values(ROME_STAGING_LABEL)].map(
    (label) =>
      `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  `CREATE FULLTEXT INDEX ${ROME_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ROME_LABELS.join('|')}) ` +
    'ON EACH [n.title, n.label, n.appellations] ' +
    "OPTIONS { indexConfig: { `fulltext.analyzer`: 'french' } }",
];

/** The index or constraint a statement of schemaStatements creates or drops, by name. */
export function schemaObjectName(statement: string): string {
  const name = /^(?:CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX)|DROP INDEX) (\w+) /.exec(
    statement,
  )?.[1];
  if (!name) throw new Error(`schema statement without a name: ${statement}`);
  return name;
}

/**
 * The statements still to run on a store that has the indexes and constraints `existing`
 * (names): a create whose name is absent, a drop whose name is present. A warm start runs none
 * (37 statements took about 2 s on a Neo4j just started, each a no-op).
 */
export function pendingSchemaStatements(
  statements: readonly string[],
  existing: ReadonlySet<string>,
): string[] {
  return statements.filter((statement) =>
    statement.startsWith('DROP')
      ? existing.has(schemaObjectName(statement))
      : !existing.has(schemaObjectName(statement)),
  );
}
