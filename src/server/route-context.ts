import type { FastifyBaseLogger, FastifyInstance, FastifyReply, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Metrics } from './metrics.js';
import type { ResolvedServerOptions } from './options.js';
import { Abortable, type AnalysisPool, type CancelSignal } from './pool.js';

/*
 * What the app (app.ts) hands its route modules (routes/, web.ts), apart from the app itself, so
 * that the routes do not import the module that registers them.
 */

/** What every route module is given. */
export interface RouteContext {
  pool: AnalysisPool;
  metrics: Metrics;
  options: ResolvedServerOptions;
  /** The JSON Schema of the workers' summaries (asked once, at start-up). */
  summarySchema: Record<string, unknown>;
}

/** The app with the zod type provider: routes declare zod schemas and get their types. */
export type WartaApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** A signal that fires when the client goes away before its answer is written. */
export function clientGone(reply: FastifyReply): CancelSignal {
  const gone = new Abortable();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) gone.abort();
  });
  return gone;
}
