import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { ApiContext, RequestInfo } from '../graphql/context.js';
import { faultLog, noticeLog } from '../log.js';
import type { TrustedProxies } from './client-address.js';
import { credentialsOf, isSecure, sessionCookie } from './credentials.js';
import { HttpDrain } from './drain.js';
import { applySecurityHeaders, hostAllowed } from './security.js';

/**
 * Connection limits, deliberate rather than Node's defaults (300 s to send a request, no cap on
 * connections): a slow or idle client cannot hold a socket for long, and a flood of sockets is
 * refused before it exhausts the process.
 */
export const HTTP_LIMITS = {
  /** Time to receive a request's headers. */
  headersTimeoutMs: 10_000,
  /**
   * How often Node checks the two timeouts above (its default, 30 s, let a client that trickles its
   * headers hold a socket for up to 40 s).
   */
  timeoutCheckIntervalMs: 1_000,
  /** Time to receive a whole request, body included. */
  requestTimeoutMs: 30_000,
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: 5_000,
  /**
   * Open connections at once; more are refused. (No cap on requests per connection: past it Node
   * answers 503 to clients that ignore its `Connection: close`, as load tools do.)
   */
  maxConnections: 1_000,
  /** A request body's size: a team of 500 with a level for every skill is about 2 MB. */
  maxBodyBytes: 4_000_000,
} as const;

export interface HttpAppOptions {
  apollo: ApolloServer<ApiContext>;
  /** Whether the graph database answers (GET /ready). */
  ready: () => Promise<boolean>;
  context: (request?: RequestInfo) => ApiContext;
  /** GET /exports/drafts/<id>/<version>.<format> for signed-in users (export-route.ts). */
  exports?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>;
  /** Host names accepted in the Host header, or null for any (security.ts). */
  allowedHosts?: ReadonlySet<string> | null;
  /** Proxies whose X-Forwarded-For is believed (TRUST_PROXY; client-address.ts), or null. */
  trustedProxies?: TrustedProxies | null;
  /** Serves the web app for paths outside /graphql, /health and /ready. */
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
    if (size > HTTP_LIMITS.maxBodyBytes) throw new HttpError(413, 'Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A client that disconnects mid-request (closed tab, lost network) is not a server fault. */
function clientWentAway(req: IncomingMessage, error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    req.destroyed &&
    (code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || req.readableAborted)
  );
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
  const context = options.context({
    credentials: credentialsOf(req, options.trustedProxies ?? null),
  });
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method?.toUpperCase() ?? 'GET',
      headers,
      search: url.search,
      body: await parseBody(req),
    },
    context: () => Promise.resolve(context),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  if (context.outcome.sessionCookie) {
    const { token, maxAgeSeconds } = context.outcome.sessionCookie;
    res.setHeader('set-cookie', sessionCookie(isSecure(req), token, maxAgeSeconds));
    res.setHeader('cache-control', 'no-store');
  }
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The request's path, decoded; malformed percent-encoding is the client's mistake (400). */
function decodedPath(req: IncomingMessage): string {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new HttpError(400, 'The request path has malformed percent-encoding');
  }
}

async function route(req: IncomingMessage, res: ServerResponse, options: HttpAppOptions) {
  if (!hostAllowed(req, options.allowedHosts ?? null)) {
    throw new HttpError(421, 'This server does not answer for that Host');
  }
  const pathname = decodedPath(req);
  if (pathname === '/graphql') {
    await handleGraphQL(req, res, options);
  } else if (pathname.startsWith('/exports/') && options.exports) {
    await options.exports(req, res, pathname);
  } else if (pathname === '/health') {
    sendJson(res, 200, { status: 'ok' });
  } else if (pathname === '/ready') {
    const ready = await options.ready();
    sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'database unavailable' });
  } else if (!(options.staticFiles && (await options.staticFiles(req, res)))) {
    sendJson(res, 404, { error: 'Not found' });
  }
}

export interface HttpApp {
  server: Server;
  drain: HttpDrain;
}

/**
 * Node's HTTP stack: POST|GET /graphql, GET /health (process alive), GET /ready (Neo4j answers),
 * the web app; security headers on every answer; a drain for a graceful stop.
 */
export function createHttpServer(options: HttpAppOptions): HttpApp {
  const server = createServer({
    headersTimeout: HTTP_LIMITS.headersTimeoutMs,
    requestTimeout: HTTP_LIMITS.requestTimeoutMs,
    keepAliveTimeout: HTTP_LIMITS.keepAliveTimeoutMs,
    connectionsCheckingInterval: HTTP_LIMITS.timeoutCheckIntervalMs,
  });
  server.maxConnections = HTTP_LIMITS.maxConnections;
  const drain = new HttpDrain(server);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    applySecurityHeaders(res);
    if (drain.phase === 'closed') {
      res.setHeader('connection', 'close');
      sendJson(res, 503, { errors: [{ message: 'The server is stopping; try again shortly.' }] });
      return;
    }
    drain.track(res);
    route(req, res, options).catch((error: unknown) => {
      if (error instanceof HttpError) {
        if (!res.headersSent) sendJson(res, error.status, { errors: [{ message: error.message }] });
        else res.end();
        return;
      }
      if (clientWentAway(req, error)) {
        noticeLog(`[http] the client closed the connection before its request was read`);
        return;
      }
      faultLog(
        `[http] unexpected error: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      else res.end();
    });
  });
  return { server, drain };
}
