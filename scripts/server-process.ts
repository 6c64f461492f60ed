import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the server printed, for failure messages. */
  output(): string;
  /** When it was started, when its Neo4j said it was ready (null: not seen), when it listened. */
  timing: { spawnedAt: number; neo4jReadyAt: number | null; listeningAt: number };
  /** The pid of the local Neo4j JVM the server started (from its pid file). */
  jvmPid(): number | null;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

/**
 * The server as a child process, with a local Neo4j of its own on a free port and the store
 * `homeDir`: what an operator runs, signals included. By default its TypeScript through tsx
 * (server/main.ts); with `compiled`, what `npm run build` made of it (dist/server/main.js); with
 * `npmStart`, `npm start` itself, in a process group of its own (the
 * child is npm: what a service manager signals).
 */
export async function startServerProcess(
  homeDir: string,
  options: { npmStart?: boolean; compiled?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    NEO4J_PORT: String(await freePort()),
    NEO4J_HOME: homeDir,
  };
  delete env.NEO4J_URI; // its own local Neo4j, unless `options.env` names one
  Object.assign(env, options.env);
  const child = options.npmStart
    ? spawn('npm', ['start', '--silent'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      })
    : spawn(
        process.execPath,
        options.compiled ? ['dist/server/main.js'] : ['--import', 'tsx', 'server/main.ts'],
        { env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
  const spawnedAt = Date.now();
  let output = '';
  let neo4jReadyAt: number | null = null;
  const read = (chunk: Buffer) => {
    output += chunk.toString();
    if (neo4jReadyAt === null && /Neo4j ready/.test(output)) neo4jReadyAt = Date.now();
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
    (resolve) =>
      child.once('exit', (code, signal) => {
        resolve({ code, signal, at: Date.now() });
      }),
  );
  let gone = false;
  void exited.then(() => (gone = true));
  try {
    await waitFor(
      'the server to listen',
      () => {
        if (gone) throw new Error(`the server exited during start-up:\n${output}`);
        return /running on (http:\/\/\S+)\//.test(output);
      },
      240_000,
    );
  } catch (error) {
    // Never left behind, with its Neo4j, by a start that failed or took too long.
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    throw error;
  }
  const listeningAt = Date.now();
  const url = /running on (http:\/\/\S+?)\//.exec(output)?.[1] ?? '';
  const pidFile = path.join(homeDir, 'neo4j.pid');
  return {
    url,
    child,
    output: () => output,
    timing: { spawnedAt, neo4jReadyAt, listeningAt },
    jvmPid: () =>
      existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim().split(' ')[0]) : null,
    exited,
  };
}
