import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { WartaConfigError } from '../errors.js';
import type { PipelineConfig } from '../schema/config.js';
import type { FactStore } from '../store/store.js';

/**
 * Where `npm run build` writes the web app (Vite, src/web → dist/web), which web.ts serves. Two
 * folders up from this module is the package's root both from src/server (tests) and from
 * dist/server (the package; the bundled CLI keeps each module's own URL).
 */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** Options of {@link createServer} (the CLI's `warta serve` flags, as a library takes them). */
export interface ServerOptions {
  /** The pipeline config every worker builds from (default: the default pipeline). */
  pipeline?: PipelineConfig;
  /** Plugin modules every worker loads before it builds (import specifiers: package names or file URLs). */
  plugins?: readonly string[];
  /** Worker threads, each with its own pipeline (default: one per core). */
  workers?: number;
  /** Milliseconds a request may wait and run on a worker: 503 when it waited that long, 504 when it ran (default 10,000). */
  timeoutMs?: number;
  /** Requests that may wait for a worker; one more gets 429 (default 256). */
  maxQueue?: number;
  /** Largest body of a single request, in bytes; larger gets 413 (default 1 MiB). */
  bodyLimit?: number;
  /** Largest body of `POST /v1/analyze/batch`, in bytes (default 16 MiB). */
  batchBodyLimit?: number;
  /** Most records in one batch request; more gets 413 (default 1,000). */
  maxBatchRecords?: number;
  /** Bearer tokens; with any, every route but /healthz, /readyz, /openapi.json and /docs needs one. */
  tokens?: readonly string[];
  /** Origins allowed by CORS (`true`: any); default: no CORS headers. */
  cors?: readonly string[] | boolean;
  /** Log level and stream of the JSON logs (default: "info" to stderr); `false`: no logs. */
  log?: { level?: string; stream?: Writable } | false;
  /** Milliseconds a shutdown waits for the requests in flight before it gives up (default 30,000). */
  shutdownTimeoutMs?: number;
  /**
   * The fact store the service answers `GET /v1/facts/*` from (and the web app's explorer): a URL
   * as `openStore` takes it (a DuckDB file, `postgres://…?schema=NAME`), opened read-only when the
   * server starts and closed with it; or a store already open, which the caller closes.
   */
  store?: string | FactStore;
  /**
   * The folder of the built web app served at `/` (default: the package's dist/web, which
   * `npm run build` writes); `false`: no web app.
   */
  webRoot?: string | false;
}

/** {@link ServerOptions} with every default filled in. */
export interface ResolvedServerOptions {
  pipeline: PipelineConfig;
  plugins: readonly string[];
  workers: number;
  timeoutMs: number;
  maxQueue: number;
  bodyLimit: number;
  batchBodyLimit: number;
  maxBatchRecords: number;
  tokens: readonly string[];
  cors: readonly string[] | boolean;
  log: { level: string; stream: Writable } | false;
  shutdownTimeoutMs: number;
  store: string | FactStore | undefined;
  webRoot: string | false;
}

/** The defaults of the service's limits (milliseconds, counts, bytes). */
export const SERVER_DEFAULTS = {
  timeoutMs: 10_000,
  maxQueue: 256,
  bodyLimit: 1024 * 1024,
  batchBodyLimit: 16 * 1024 * 1024,
  maxBatchRecords: 1000,
  shutdownTimeoutMs: 30_000,
} as const;

function positive(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 1) throw new WartaConfigError(`${name} must be a whole number ≥ 1, got ${String(value)}`);
  return v;
}

function storeOption(store: ServerOptions['store']): string | FactStore | undefined {
  if (store === undefined) return undefined;
  if (typeof store === 'string') {
    if (store.trim() === '') throw new WartaConfigError('store must name a DuckDB file or a postgres:// URL, got an empty string');
    return store;
  }
  // A JavaScript caller may hand anything: an object without the store's queries is refused here, not at the first request.
  if (typeof store !== 'object' || store === null || typeof (store as Partial<FactStore>).entity !== 'function') {
    throw new WartaConfigError('store must be a URL (a DuckDB file, postgres://…) or a store opened with openStore');
  }
  return store;
}

/** Fills in the defaults and checks every option; a wrong one throws {@link WartaConfigError} naming it. */
export function resolveServerOptions(options: ServerOptions): ResolvedServerOptions {
  return {
    pipeline: options.pipeline ?? {},
    plugins: options.plugins ?? [],
    workers: positive('workers', options.workers, Math.max(1, availableParallelism())),
    timeoutMs: positive('timeoutMs', options.timeoutMs, SERVER_DEFAULTS.timeoutMs),
    maxQueue: positive('maxQueue', options.maxQueue, SERVER_DEFAULTS.maxQueue),
    bodyLimit: positive('bodyLimit', options.bodyLimit, SERVER_DEFAULTS.bodyLimit),
    batchBodyLimit: positive('batchBodyLimit', options.batchBodyLimit, SERVER_DEFAULTS.batchBodyLimit),
    maxBatchRecords: positive('maxBatchRecords', options.maxBatchRecords, SERVER_DEFAULTS.maxBatchRecords),
    tokens: options.tokens ?? [],
    cors: options.cors ?? false,
    log: options.log === false ? false : { level: options.log?.level ?? 'info', stream: options.log?.stream ?? process.stderr },
    shutdownTimeoutMs: positive('shutdownTimeoutMs', options.shutdownTimeoutMs, SERVER_DEFAULTS.shutdownTimeoutMs),
    store: storeOption(options.store),
    webRoot: options.webRoot ?? DEFAULT_WEB_ROOT,
  };
}
