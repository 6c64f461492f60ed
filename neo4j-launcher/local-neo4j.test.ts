import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isLocalNeo4jProcess,
  removePidFile,
  runningInstance,
  stopInstance,
} from './local-neo4j.js';

const home = () => mkdtempSync(path.join(tmpdir(), 'passerelles-pid-'));
const children: { kill(): boolean }[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

/** A process that is alive but is not our Neo4j (a recycled pid, another program). */
function stranger(): number {
  const child = spawn('sleep', ['30'], { stdio: 'ignore' });
  children.push(child);
  return child.pid as number;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the pid file', () => {
  it('never leads to signalling a process that is not our Neo4j on that port', async () => {
    const dir = home();
    const pid = stranger();
    writeFileSync(path.join(dir, 'neo4j.pid'), `${pid} 7687\n`);
    expect(isLocalNeo4jProcess(pid, 7687)).toBe(false);
    expect(await stopInstance(dir)).toBe(false);
    expect(alive(pid)).toBe(true);
    expect(runningInstance(dir)).toBeNull();
    expect(existsSync(path.join(dir, 'neo4j.pid'))).toBe(false); // stale: cleaned up
  });

  it('tells our Neo4j on one port from another instance on another port', async () => {
    const child = spawn(
      process.execPath,
      ['-e', 'setTimeout(() => {}, 30000)', '/x/LocalNeo4j.java', '7000', '/tmp/store'],
      { stdio: 'ignore' },
    );
    children.push(child);
    const pid = child.pid as number;
    // Until the child has exec'd, its command line is still its parent's.
    for (let i = 0; i < 100 && !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('7000'); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(isLocalNeo4jProcess(pid, 7000)).toBe(true);
    expect(isLocalNeo4jProcess(pid, 7687)).toBe(false);
  });

  it('is removed only by the process it names', () => {
    const dir = home();
    const file = path.join(dir, 'neo4j.pid');
    writeFileSync(file, '4242 7687\n'); // written since by another instance
    removePidFile(dir, 1234);
    expect(readFileSync(file, 'utf8')).toBe('4242 7687\n');
    removePidFile(dir, 4242);
    expect(existsSync(file)).toBe(false);
  });
});
