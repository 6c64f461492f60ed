import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { LAUNCHER_DIR, resolveClasspath } from './classpath.js';
import { missingPrerequisites } from './prerequisites.js';

export interface LocalNeo4jOptions {
  port: number;
  /** Holds the store, the logs and the pid file of this instance. */
  homeDir: string;
  /** Where the resolved Maven classpath is cached (shared by all instances). */
  cacheDir: string;
  /** true: the database outlives this process (db:start); false: it dies with it. */
  detached: boolean;
  log: (msg: string) => void;
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Settles when the JVM exits, for whatever reason (a stop, a crash, kill -9). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
  /** Sends SIGTERM to the JVM now, without waiting (a forced exit of the parent). */
  signalStop(): void;
}

// Heap ≤ 1 GiB here; the page cache (512 MiB) is set inside LocalNeo4j.java.
const JVM_OPTIONS = ['-Xms256m', '-Xmx1g', '-XX:+ExitOnOutOfMemoryError', '-XX:+UseG1GC'];
const PID_FILE = 'neo4j.pid';
const STOP_TIMEOUT_MS = 60_000;

export const boltUri = (port: number): string => `bolt://127.0.0.1:${port}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when pid is a running LocalNeo4j serving `port`: guards against a recycled pid in a stale
 * pid file, and against signalling another instance's JVM.
 */
export function isLocalNeo4jProcess(pid: number, port: number): boolean {
  if (!isAlive(pid)) return false;
  let args: string[];
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return true; // No /proc (not Linux): trust the liveness check.
  }
  return args.some((arg) => arg.endsWith('LocalNeo4j.java')) && args.includes(String(port));
}

function readPidFile(homeDir: string): { pid: number; port: number } | null {
  const file = path.join(homeDir, PID_FILE);
  if (!existsSync(file)) return null;
  const [pid, port] = readFileSync(file, 'utf8').trim().split(' ').map(Number);
  return pid && port ? { pid, port } : null;
}

/** Removes the pid file only if it still names `pid`: another instance may have written it since. */
export function removePidFile(homeDir: string, pid: number): void {
  if (readPidFile(homeDir)?.pid === pid) rmSync(path.join(homeDir, PID_FILE), { force: true });
}

export function runningInstance(homeDir: string): { pid: number; port: number } | null {
  const recorded = readPidFile(homeDir);
  if (!recorded) return null;
  if (!isLocalNeo4jProcess(recorded.pid, recorded.port)) {
    removePidFile(homeDir, recorded.pid);
    return null;
  }
  return recorded;
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () => {
      reject(
        new Error(
          `Port ${port} on 127.0.0.1 is already in use. Stop what holds it (npm run db:stop if it is ` +
            `our Neo4j) or choose another port with NEO4J_PORT.`,
        ),
      );
    });
    probe.listen(port, '127.0.0.1', () =>
      probe.close(() => {
        resolve();
      }),
    );
  });
}

function logTail(homeDir: string): string {
  const file = path.join(homeDir, 'launcher.log');
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-25).join('\n');
}

async function waitForBolt(uri: string, child: ChildProcess, homeDir: string, timeoutMs: number) {
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2_000 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (exited !== undefined) {
        throw new Error(`Neo4j exited during start-up (code ${exited}).\n${logTail(homeDir)}`);
      }
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        if (Date.now() > deadline) {
          throw new Error(
            `Neo4j did not answer on ${uri} within ${timeoutMs / 1000}s: ${String(error)}`,
          );
        }
        await sleep(300);
      }
    }
  } finally {
    await driver.close();
  }
}

/** SIGTERM, then SIGKILL after a minute; only ever to our Neo4j on `port`. */
async function terminate(pid: number, port: number, exited: Promise<unknown>): Promise<void> {
  if (!isLocalNeo4jProcess(pid, port)) return;
  process.kill(pid, 'SIGTERM');
  const timedOut = await Promise.race([
    exited.then(() => false),
    sleep(STOP_TIMEOUT_MS).then(() => true),
  ]);
  if (timedOut && isLocalNeo4jProcess(pid, port)) process.kill(pid, 'SIGKILL');
}

/** Waits for a process that is not our child (so no 'exit' event) to disappear. */
async function processGone(pid: number): Promise<void> {
  while (isAlive(pid)) await sleep(200);
}

export async function stopInstance(homeDir: string): Promise<boolean> {
  const running = runningInstance(homeDir);
  if (!running) return false;
  await terminate(running.pid, running.port, processGone(running.pid));
  removePidFile(homeDir, running.pid);
  return true;
}

/**
 * Starts Neo4j Community embedded on 127.0.0.1:port and resolves once Bolt answers.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const missing = missingPrerequisites();
  if (missing) throw new Error(missing);
  await assertPortFree(options.port);
  const classpath = await resolveClasspath(options.cacheDir, options.log);

  mkdirSync(options.homeDir, { recursive: true });
  const logFd = openSync(path.join(options.homeDir, 'launcher.log'), 'w');
  const args = [
    ...JVM_OPTIONS,
    '-cp',
    classpath,
    path.join(LAUNCHER_DIR, 'LocalNeo4j.java'),
    String(options.port),
    options.homeDir,
  ];
  if (!options.detached) args.push('--watch-stdin');
  const started = Date.now();
  options.log(`Starting Neo4j on ${boltUri(options.port)} (store: ${options.homeDir})…`);
  const child = spawn('java', args, {
    detached: options.detached,
    stdio: [options.detached ? 'ignore' : 'pipe', logFd, logFd],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not spawn java');
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
    }),
  );
  const running = () => child.exitCode === null && child.signalCode === null;

  try {
    await waitForBolt(
      boltUri(options.port),
      child,
      options.homeDir,
      options.startTimeoutMs ?? 180_000,
    );
  } catch (error) {
    if (running()) await terminate(pid, options.port, exited);
    throw error;
  }
  writeFileSync(path.join(options.homeDir, PID_FILE), `${pid} ${options.port}\n`);
  options.log(
    `Neo4j ready on ${boltUri(options.port)} in ${((Date.now() - started) / 1000).toFixed(1)}s.`,
  );
  if (options.detached) child.unref();

  void exited.then(() => {
    removePidFile(options.homeDir, pid);
  });

  return {
    uri: boltUri(options.port),
    pid,
    exited,
    stop: async () => {
      if (running()) await terminate(pid, options.port, exited);
      child.stdin?.destroy();
      removePidFile(options.homeDir, pid);
    },
    signalStop: () => {
      if (running()) child.kill('SIGTERM');
    },
  };
}
