import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import fastifyCors from '@fastify/cors';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import { createJsonSchemaTransform, createJsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { OPENAPI_REGISTRY, pruneComponents } from './openapi.js';
import { createAuthCheck } from './auth.js';
import { clientErrorResponse, HttpProblem, problem, PROBLEM_TYPE, sendProblem, toProblem } from './errors.js';
import { createMetrics } from './metrics.js';
import type { ResolvedServerOptions } from './options.js';
import type { AnalysisPool } from './pool.js';
import type { RouteContext } from './route-context.js';
import { registerAnalyzeRoutes } from './routes/analyze.js';
import { registerMetaRoutes } from './routes/meta.js';
import { registerFactRoutes } from './routes/facts.js';
import { registerToolRoutes } from './routes/tools.js';
import { registerWebRoutes } from './web.js';
import type { FactStore } from '../store/store.js';
import { VERSION } from '../version.js';

/** A request id from the client's `x-request-id` when it is a sane token, else a new UUID. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/**
 * Whether a request needs a bearer token (when tokens are configured): the /v1 routes and /metrics,
 * not health, readiness and the docs. Judged by the route the request was matched to, not by its raw
 * URL, which may spell the same route otherwise ("/%761/schema", "/v1/schema/"); a URL no route
 * matches gets its 404 either way.
 */
function isProtected(route: string | undefined): boolean {
  return route !== undefined && (route.startsWith('/v1/') || route === '/metrics');
}

/** The state of a server being shut down, shared by the app's hooks and the code that closes it. */
export interface Lifecycle {
  closing: boolean;
}

/**
 * Builds the fastify app of `warta serve` around a started pool: content parsers, the error and
 * not-found handlers (every error body `application/problem+json`), request ids, auth, CORS, metrics,
 * the OpenAPI document generated from the zod schemas and the docs page, the routes, the fact
 * store's routes (when there is a store) and the web app. It does not listen: see `createServer`.
 */
export async function buildApp(pool: AnalysisPool, options: ResolvedServerOptions, lifecycle: Lifecycle, store?: FactStore): Promise<FastifyInstance> {
  const metrics = createMetrics(pool);
  const app = Fastify({
    logger: options.log === false ? false : { level: options.log.level, stream: options.log.stream },
    // One log line per request, ours (onResponse below), instead of fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestId,
    bodyLimit: options.bodyLimit,
    // The drain answers itself (onRequest below), with a problem body.
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true },
    // A URL fastify cannot route (bad percent-encoding, a parameter too long) is refused before any
    // route or hook runs: answered here, as a problem, with its request id, logged and counted.
    frameworkErrors(err, request, reply) {
      const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
      const body = JSON.stringify(problem(status, 'bad-url', err.message, request.id));
      reply.raw.writeHead(status, { 'content-type': PROBLEM_TYPE, 'content-length': Buffer.byteLength(body), 'x-request-id': request.id });
      reply.raw.end(body);
      metrics.request('unmatched', request.method, status, 0);
      metrics.error('bad-url');
      request.log.info({ method: request.method, url: request.url, status }, 'request');
    },
    clientErrorHandler(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket) {
      if (err.code === 'ECONNRESET' || socket.destroyed) return;
      const id = randomUUID();
      this.log.info({ reqId: id, code: err.code }, 'malformed request refused');
      if (socket.writable) socket.write(clientErrorResponse(err, id));
      socket.destroy();
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const summarySchema = await pool.run<Record<string, unknown>>('schema', null, { force: true });
  const context: RouteContext = { pool, metrics, options, summarySchema };

  // Only JSON by default (text/plain is fastify's other default): any other type gets 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, parseJson);

  const checkAuth = options.tokens.length > 0 ? createAuthCheck(options.tokens) : undefined;
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    if (lifecycle.closing) {
      done(new HttpProblem(503, 'shutting-down', 'the service is shutting down: send the request again', { 'retry-after': '1', connection: 'close' }));
      return;
    }
    try {
      // A CORS preflight (OPTIONS) never carries credentials: it is answered without them.
      if (checkAuth && request.method !== 'OPTIONS' && isProtected(request.routeOptions.url)) checkAuth(request.headers.authorization);
    } catch (err) {
      done(err as Error);
      return;
    }
    done();
  });
  // Why callback hooks here: they run on every request, and an async hook costs a promise more.
  app.addHook('onSend', (_request, reply, payload, done) => {
    // While draining, answered connections close, so that the shutdown does not wait for idle sockets.
    if (lifecycle.closing) reply.header('connection', 'close');
    done(null, payload);
  });
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const ms = reply.elapsedTime;
    metrics.request(route, request.method, reply.statusCode, ms / 1000);
    request.log.info({ method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    done();
  });
  app.setErrorHandler((err, request, reply) => {
    const { problem: body, headers } = toProblem(err, request);
    metrics.error(body.code);
    if (body.status >= 500 && body.code === 'internal-error') request.log.error({ err }, 'request failed');
    return sendProblem(reply, body, headers);
  });
  app.setNotFoundHandler((request, reply) => {
    const body = problem(404, 'not-found', `no route ${request.method} ${request.url.split('?')[0]}: see /openapi.json`, request.id);
    metrics.error(body.code);
    return sendProblem(reply, body);
  });

  if (options.cors !== false) await app.register(fastifyCors, { origin: options.cors === true ? true : [...options.cors], exposedHeaders: ['x-request-id', 'retry-after'] });

  const toComponents = createJsonSchemaTransformObject({ schemaRegistry: OPENAPI_REGISTRY });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'warta',
        version: VERSION,
        description: 'Indonesian news articles to structured, checkable JSON: entities, amounts, quotes, language, consistency warnings.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      ...(checkAuth ? { security: [{ bearer: [] }] } : {}),
    },
    transform: createJsonSchemaTransform({ schemaRegistry: OPENAPI_REGISTRY }),
    transformObject: (documentObject) => pruneComponents(toComponents(documentObject)),
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    // The page loads nothing but its own files from this server: the browser enforces it.
    staticCSP: "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'",
    uiConfig: { deepLinking: true },
  });

  const typed = app.withTypeProvider<ZodTypeProvider>();
  registerMetaRoutes(typed, context);
  registerAnalyzeRoutes(typed, context);
  registerToolRoutes(typed, context);
  registerFactRoutes(typed, store);
  registerWebRoutes(typed, options.webRoot);
  await app.ready();
  return app;
}

/**
 * The JSON parser: `JSON.parse`, with the message of a syntax error passed on (it says where), and
 * keys that would poison prototypes (`__proto__`, `constructor.prototype`) refused.
 */
function parseJson(_request: FastifyRequest, body: string | Buffer, done: (err: Error | null, value?: unknown) => void): void {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  if (text.trim() === '') {
    done(new HttpProblem(400, 'invalid-json', 'the body is empty: send a JSON object'));
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    done(new HttpProblem(400, 'invalid-json', `the body is not valid JSON: ${(err as Error).message}`));
    return;
  }
  if (text.includes('__proto__') || text.includes('"prototype"')) {
    if (hasPoisonedKey(value)) {
      done(new HttpProblem(400, 'invalid-json', 'the body has a "__proto__" or "constructor.prototype" key, which is refused'));
      return;
    }
  }
  done(null, value);
}

/** Whether a parsed JSON value holds a `__proto__` key or a `constructor` object with a `prototype` key (iteratively: no depth limit). */
function hasPoisonedKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Object.hasOwn(v, '__proto__')) return true;
    const ctor = (v as Record<string, unknown>).constructor;
    if (Object.hasOwn(v, 'constructor') && ctor !== null && typeof ctor === 'object' && Object.hasOwn(ctor, 'prototype')) return true;
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push(child);
  }
  return false;
}
