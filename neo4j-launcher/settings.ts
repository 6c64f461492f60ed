import path from 'node:path';
import { z } from 'zod';

/** Empty environment variables count as unset. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const envSchema = z.object({
  NEO4J_URI: optional(
    z
      .string()
      .regex(
        /^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/,
        'NEO4J_URI must be a bolt:// or neo4j:// URI (optionally +s or +ssc)',
      ),
  ),
  NEO4J_USER: optional(z.string()),
  NEO4J_PASSWORD: optional(z.string()),
  NEO4J_DATABASE: optional(z.string().min(1)),
  NEO4J_PORT: optional(z.coerce.number().int().min(1).max(65535)),
  NEO4J_HOME: optional(z.string()),
});

export type DatabaseSettings =
  | { kind: 'remote'; uri: string; user: string; password: string; database: string | undefined }
  | { kind: 'local'; port: number; homeDir: string; cacheDir: string; database: undefined };

export const DEFAULT_LOCAL_PORT = 7687;

/**
 * NEO4J_URI set: use that server (Aura, a cluster, one's own install) and start nothing.
 * Otherwise: a local embedded Neo4j on 127.0.0.1:NEO4J_PORT with its store in NEO4J_HOME.
 */
export function loadDatabaseSettings(
  env: NodeJS.ProcessEnv,
  defaults: { port: number; home: string } = { port: DEFAULT_LOCAL_PORT, home: '.neo4j/dev' },
): DatabaseSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Invalid configuration: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }
  const vars = parsed.data;
  if (vars.NEO4J_URI) {
    return {
      kind: 'remote',
      uri: vars.NEO4J_URI,
      user: vars.NEO4J_USER ?? 'neo4j',
      password: vars.NEO4J_PASSWORD ?? '',
      database: vars.NEO4J_DATABASE,
    };
  }
  return {
    kind: 'local',
    port: vars.NEO4J_PORT ?? defaults.port,
    homeDir: path.resolve(vars.NEO4J_HOME ?? defaults.home),
    cacheDir: path.resolve('.neo4j/cache'),
    database: undefined,
  };
}
