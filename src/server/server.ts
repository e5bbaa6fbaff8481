import type { FastifyInstance } from 'fastify';
import { buildApp, type Lifecycle } from './app.js';
import { resolveServerOptions, type ResolvedServerOptions, type ServerOptions } from './options.js';
import { AnalysisPool } from './pool.js';
import type { FactStore } from '../store/store.js';

/** A built service: its fastify app and worker pool, to listen and to shut down. */
export interface WartaServer {
  readonly app: FastifyInstance;
  readonly pool: AnalysisPool;
  readonly options: ResolvedServerOptions;
  /** The fact store `/v1/facts/*` answers from, when the server has one. */
  readonly store: FactStore | undefined;
  /** Starts listening (default 127.0.0.1:8080; port 0 picks a free one) and returns the base URL. */
  listen(address?: { host?: string; port?: number }): Promise<string>;
  /**
   * Shuts down gracefully: new requests get 503, the requests in flight are answered (a batch streams
   * to its end), then the worker threads stop. After `shutdownTimeoutMs` the connections still open
   * are cut; resolves `false` then, `true` when everything in flight was answered. A store the
   * server opened itself (from a URL) is closed last.
   */
  close(): Promise<boolean>;
}

/**
 * Builds the HTTP service: starts the worker pool (every thread builds the pipeline from the config
 * and plugins once, and warms it up), then the fastify app around it. With a `store` URL, opens the
 * fact store read-only first. Rejects with `WartaConfigError` when an option, the config or a plugin
 * is wrong, and with `WartaStoreError` when the store cannot be opened.
 *
 * @example const server = await createServer({ workers: 2 }); const url = await server.listen({ port: 8080 });
 */
export async function createServer(options: ServerOptions = {}): Promise<WartaServer> {
  const resolved = resolveServerOptions(options);
  const ownStore = typeof resolved.store === 'string';
  const store = typeof resolved.store === 'string' ? await (await import('../store/index.js')).openStore(resolved.store, { readOnly: true }) : resolved.store;
  const closeStore = async () => {
    if (ownStore) await store?.close();
  };
  let pool: AnalysisPool;
  try {
    pool = await AnalysisPool.start({
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
  } catch (err) {
    await closeStore();
    throw err;
  }
  const lifecycle: Lifecycle = { closing: false };
  let app: FastifyInstance;
  try {
    app = await buildApp(pool, resolved, lifecycle, store);
  } catch (err) {
    await pool.close();
    await closeStore();
    throw err;
  }
  let closed: Promise<boolean> | undefined;
  return {
    app,
    pool,
    options: resolved,
    store,
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
        await closeStore();
        return answered;
      })();
      return closed;
    },
  };
}
