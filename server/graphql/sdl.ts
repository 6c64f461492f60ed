import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { projectPath } from '../../schema/project-root.js';

/**
 * The API contract: server/graphql/base.graphql (the schema, its error codes, the root types)
 * and each module's part, server/modules/<concept>/<concept>.graphql, which extends Query or
 * Mutation with its fields and declares its types. npm run codegen reads the same files.
 */
const SERVER_DIR = `${projectPath('server')}/`;

const moduleParts = readdirSync(`${SERVER_DIR}modules`)
  .sort()
  .map((concept) => `${SERVER_DIR}modules/${concept}/${concept}.graphql`)
  .filter((file) => existsSync(file));

export const SDL_FILES: readonly string[] = [`${SERVER_DIR}graphql/base.graphql`, ...moduleParts];

export const typeDefs = SDL_FILES.map((file) => readFileSync(file, 'utf8')).join('\n');
