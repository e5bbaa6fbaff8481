import type { FastifyInstance } from 'fastify';
import { buildApp, type Lifecycle } from './app.js';
import { resolveServerOptions, type ResolvedServerOptions, type ServerOptions } from './options.js';
import { AnalysisPool } from './pool.js';

/** A built service: its fastify app and worker pool, to listen and to shut down. */
export interface WartaServer {
  readonly app: FastifyInstance;
  readonly pool: AnalysisPool;
  readonly options: ResolvedServerOptions;
  /** Starts listening (default 127.0.0.1:8080; port 0 picks a free one) and returns the base URL. */
  listen(address?: { host?: string; port?: number }): Promise<string>;
  /**
   * Shuts down gracefully: new requests get 503, the requests in flight are answered (a batch streams
   * to its end), then the worker threads stop. After `shutdownTimeoutMs` the connections still open
   * are cut; resolves `false` then, `true` when everything in flight was answered.
   */
  close(): Promise<boolean>;
}

/**
 * Builds the HTTP service: starts the worker pool (every thread builds the pipeline from the config
 * and plugins once, and warms it up), then the fastify app around it. Rejects with
 * `WartaConfigError` when an option, the config or a plugin is wrong.
 *
 * @example const server = await createServer({ workers: 2 }); const url = await server.listen({ port: 8080 });
 */
export async function createServer(options: ServerOptions = {}): Promise<WartaServer> {
  const resolved = resolveServerOptions(options);
  const pool = await AnalysisPool.start({
    threads: resolved.workers,
    maxQueue: resolved.maxQueue,
    timeoutMs: resolved.timeoutMs,
    setup: {
      pipeline: resolved.pipeline,
      plugins: [...resolved.plugins],
      // An article is bounded by the request body limits already; the batch readers' own limits apply on top.
      limits: { maxArticleBytes: resolved.batchBodyLimit, maxLineBytes: resolved.batchBodyLimit },
    },
  });
  const lifecycle: Lifecycle = { closing: false };
  let app: FastifyInstance;
  try {
    app = await buildApp(pool, resolved, lifecycle);
  } catch (err) {
    await pool.close();
    throw err;
  }
  let closed: Promise<boolean> | undefined;
  return {
    app,
    pool,
    options: resolved,
    async listen(address = {}) {
      return app.listen({ host: address.host ?? '127.0.0.1', port: address.port ?? 8080 });
    },
    close() {
      closed ??= (async () => {
        lifecycle.closing = true;
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<boolean>((resolve) => {
          timer = setTimeout(() => {
            app.server.closeAllConnections();
            resolve(false);
          }, resolved.shutdownTimeoutMs);
        });
        const answered = await Promise.race([app.close().then(() => true), timedOut]);
        clearTimeout(timer);
        await pool.close();
        return answered;
      })();
      return closed;
    },
  };
}
