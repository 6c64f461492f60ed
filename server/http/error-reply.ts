import type { FastifyReply } from 'fastify';

/**
 * Every error the HTTP edge answers itself, in GraphQL's shape (`errors[0].message`, and the
 * code in `extensions` when it has one), never cached.
 */
export const sendError = (
  reply: FastifyReply,
  status: number,
  error: { message: string; extensions?: object },
) =>
  reply
    .code(status)
    .header('cache-control', 'no-store')
    .send({ errors: [error] });
