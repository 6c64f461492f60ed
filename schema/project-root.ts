import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding the project's package.json, found upwards from `start`: the same from the
 * TypeScript sources (schema/) and from the compiled server (dist/schema/), so that files read
 * at run time (the SDL, the dataset, the web app, the Neo4j launcher) are found from either.
 */
export function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the project: projectPath('seeds', 'data'). */
export const projectPath = (...segments: string[]): string => path.join(PROJECT_ROOT, ...segments);
