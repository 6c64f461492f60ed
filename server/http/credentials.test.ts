import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { credentialsOf, setSessionCookie } from './credentials.js';

/** An app whose /sign-in sets a session cookie and whose /whoami reads the request's credentials. */
async function app() {
  const fastify = Fastify();
  await fastify.register(fastifyCookie);
  fastify.get('/sign-in', (request, reply) => {
    setSessionCookie(request, reply, 'token-1', 60);
    return reply.send('ok');
  });
  fastify.get('/whoami', (request) => credentialsOf(request));
  return fastify;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the session cookie', () => {
  it('behind a TLS proxy (COOKIE_SECURE=always) is __Host- prefixed and Secure, and is read back', async () => {
    vi.stubEnv('COOKIE_SECURE', 'always');
    const fastify = await app();
    const cookie = String((await fastify.inject('/sign-in')).headers['set-cookie']);
    const [pair, ...attributes] = cookie.split('; ');
    expect(pair).toBe('__Host-passerelles_session=token-1');
    // __Host- requires Secure and Path=/ and forbids Domain.
    expect(attributes.sort()).toEqual([
      'HttpOnly',
      'Max-Age=60',
      'Path=/',
      'SameSite=Strict',
      'Secure',
    ]);
    const seen = await fastify.inject({ url: '/whoami', headers: { cookie: pair } });
    expect(seen.json()).toMatchObject({ sessionToken: 'token-1' });
    // Over TLS, the unprefixed cookie (which a subdomain could plant) is not believed.
    const planted = await fastify.inject({
      url: '/whoami',
      headers: { cookie: 'passerelles_session=token-1' },
    });
    expect(planted.json()).toMatchObject({ sessionToken: null });
    await fastify.close();
  });
});
