import { Option, type Command } from 'commander';
import { collect, dateOptions, pipelineOf, pluginSpecifiers, positiveInt, type DateFlags } from '../pipeline-args.js';

interface ServeFlags extends DateFlags {
  host: string;
  port: number;
  workers?: number;
  config?: string;
  plugin?: string[];
  timeoutMs?: number;
  maxQueue?: number;
  bodyLimit?: number;
  batchBodyLimit?: number;
  maxBatchRecords?: number;
  tokensFile?: string;
  cors?: string;
  logLevel: string;
  shutdownTimeoutMs?: number;
  db?: string;
}

const HELP_AFTER = `
Routes: POST /v1/analyze (one article as JSON → its summary; ?fields=entities,quotes trims it),
POST /v1/analyze/batch (JSONL or a JSON array in, JSONL out, in order), POST /v1/numbers, /v1/stem,
/v1/language, GET /v1/schema, /openapi.json, /docs (the API docs page), /healthz, /readyz, /metrics,
and the web app at / (article viewer; with --db, the fact explorer). With --db, the fact store
(opened read-only) answers GET /v1/facts/search, /entity, /quotes, /amounts, /cooccur, /warnings,
/articles/:id and /info.
Errors are application/problem+json: 400 invalid JSON or a field that breaks the schema (named),
401/403 without or with a wrong token, 413 body or batch too large, 415 not JSON, 429 queue full
and 503 overloaded (both with Retry-After), 504 over the time limit.

Every option can also be set by an environment variable (the flag wins): WARTA_HOST, WARTA_PORT,
WARTA_WORKERS, WARTA_CONFIG, WARTA_PLUGINS (comma-separated), WARTA_TIMEOUT_MS, WARTA_MAX_QUEUE,
WARTA_BODY_LIMIT, WARTA_BATCH_BODY_LIMIT, WARTA_MAX_BATCH_RECORDS, WARTA_TOKENS_FILE, WARTA_CORS,
WARTA_LOG_LEVEL, WARTA_SHUTDOWN_TIMEOUT_MS, WARTA_DB; and WARTA_TOKENS, comma-separated bearer tokens (with
tokens, every route but /healthz, /readyz, /openapi.json and /docs needs one). JSON logs go to
stderr, one line per request with its request id. SIGTERM or SIGINT: new requests get 503, the ones
in flight are answered, then the process exits 0.

Examples:
  $ warta serve --port 8080 --workers 2
  $ warta serve --db facts.duckdb        # then open http://127.0.0.1:8080/
  $ WARTA_TOKENS=$(openssl rand -hex 24) warta serve --host 0.0.0.0 --config pipeline.json
  $ curl -s localhost:8080/v1/analyze -H 'content-type: application/json' -d '{"title":"…","body":"…"}'`;

const int = (flag: string, env: string, help: string, allowZero = false) => new Option(`${flag} <n>`, help).env(env).argParser(positiveInt(flag.split(' ')[0]!, allowZero));

/** Registers `warta serve`: the HTTP API, on a pool of warm worker threads. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (analyze, batch, numbers, stem, language; facts with --db; OpenAPI, docs, health, metrics) and the web app')
    .addOption(new Option('--host <host>', 'address to listen on').env('WARTA_HOST').default('127.0.0.1'))
    .addOption(int('--port', 'WARTA_PORT', 'port to listen on (0: any free port)', true).default(8080))
    .addOption(int('-w, --workers', 'WARTA_WORKERS', 'worker threads, each with its own pipeline (default: one per core)'))
    .addOption(new Option('--config <file>', 'the pipeline config (JSON; see `warta config`) every worker builds from').env('WARTA_CONFIG'))
    .option('--plugin <module>', 'load stage factories from a module, in every worker (repeatable; WARTA_PLUGINS, comma-separated)', collect)
    .addOption(dateOptions()[0]!)
    .addOption(dateOptions()[1]!)
    .addOption(int('--timeout-ms', 'WARTA_TIMEOUT_MS', 'time a request may wait and run (503 when it waited, 504 when it ran; default 10000)'))
    .addOption(int('--max-queue', 'WARTA_MAX_QUEUE', 'requests that may wait for a worker; more get 429 (default 256)'))
    .addOption(int('--body-limit', 'WARTA_BODY_LIMIT', 'largest request body in bytes; larger gets 413 (default 1048576)'))
    .addOption(int('--batch-body-limit', 'WARTA_BATCH_BODY_LIMIT', 'largest /v1/analyze/batch body in bytes (default 16777216)'))
    .addOption(int('--max-batch-records', 'WARTA_MAX_BATCH_RECORDS', 'most records in one batch request; more gets 413 (default 1000)'))
    .addOption(new Option('--tokens-file <file>', 'bearer tokens, one per line (also WARTA_TOKENS, comma-separated)').env('WARTA_TOKENS_FILE'))
    .addOption(new Option('--cors <origins>', 'allow these origins by CORS (comma-separated, or *); default: no CORS').env('WARTA_CORS'))
    .addOption(new Option('--log-level <level>', 'log level').choices(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).env('WARTA_LOG_LEVEL').default('info'))
    .addOption(new Option('--db <url>', 'a fact store to answer /v1/facts/* and the explorer from, opened read-only: a DuckDB file or postgres://…?schema=NAME').env('WARTA_DB'))
    .addOption(int('--shutdown-timeout-ms', 'WARTA_SHUTDOWN_TIMEOUT_MS', 'time a shutdown waits for requests in flight (default 30000)'))
    .addHelpText('after', HELP_AFTER)
    .action(async (flags: ServeFlags) => {
      const { createServer, readTokens } = await import('../../server/index.js');
      const plugins = flags.plugin ?? process.env.WARTA_PLUGINS?.split(',').filter((p) => p.trim() !== '');
      const tokens = readTokens({ file: flags.tokensFile, list: process.env.WARTA_TOKENS });
      const server = await createServer({
        ...pipelineOf(flags),
        ...(plugins ? { plugins: pluginSpecifiers(plugins) } : {}),
        ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
        ...(flags.timeoutMs !== undefined ? { timeoutMs: flags.timeoutMs } : {}),
        ...(flags.maxQueue !== undefined ? { maxQueue: flags.maxQueue } : {}),
        ...(flags.bodyLimit !== undefined ? { bodyLimit: flags.bodyLimit } : {}),
        ...(flags.batchBodyLimit !== undefined ? { batchBodyLimit: flags.batchBodyLimit } : {}),
        ...(flags.maxBatchRecords !== undefined ? { maxBatchRecords: flags.maxBatchRecords } : {}),
        ...(flags.shutdownTimeoutMs !== undefined ? { shutdownTimeoutMs: flags.shutdownTimeoutMs } : {}),
        ...(flags.cors ? { cors: flags.cors.trim() === '*' ? true : flags.cors.split(',').map((o) => o.trim()) } : {}),
        ...(flags.db ? { store: flags.db } : {}),
        tokens,
        log: { level: flags.logLevel },
      });
      const log = server.app.log;
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info({ signal }, 'shutting down: answering the requests in flight');
        void server.close().then((answered) => {
          log.info({ answered }, answered ? 'stopped' : 'stopped: the shutdown timeout cut requests in flight');
          process.exit(answered ? 0 : 1);
        });
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
      const url = await server.listen({ host: flags.host, port: flags.port });
      log.info({ url, workers: server.pool.threads, config: server.pool.config, auth: tokens.length > 0, store: server.store?.location ?? null }, `warta serve: listening on ${url}`);
    });
}
