import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from './client-address.js';

describe('clientAddress', () => {
  const proxies = trustedProxies('10.0.0.5, 192.168.1.0/24, ::1');

  it('ignores X-Forwarded-For when no proxy is trusted, or from an untrusted peer', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', null)).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', '198.51.100.1', proxies)).toBe('203.0.113.9');
  });

  it('takes the first untrusted hop from the right behind trusted proxies', () => {
    expect(clientAddress('10.0.0.5', '198.51.100.1', proxies)).toBe('198.51.100.1');
    expect(clientAddress('::ffff:10.0.0.5', '198.51.100.1', proxies)).toBe('198.51.100.1');
    // The client wrote a fake first hop; the proxies appended what they saw.
    expect(clientAddress('10.0.0.5', '1.2.3.4, 198.51.100.1, 192.168.1.7', proxies)).toBe(
      '198.51.100.1',
    );
    expect(clientAddress('::1', ['1.2.3.4', '198.51.100.2'], proxies)).toBe('198.51.100.2');
  });

  it('stays on the proxy when the header is empty', () => {
    expect(clientAddress('10.0.0.5', '', proxies)).toBe('10.0.0.5');
  });

  it('refuses a setting that is not an address or a range, naming it', () => {
    expect(trustedProxies('')).toBeNull();
    expect(() => trustedProxies('10.0.0.5, proxy.local')).toThrow(/proxy\.local/);
    expect(() => trustedProxies('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/);
  });
});
