import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../../schema/project-root.js';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendError } from './error-reply.js';

/** Where `npm run build` puts the web app. */
export const WEB_DIST = projectPath('web', 'dist');

const NOT_BUILT =
  '<!doctype html><meta charset="utf-8"><title>Passerelles</title><p>L\'API GraphQL répond sur <a href="/graphql">/graphql</a>. L\'interface n\'est pas construite : lancez <code>npm run build</code>.</p>';

const notFound = (reply: FastifyReply) => sendError(reply, 404, { message: 'Not found' });

/** Hashed files under assets/ never change; everything else is checked again on each visit. */
const cacheControl = (file: string) =>
  file.includes(`${path.sep}assets${path.sep}`)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';

/**
 * Serves the built web app on GET and HEAD (@fastify/static: no path outside `root`, no dot
 * files); a path without an extension that is no file gets index.html, so that views held in the
 * URL can be reloaded; a missing asset and anything else is a 404. With no `root`, every path
 * outside the API is a 404.
 */
export async function webApp(fastify: FastifyInstance, { root }: { root: string | null }) {
  const index = root ? path.join(root, 'index.html') : null;
  if (root && existsSync(root)) {
    await fastify.register(fastifyStatic, {
      root,
      wildcard: true,
      index: 'index.html',
      cacheControl: false,
      setHeaders: (reply, file) => {
        void reply.header('cache-control', cacheControl(file));
        // RFC 9239's type for scripts (the library still sends application/javascript).
        if (file.endsWith('.js')) void reply.type('text/javascript; charset=utf-8');
      },
    });
  }
  fastify.setNotFoundHandler((request, reply) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const appUrl =
      index !== null &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.extname(pathname);
    if (!appUrl) return notFound(reply);
    if (!existsSync(index)) return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root ?? undefined);
  });
}
