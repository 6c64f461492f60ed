import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../schema/project-root.js';
import { createInterface } from 'node:readline';

export const LAUNCHER_DIR = projectPath('neo4j-launcher');

/** Counts Maven's "Downloaded from" lines so a first run shows progress, not silence. */
export function downloadProgress(line: string, state: { files: number; bytes: number }): boolean {
  const match = /^Downloaded from \S+: \S+ \(([\d.,]+) (B|kB|KB|MB|GB)/.exec(line);
  if (!match?.[1] || !match[2]) return false;
  const unit = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 }[match[2]] ?? 1;
  state.files += 1;
  state.bytes += Number(match[1].replace(',', '')) * unit;
  return true;
}

function cachedClasspath(file: string): string | null {
  if (!existsSync(file)) return null;
  const classpath = readFileSync(file, 'utf8').trim();
  const entries = classpath.split(path.delimiter);
  return entries.length > 0 && entries.every((jar) => existsSync(jar)) ? classpath : null;
}

/**
 * Resolves (and on first use downloads from Maven Central) the embedded Neo4j classpath.
 * The result is cached per pom.xml content, so later starts skip Maven entirely.
 */
export async function resolveClasspath(
  cacheDir: string,
  log: (msg: string) => void,
): Promise<string> {
  const pom = path.join(LAUNCHER_DIR, 'pom.xml');
  const digest = createHash('sha256').update(readFileSync(pom)).digest('hex').slice(0, 12);
  const outFile = path.join(cacheDir, `classpath-${digest}.txt`);
  const cached = cachedClasspath(outFile);
  if (cached) return cached;

  mkdirSync(cacheDir, { recursive: true });
  log('Resolving Neo4j with Maven (a first run downloads about 150 MB from Maven Central)…');
  const state = { files: 0, bytes: 0 };
  const tail: string[] = [];
  const mvn = spawn(
    'mvn',
    ['-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${outFile}`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines = createInterface({ input: mvn.stdout });
  lines.on('line', (line) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    if (downloadProgress(line, state) && state.files % 25 === 0) {
      log(`  downloaded ${state.files} files (${(state.bytes / 1e6).toFixed(1)} MB)…`);
    }
  });
  mvn.stderr.on('data', (chunk: Buffer) => tail.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve) => mvn.on('close', resolve));
  if (code !== 0) {
    throw new Error(
      `Maven could not resolve Neo4j (exit ${code}). Last output:\n${tail.join('\n')}`,
    );
  }
  if (state.files > 0)
    log(`  downloaded ${state.files} files (${(state.bytes / 1e6).toFixed(1)} MB).`);
  const classpath = cachedClasspath(outFile);
  if (!classpath) throw new Error(`Maven finished but wrote no usable classpath to ${outFile}`);
  return classpath;
}
