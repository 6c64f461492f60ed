import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { ApiContext } from '../graphql/context.js';
import type { GraphGateway } from '../neo4j/gateway.js';

const MAX_BODY_BYTES = 1_000_000;

export interface HttpAppOptions {
  apollo: ApolloServer<ApiContext>;
  gateway: GraphGateway;
  context: () => ApiContext;
  /** Serves the web app for paths outside /graphql, /health and /ready (issue 4). */
  staticFiles?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function parseBody(req: IncomingMessage): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const text = await readBody(req);
  const contentType = req.headers['content-type'] ?? '';
  if (!/^application\/(graphql-response\+)?json\b/i.test(contentType)) return text;
  const charset = /charset=([^;]+)/i.exec(contentType)?.[1]?.trim().toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8')
    throw new HttpError(415, `Unsupported charset "${charset}"`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON');
  }
}

async function handleGraphQL(req: IncomingMessage, res: ServerResponse, options: HttpAppOptions) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method?.toUpperCase() ?? 'GET',
      headers,
      search: url.search,
      body: await parseBody(req),
    },
    context: () => Promise.resolve(options.context()),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Node's HTTP stack: POST|GET /graphql, GET /health (process alive), GET /ready (Neo4j answers). */
export function createHttpServer(options: HttpAppOptions): Server {
  return createServer((req, res) => {
    const route = async () => {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      if (pathname === '/graphql') {
        await handleGraphQL(req, res, options);
      } else if (pathname === '/health') {
        sendJson(res, 200, { status: 'ok' });
      } else if (pathname === '/ready') {
        const ready = await options.gateway.isAvailable();
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'database unavailable' });
      } else if (!(options.staticFiles && (await options.staticFiles(req, res)))) {
        sendJson(res, 404, { error: 'Not found' });
      }
    };
    route().catch((error: unknown) => {
      if (error instanceof HttpError) {
        sendJson(res, error.status, { errors: [{ message: error.message }] });
        return;
      }
      console.error('[http] unexpected error:', error instanceof Error ? error.message : error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      else res.end();
    });
  });
}
