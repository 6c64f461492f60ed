import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.js';

// Cheap parameters: the scheme is under test here, not the cost.
const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('passwords', () => {
  it('verifies the password it hashed and nothing else', async () => {
    const hash = await hashPassword('correct horse battery staple', FAST);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w+/=]+\$[\w+/=]+$/);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', hash)).toBe(false);
    expect(await verifyPassword('correct horse battery staple', 'plain')).toBe(false);
  });

  it('salts: one password, two hashes', async () => {
    expect(await hashPassword('same', FAST)).not.toBe(await hashPassword('same', FAST));
  });

  it('uses the memory-hard default parameters (N = 2^15, r = 8, p = 3)', async () => {
    expect(await hashPassword('x')).toMatch(/^scrypt\$32768\$8\$3\$/);
  });
});
