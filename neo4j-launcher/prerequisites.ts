import { spawnSync } from 'node:child_process';

/** Extracts the major version from `java -version` output ("17.0.15", "1.8.0_402", "21"). */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

const HOW_TO_SKIP =
  'or set NEO4J_URI to use a Neo4j server you already run (Aura, a cluster, your own install).';

/**
 * Says exactly what is missing to run the local Neo4j, or null when Java 17+ and Maven are there.
 */
export function missingPrerequisites(): string | null {
  const problems: string[] = [];
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) {
    problems.push(
      "Java 17 or newer is required: 'java' was not found on PATH (Debian: apt-get install openjdk-17-jdk-headless).",
    );
  } else {
    const major = parseJavaMajor(`${java.stderr}${java.stdout}`);
    if (major === null || major < 17) {
      problems.push(
        `Java 17 or newer is required, found: ${java.stderr.split('\n')[0] ?? 'unknown'}.`,
      );
    }
  }
  const maven = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (maven.error) {
    problems.push(
      "Apache Maven is required to download Neo4j: 'mvn' was not found on PATH (Debian: apt-get install maven).",
    );
  }
  if (problems.length === 0) return null;
  return `Cannot start the local Neo4j:\n- ${problems.join('\n- ')}\n${HOW_TO_SKIP}`;
}
