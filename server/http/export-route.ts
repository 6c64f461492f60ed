import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PlanningSnapshots } from '../modules/dataset/snapshot-service.js';
import type { GraphGateway } from '../neo4j/gateway.js';
import { viewerOf } from '../modules/auth/auth-service.js';
import {
  exportDraft,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../modules/drafts/draft-export-service.js';
import { NotFoundError } from '../domain/errors.js';
import { credentialsOf } from './credentials.js';

const EXPORT_PATH = /^\/exports\/drafts\/([a-z0-9]{1,40})\/([1-9][0-9]{0,5})\.([a-z]+)$/;

function refuse(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify({ errors: [{ message }] }));
}

/**
 * GET /exports/drafts/<id>/<version>.(xlsx|csv|json): a draft version as a file, for signed-in
 * users only (401 otherwise); never cached, always a download.
 */
export function exportRoute(gateway: GraphGateway, snapshots: PlanningSnapshots) {
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      refuse(res, 405, 'Exports are read with GET.');
      return;
    }
    const match = EXPORT_PATH.exec(path);
    const format = match?.[3] as ExportFormat | undefined;
    if (!match || !format || !EXPORT_FORMATS.includes(format)) {
      refuse(res, 404, 'Not found: /exports/drafts/<id>/<version>.(xlsx|csv|json)');
      return;
    }
    if (!(await viewerOf(gateway, credentialsOf(req)))) {
      refuse(res, 401, 'Sign in to export a draft.');
      return;
    }
    try {
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
      if (error instanceof NotFoundError) refuse(res, 404, error.message);
      else throw error;
    }
  };
}
