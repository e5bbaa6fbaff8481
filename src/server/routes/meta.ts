import { z } from 'zod';
import { HealthSchema, ReadySchema } from '../../schema/http.js';
import type { RouteContext, WartaApp } from '../route-context.js';
import { HttpProblem } from '../errors.js';
import { problemResponses } from '../openapi.js';

/** `GET /healthz`, `/readyz`, `/metrics`, `/v1/schema` and `/openapi.json`. */
export function registerMetaRoutes(app: WartaApp, { pool, metrics, summarySchema }: RouteContext): void {
  app.get('/healthz', {
    schema: { summary: 'The process answers', tags: ['service'], response: { 200: HealthSchema } },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/readyz', {
    schema: {
      summary: 'The worker threads have built their pipelines (models loaded) and the pool takes work',
      tags: ['service'],
      response: { 200: ReadySchema, ...problemResponses({ 503: 'Starting, a worker is being replaced, or shutting down' }) },
    },
    handler: async () => {
      if (!pool.ready) throw new HttpProblem(503, 'not-ready', 'the worker pool is not ready', { 'retry-after': '1' });
      return { status: 'ready' as const, workers: pool.stats().readyThreads, config: pool.config };
    },
  });

  app.get('/metrics', {
    schema: {
      summary: 'Prometheus metrics (text format): requests and latency by route and status, articles analysed, the pool, errors by code',
      tags: ['service'],
      response: { 200: { description: 'Prometheus text exposition format', content: { 'text/plain': { schema: z.string() } } } },
    },
    handler: async (_request, reply) => {
      const text = await metrics.registry.metrics();
      return reply.type(metrics.registry.contentType).send(text);
    },
  });

  app.get('/v1/schema', {
    schema: {
      summary: "JSON Schema of the summaries this service returns (with its pipeline's ext fields)",
      tags: ['analysis'],
      response: { 200: z.record(z.string(), z.unknown()) },
    },
    handler: async () => summarySchema,
  });

  let document: string | undefined;
  // Generated once, when the app is ready, from the routes' zod schemas (by @fastify/swagger).
  app.addHook('onReady', async () => {
    document = JSON.stringify(app.swagger());
  });
  app.get('/openapi.json', {
    schema: { hide: true },
    handler: async (_request, reply) => reply.type('application/json').send(document as never),
  });
}
