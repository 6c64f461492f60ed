import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isStale } from './build.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project with server/a.ts and server/deep/b.ts, built (stamped) at `builtAt` seconds. */
function project(builtAt: number | null) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'passerelles-build-'));
  dirs.push(root);
  mkdirSync(path.join(root, 'server/deep'), { recursive: true });
  mkdirSync(path.join(root, 'dist'));
  for (const file of ['server/a.ts', 'server/deep/b.ts']) {
    writeFileSync(path.join(root, file), '');
    utimesSync(path.join(root, file), 1000, 1000);
  }
  if (builtAt !== null) {
    writeFileSync(path.join(root, 'dist/.built'), '');
    utimesSync(path.join(root, 'dist/.built'), builtAt, builtAt);
  }
  const touch = (file: string, at: number) => {
    utimesSync(path.join(root, file), at, at);
  };
  return { root, touch };
}

const part = { inputs: ['server', 'package-lock.json'], stamp: 'dist/.built' };

describe('isStale', () => {
  it('builds when nothing was built yet', () => {
    expect(isStale(project(null).root, part)).toBe(true);
  });

  it('does not build when every source is older than the build', () => {
    expect(isStale(project(2000).root, part)).toBe(false);
  });

  it('builds when one file, however deep, changed after the build', () => {
    const { root, touch } = project(2000);
    touch('server/deep/b.ts', 3000);
    expect(isStale(root, part)).toBe(true);
  });

  it('ignores build outputs and dependencies inside the inputs', () => {
    const { root } = project(2000);
    for (const skipped of ['server/node_modules', 'server/dist']) {
      mkdirSync(path.join(root, skipped));
      writeFileSync(path.join(root, skipped, 'x.js'), '');
      utimesSync(path.join(root, skipped, 'x.js'), 3000, 3000);
    }
    expect(isStale(root, part)).toBe(false);
  });
});
