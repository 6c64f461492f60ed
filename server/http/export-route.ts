import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PlanningSnapshots } from '../modules/dataset/snapshot-service.js';
import type { GraphGateway } from '../neo4j/gateway.js';
import { authorizeRead, viewerOf } from '../modules/auth/auth-service.js';
import {
  exportDraft,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../modules/drafts/draft-export-service.js';
import { NotFoundError } from '../domain/errors.js';
import { HTTP_STATUS, knownError, type KnownError } from '../graphql/errors.js';
import { faultLog } from '../log.js';
import { credentialsOf } from './credentials.js';

const EXPORT_PATH = /^\/exports\/drafts\/([a-z0-9]{1,40})\/([1-9][0-9]{0,5})\.([a-z]+)$/;

function refuse(
  res: ServerResponse,
  status: number,
  body: { message: string; extensions?: object },
) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify({ errors: [body] }));
}

/** GraphQL's error contract, with the HTTP status of its code: the same codes, details and masking. */
function answerError(res: ServerResponse, error: unknown) {
  let known: KnownError | null = knownError(error);
  if (!known) {
    faultLog(
      `[exports] unexpected error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
    known = { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  refuse(res, HTTP_STATUS[known.extensions.code], known);
}

/**
 * GET /exports/drafts/<id>/<version>.(xlsx|csv|json): a draft version as a file, for those who
 * may read drafts through GraphQL (the same check: UNAUTHENTICATED, 401, otherwise); never cached,
 * always a download. Errors follow GraphQL's contract (`errors[0].extensions.code`).
 */
export function exportRoute(gateway: GraphGateway, snapshots: PlanningSnapshots) {
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      refuse(res, 405, { message: 'Exports are read with GET.' });
      return;
    }
    const match = EXPORT_PATH.exec(path);
    const format = match?.[3] as ExportFormat | undefined;
    if (!match || !format || !EXPORT_FORMATS.includes(format)) {
      answerError(
        res,
        new NotFoundError('Not found: /exports/drafts/<id>/<version>.(xlsx|csv|json)'),
      );
      return;
    }
    try {
      authorizeRead(await viewerOf(gateway, credentialsOf(req)));
      const file = await exportDraft(gateway, await snapshots.current(), {
        id: match[1] ?? '',
        version: Number(match[2]),
        format,
      });
      res.writeHead(200, {
        'content-type': file.contentType,
        'content-length': file.body.length,
        'content-disposition': `attachment; filename="${file.filename}"`,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    } catch (error) {
      answerError(res, error);
    }
  };
}
