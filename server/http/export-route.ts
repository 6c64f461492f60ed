import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PlanningSnapshots } from '../modules/dataset/snapshot-service.js';
import type { GraphGateway } from '../neo4j/gateway.js';
import { authorizeRead, viewerOf } from '../modules/auth/auth-service.js';
import {
  exportDraft,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../modules/drafts/draft-export-service.js';
import { NotFoundError } from '../domain/errors.js';
import { HTTP_STATUS, knownError, maskedFault } from '../graphql/errors.js';
import { credentialsOf } from './credentials.js';
import { sendError } from './error-reply.js';

const EXPORT_PATH = /^\/exports\/drafts\/([a-z0-9]{1,40})\/([1-9][0-9]{0,5})\.([a-z]+)$/;

/** GraphQL's error contract, with the HTTP status of its code: the same codes, details and masking. */
function answerError(reply: FastifyReply, error: unknown) {
  const known = knownError(error) ?? maskedFault(error, 'exports');
  return sendError(reply, HTTP_STATUS[known.extensions.code], known);
}

/**
 * GET /exports/drafts/<id>/<version>.(xlsx|csv|json): a draft version as a file, for those who
 * may read drafts through GraphQL (the same check: UNAUTHENTICATED, 401, otherwise); never cached,
 * always a download. Errors follow GraphQL's contract (`errors[0].extensions.code`).
 */
export type ExportHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

export function exportRoute(gateway: GraphGateway, snapshots: PlanningSnapshots): ExportHandler {
  return async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(reply.header('allow', 'GET, HEAD'), 405, {
        message: 'Exports are read with GET.',
      });
    }
    const match = EXPORT_PATH.exec(request.url.split('?')[0] ?? '');
    const format = match?.[3] as ExportFormat | undefined;
    if (!match || !format || !EXPORT_FORMATS.includes(format)) {
      return answerError(
        reply,
        new NotFoundError('Not found: /exports/drafts/<id>/<version>.(xlsx|csv|json)'),
      );
    }
    try {
      authorizeRead(await viewerOf(gateway, credentialsOf(request)));
      const file = await exportDraft(gateway, await snapshots.current(), {
        id: match[1] ?? '',
        version: Number(match[2]),
        format,
      });
      return await reply
        .headers({
          'content-type': file.contentType,
          'content-disposition': `attachment; filename="${file.filename}"`,
          'cache-control': 'no-store',
        })
        .send(file.body);
    } catch (error) {
      return answerError(reply, error);
    }
  };
}
