import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { ApiContext, RequestInfo } from '../graphql/context.js';
import { maskedFault } from '../graphql/errors.js';
import { logger, noticeLog, requestScope } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { TrustedProxies } from './client-address.js';
import { bookmarksOf, credentialsOf, setBookmarkCookie, setSessionCookie } from './credentials.js';
import { causalScope, type CausalScope } from '../neo4j/causal-scope.js';
import { HttpDrain } from './drain.js';
import { sendError } from './error-reply.js';
import type { ExportHandler } from './export-route.js';
import { applySecurityHeaders, hostAllowed } from './security.js';
import { webApp } from './web-app.js';

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
  /** What the server needs and lacks now (GET /ready: 200 when nothing, else 503 naming it). */
  missing: () => Promise<MissingDependency[]>;
  context: (request?: RequestInfo) => ApiContext;
  /** GET /exports/drafts/<id>/<version>.<format> for signed-in users (export-route.ts). */
  exports?: ExportHandler;
  /** Host names accepted in the Host header, or null for any (security.ts). */
  allowedHosts?: ReadonlySet<string> | null;
  /** Proxies whose X-Forwarded-For is believed (TRUST_PROXY; client-address.ts), or null. */
  trustedProxies?: TrustedProxies | null;
  /** Where request durations are counted (metrics.ts), if anywhere. */
  metrics?: Metrics;
  /** The built web app's folder, served outside /graphql, /health, /ready (web-app.ts); none if absent. */
  webRoot?: string;
}

/** A dependency the server cannot work without, and why it is missing. */
export interface MissingDependency {
  dependency: 'neo4j';
  reason: string;
}

export interface HttpApp {
  fastify: FastifyInstance;
  server: Server;
  drain: HttpDrain;
}

/** A client that disconnects mid-request (closed tab, lost network) is not a server fault. */
function clientWentAway(raw: { destroyed: boolean; readableAborted: boolean }, error: unknown) {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    raw.destroyed &&
    (code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || raw.readableAborted)
  );
}

/** An incoming X-Request-Id worth keeping: short, and nothing that could forge a log line. */
const REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/** The request's id: the proxy's X-Request-Id when it has one, else a new one. */
export function requestIdOf(raw: IncomingMessage): string {
  const incoming = raw.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** What a request's log line says: no query string, no body; the GraphQL operation's name. */
function accessLine(request: FastifyRequest, reply: FastifyReply) {
  const body = request.body as { operationName?: unknown } | undefined;
  const operation =
    typeof body?.operationName === 'string' && /^\w{1,100}$/.test(body.operationName)
      ? body.operationName
      : undefined;
  return {
    reqId: request.id,
    method: request.method,
    path: request.url.split('?')[0],
    ...(operation && { operation }),
    status: reply.statusCode,
    ms: Math.round(reply.elapsedTime),
  };
}

/** JSON bodies in UTF-8 only (RFC 8259); another charset is refused rather than misread. */
function jsonBodies(fastify: FastifyInstance) {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    /^application\/(graphql-response\+)?json\b/i,
    { parseAs: 'string' },
    (request, body, done) => {
      const contentType = request.headers['content-type'] ?? '';
      const charset = /charset=([^;]+)/i.exec(contentType)?.[1]?.trim().toLowerCase();
      if (charset && charset !== 'utf-8' && charset !== 'utf8') {
        done(Object.assign(new Error(`Unsupported charset "${charset}"`), { statusCode: 415 }));
        return;
      }
      void parseJson(request, body.toString(), (error, value) => {
        if (error) done(Object.assign(error, { statusCode: 400 }));
        else done(null, value);
      });
    },
  );
}

/**
 * The HTTP edge, on Fastify: POST|GET /graphql (Apollo), GET /health (process alive), GET /ready
 * (Neo4j answers), the draft exports and the web app; security headers and the Host check on
 * every answer; a drain for a graceful stop.
 */
export function createHttpServer(options: HttpAppOptions): HttpApp {
  const fastify = Fastify({
    logger: false, // our own lines (log.ts): one per request, below, with no query string
    genReqId: requestIdOf,
    requestIdHeader: false,
    bodyLimit: HTTP_LIMITS.maxBodyBytes,
    requestTimeout: HTTP_LIMITS.requestTimeoutMs,
    keepAliveTimeout: HTTP_LIMITS.keepAliveTimeoutMs,
    http: {
      headersTimeout: HTTP_LIMITS.headersTimeoutMs,
      connectionsCheckingInterval: HTTP_LIMITS.timeoutCheckIntervalMs,
    },
    // The drain (drain.ts) finishes what is in flight and answers 503 once closed.
    return503OnClosing: false,
    forceCloseConnections: false,
    // Malformed percent-encoding in a path: the client's mistake, answered like the others.
    frameworkErrors: (error, request, reply) => {
      applySecurityHeaders(request.raw, reply.raw);
      void sendError(reply, error.statusCode ?? 400, { message: error.message });
    },
  });
  fastify.server.maxConnections = HTTP_LIMITS.maxConnections;
  const drain = new HttpDrain(fastify.server);

  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    applySecurityHeaders(request.raw, reply.raw);
    if (drain.phase === 'closed') {
      return sendError(reply.header('connection', 'close'), 503, {
        message: 'The server is stopping; try again shortly.',
      });
    }
    drain.track(reply.raw);
    if (!hostAllowed(request.headers.host, options.allowedHosts ?? null)) {
      return sendError(reply, 421, { message: 'This server does not answer for that Host' });
    }
    return undefined;
  });
  // Once the body is read (reading it leaves the request's async context), the request's scopes:
  // its id, which every line logged while it is handled carries, and the bookmarks of the
  // person's last writes, which every Neo4j session it opens follows (neo4j/causal-scope.ts).
  const causal = new WeakMap<object, CausalScope>();
  fastify.addHook('preValidation', (request, _reply, done) => {
    const scope: CausalScope = { after: bookmarksOf(request), written: null };
    causal.set(request, scope);
    requestScope.run({ reqId: request.id }, () => {
      causalScope.run(scope, done);
    });
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    logger.info(accessLine(request, reply), 'request');
    options.metrics?.observeHttp(
      request.method,
      request.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    if (clientWentAway(request.raw, error)) {
      requestScope.run({ reqId: request.id }, () => {
        noticeLog(`[http] the client closed the connection before its request was read`);
      });
      return reply.code(400).send();
    }
    const status = error.statusCode ?? 500;
    if (status < 500) return sendError(reply, status, { message: error.message });
    return sendError(reply, 500, maskedFault(error, 'http'));
  });
  void fastify.register(fastifyCookie);
  jsonBodies(fastify);

  const contexts = new WeakMap<object, ApiContext>();
  const graphql = fastifyApolloHandler<ApiContext>(options.apollo, {
    context: (request) => {
      const context = options.context({
        credentials: credentialsOf(request, options.trustedProxies ?? null),
      });
      contexts.set(request, context);
      return Promise.resolve(context);
    },
  });
  fastify.route({
    method: ['GET', 'POST'],
    url: '/graphql',
    handler: graphql,
    onSend: (request, reply, payload, done) => {
      const cookie = contexts.get(request)?.outcome.sessionCookie;
      if (cookie) {
        setSessionCookie(request, reply, cookie.token, cookie.maxAgeSeconds);
        void reply.header('cache-control', 'no-store');
      }
      // Only GraphQL writes: the bookmarks of this request's writes, for the person's next ones.
      const written = causal.get(request)?.written;
      if (written) setBookmarkCookie(request, reply, written);
      done(null, payload);
    },
  });
  fastify.get('/health', (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );
  fastify.get('/ready', async (_request, reply) => {
    const missing = await options.missing();
    return reply
      .code(missing.length === 0 ? 200 : 503)
      .header('cache-control', 'no-store')
      .send(missing.length === 0 ? { status: 'ready' } : { status: 'unavailable', missing });
  });
  if (options.exports) fastify.all('/exports/*', options.exports);
  void fastify.register(webApp, { root: options.webRoot ?? null });
  return { fastify, server: fastify.server, drain };
}
