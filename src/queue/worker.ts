import { hostname } from 'node:os';
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import type { RecordBudget } from '../batch/budget.js';
import type { RecordResult } from '../batch/process-record.js';
import { poolProcessor, type Processor, type WorkerSetup } from '../batch/processor.js';
import type { InputRecord } from '../io/record.js';
import type { Summary } from '../schema/summary.js';
import { openStore } from '../store/store.js';
import type { FactStore } from '../store/store.js';
import { encodeFacts, type EncodedFacts } from '../store/copy-rows.js';
import { FactWriter } from '../store/writer.js';
import { clientDb, ensureQueueTables, openBoss, openPool, parseQueueUrl, QUEUE_NAME, sqlDb, withTransaction, type QueueLocation } from './db.js';

/** Options of {@link runWorker}. */
export interface WorkerOptions {
  pg: string;
  /** Worker threads analysing records (default 1). Chunks in flight: one more than that. */
  concurrency?: number;
  /** The time and memory limits of a record on a thread (see `warta analyze --record-timeout`). */
  budget: RecordBudget;
  /** Exit once no chunk is pending or active (instead of waiting for more). */
  drain?: boolean;
  /** Milliseconds between polls of an empty queue (default 2000). */
  pollMs?: number;
  /** Seconds between pg-boss maintenance runs, which fail (and so retry) jobs of dead workers (default 60). */
  maintenanceSeconds?: number;
  /** Milliseconds to wait after analysing a chunk before storing it (for tests of a kill mid-chunk). */
  holdMs?: number;
  /** Stops taking chunks; those in hand are finished and stored, then `runWorker` resolves. */
  signal?: AbortSignal;
  /** One line per event (chunk started, done, failed). */
  log?: (line: string) => void;
}

/** What a worker did. */
export interface WorkerResult {
  chunks: number;
  records: number;
  failed: number;
  /** Jobs whose chunk another worker had stored already (completed without work). */
  skipped: number;
}

/** Records per task on a thread: a chunk is spread over every thread of the worker. */
const TASK_RECORDS = 16;

interface JobData {
  chunk: string;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Resolves after `ms`, or at once when the signal aborts or another slot calls its entry in `sleepers`. */
function sleep(ms: number, signal?: AbortSignal, sleepers?: Set<() => void>): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      sleepers?.delete(done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
    sleepers?.add(done);
  });
}

/** Runs `fn` after every earlier call has finished: one transaction at a time on one connection. */
class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => {});
    return next;
  }
}

/**
 * A queue worker: takes chunk jobs, analyses their records with the config they were queued with
 * (on worker threads, within the same time and memory limits as `warta analyze`), and in one
 * transaction writes the facts into the fact store, the result lines and `done` into the chunk's
 * row, and completes the pg-boss job. A worker killed at any point has committed a chunk wholly or
 * not at all; a chunk that another worker stored meanwhile (its job expired and was taken again)
 * is recognised by its row, locked in that transaction, and stored once.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerResult> {
  const loc = parseQueueUrl(options.pg);
  const concurrency = options.concurrency ?? 1;
  const log = options.log ?? (() => {});
  const name = `${hostname()}:${process.pid}`;
  const pool = openPool(loc, 4);
  const result: WorkerResult = { chunks: 0, records: 0, failed: 0, skipped: 0 };
  let boss: PgBoss | undefined;
  let store: FactStore | undefined;
  const processors = new Map<string, Promise<Processor>>();
  const threads: Threads = { pool, processors, concurrency, budget: options.budget };
  let warming: Promise<void> | undefined;
  try {
    await ensureQueueTables(pool, loc);
    // The threads of a pending chunk's config start (and build their pipelines, the longest
    // part of starting) while the fact store and pg-boss are opened.
    warming = warmUp(threads);
    const opened = await Promise.allSettled([openStore(loc.url), openBoss(loc, { supervise: true, maintenanceSeconds: options.maintenanceSeconds ?? 60 })]);
    if (opened[0].status === 'fulfilled') store = opened[0].value;
    if (opened[1].status === 'fulfilled') boss = opened[1].value;
    for (const o of opened) if (o.status === 'rejected') throw o.reason;
    // The fact store's connection runs only this worker's commits (see `commit`), which return
    // before their WAL reaches the disk. That keeps exactly-once: the facts, the chunk's `done` and
    // the job's completion are in one transaction, so a crash of the server loses only whole
    // transactions, the last few, and with them their jobs' completion: those jobs expire and run
    // again, and their chunks are stored once (the server never keeps the facts without the `done`,
    // or the reverse). A worker that dies loses nothing the server acknowledged. What is saved is
    // the wait for the disk's flush on every chunk, which held up the next chunk's commit.
    await store!.backend.all('SET synchronous_commit = off');
    const commits = new Mutex();
    const ctx: Ctx = { loc, pool, boss: boss!, store: store!, commits, threads, options, log, name, result, sleepers: new Set() };
    const slots = Array.from({ length: concurrency + 1 }, () => slot(ctx));
    await Promise.all(slots);
  } finally {
    // A processor the warm-up is still starting is closed with the others.
    await warming;
    for (const p of processors.values()) await (await p.catch(() => undefined))?.close().catch(() => {});
    await boss?.stop({ graceful: false, close: true }).catch(() => {});
    await store?.close().catch(() => {});
    await pool.end().catch(() => {});
  }
  return result;
}

/** The worker's thread pools: one per config its chunks were queued with (built on first use). */
interface Threads {
  pool: pg.Pool;
  processors: Map<string, Promise<Processor>>;
  concurrency: number;
  budget: RecordBudget;
}

interface Ctx {
  loc: QueueLocation;
  pool: pg.Pool;
  boss: PgBoss;
  store: FactStore;
  commits: Mutex;
  threads: Threads;
  options: WorkerOptions;
  log: (line: string) => void;
  name: string;
  result: WorkerResult;
  /** Slots waiting for the next poll: a draining slot that finds nothing left wakes them. */
  sleepers: Set<() => void>;
}

/** Whether every chunk is done or failed (and no job of the queue waits or runs). */
async function nothingLeft(ctx: Ctx): Promise<boolean> {
  const { rows } = await ctx.pool.query(`SELECT count(*)::int AS n FROM queue_chunks WHERE state = 'pending'`);
  if (Number(rows[0]?.n) > 0) return false;
  const jobs = await ctx.pool.query(`SELECT count(*)::int AS n FROM ${ctx.loc.bossSchema}.job WHERE name = $1 AND state < 'completed'`, [QUEUE_NAME]);
  return Number(jobs.rows[0]?.n) === 0;
}

/** One chunk in flight at a time: take a job, process it, again, until stopped. */
async function slot(ctx: Ctx): Promise<void> {
  const { signal, pollMs = 2000, drain } = ctx.options;
  while (!signal?.aborted) {
    const [job] = (await ctx.boss.fetch<JobData>(QUEUE_NAME, { batchSize: 1, includeMetadata: true })) as PgBoss.JobWithMetadata<JobData>[];
    if (!job) {
      if (drain && (await nothingLeft(ctx))) {
        // The other slots need not sleep out their poll to find the same.
        for (const wake of ctx.sleepers) wake();
        return;
      }
      await sleep(pollMs, signal, ctx.sleepers);
      continue;
    }
    await processJob(ctx, job);
  }
}

/** The processor of a config (built once per worker process). */
function processorFor(threads: Threads, configHash: string): Promise<Processor> {
  let p = threads.processors.get(configHash);
  if (!p) {
    p = (async () => {
      const { rows } = await threads.pool.query('SELECT setup FROM queue_configs WHERE config_hash = $1', [configHash]);
      if (!rows[0]) throw new Error(`the config ${configHash} of the chunk is missing from queue_configs`);
      const setup = JSON.parse(String(rows[0].setup)) as WorkerSetup;
      // The threads hand each summary's fact rows along, encoded for COPY: the worker's own thread
      // need not parse the line and build them (with each summary's sentence bounds, for the rows).
      return poolProcessor({ ...setup, sentences: true, facts: true }, threads.concurrency, threads.budget);
    })();
    // A config that fails to load is tried again by the next chunk.
    p.catch(() => threads.processors.delete(configHash));
    threads.processors.set(configHash, p);
  }
  return p;
}

/**
 * Starts the processor of the config of a pending chunk, if any (a dump's chunks share one); resolves once it is
 * starting (not started). A failure is left for that chunk's job to meet (and report) again.
 */
function warmUp(threads: Threads): Promise<void> {
  return threads.pool
    .query(`SELECT config_hash FROM queue_chunks WHERE state = 'pending' LIMIT 1`)
    .then(({ rows }) => {
      if (rows[0]) processorFor(threads, String(rows[0].config_hash)).catch(() => {});
    })
    .catch(() => {});
}

/** A record's result line and its fact rows, encoded for the fact store. */
interface Analysed extends RecordResult {
  facts: EncodedFacts;
}

/** The facts of a result, as its thread encoded them, or from its line (an error record made outside the pipeline). */
function factsOf(r: RecordResult): Analysed {
  return { ...r, facts: r.facts ?? encodeFacts(JSON.parse(r.line) as Summary, r.sentences ? { sentences: r.sentences } : {}) };
}

/** The results of a chunk's records, in order, as the threads hand them back. */
async function analyse(proc: Processor, records: InputRecord[]): Promise<Analysed[]> {
  const parts: Promise<Analysed[]>[] = [];
  for (let i = 0; i < records.length; i += TASK_RECORDS) parts.push(proc.run(records.slice(i, i + TASK_RECORDS)).then((results) => results.map(factsOf)));
  return (await Promise.all(parts)).flat();
}

async function processJob(ctx: Ctx, job: PgBoss.JobWithMetadata<JobData>): Promise<void> {
  const started = Date.now();
  const chunkId = job.data?.chunk;
  try {
    const { rows } = await ctx.pool.query('SELECT chunk_no, state, config_hash, records, record_count FROM queue_chunks WHERE chunk_id = $1', [chunkId]);
    const row = rows[0] as { chunk_no: string; state: string; config_hash: string; records: string; record_count: number } | undefined;
    if (!row) throw new Error(`job ${job.id} names chunk ${String(chunkId)}, which is not in queue_chunks`);
    if (row.state === 'done') {
      // Stored by a worker whose job expired before it could complete it: complete it now.
      await ctx.boss.complete(QUEUE_NAME, job.id);
      ctx.result.skipped += 1;
      return;
    }
    ctx.log(`chunk ${row.chunk_no} started (${row.record_count} records, attempt ${job.retryCount + 1})`);
    const proc = await processorFor(ctx.threads, row.config_hash);
    const records = JSON.parse(row.records) as InputRecord[];
    const results = await analyse(proc, records);
    if (ctx.options.holdMs) await sleep(ctx.options.holdMs);
    const counts = { ok: 0, partial: 0, error: 0 };
    for (const r of results) counts[r.status] += 1;
    const stored = await ctx.commits.run(() => commit(ctx, job, row.chunk_no, results, counts, Date.now() - started));
    if (stored) {
      ctx.result.chunks += 1;
      ctx.result.records += results.length;
      ctx.log(`chunk ${row.chunk_no} done (${counts.ok} ok, ${counts.partial} partial, ${counts.error} error) in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    } else {
      ctx.result.skipped += 1;
      ctx.log(`chunk ${row.chunk_no} was stored by another worker meanwhile`);
    }
  } catch (err) {
    await failJob(ctx, job, chunkId, message(err)).catch((e: unknown) => ctx.log(`could not record the failure of job ${job.id}: ${message(e)}`));
  }
}

/**
 * One transaction on the fact store's connection: lock the chunk's row (a chunk already done is
 * left alone), write the facts, the result lines and `done`, and complete the job.
 */
async function commit(ctx: Ctx, job: PgBoss.JobWithMetadata<JobData>, chunkNo: string, results: Analysed[], counts: { ok: number; partial: number; error: number }, ms: number): Promise<boolean> {
  const backend = ctx.store.backend;
  const writer = new FactWriter(backend, { validate: false, batchSize: Number.MAX_SAFE_INTEGER });
  // The summaries come from the pipeline on the worker's threads, which has checked them already.
  for (const r of results) writer.addEncoded(r.facts);
  // pg-boss's statements on the fact store's connection, in the transaction the writer runs.
  const db = sqlDb((text, values) => backend.all(text, values as never));
  return writer.flushWithin({
    before: async () => {
      const rows = await backend.all('SELECT state FROM queue_chunks WHERE chunk_no = $1 FOR UPDATE', [chunkNo]);
      if (rows[0]?.state === 'done') {
        await ctx.boss.complete(QUEUE_NAME, job.id, {}, { db });
        return false;
      }
      return true;
    },
    after: async () => {
      await backend.all(
        `UPDATE queue_chunks SET state = 'done', results = $2, ok = $3, partial = $4, errors = $5, ms = $6, worker = $7, error = NULL,
           attempts = attempts + 1, done_at = clock_timestamp() WHERE chunk_no = $1`,
        [chunkNo, results.map((r) => r.line).join('\n'), counts.ok, counts.partial, counts.error, ms, ctx.name],
      );
      await ctx.boss.complete(QUEUE_NAME, job.id, {}, { db });
    },
  });
}

/**
 * A chunk that could not be processed: pg-boss retries the job later (with backoff) while it has
 * retries left; the last failure marks the chunk `failed` with its error (`warta queue retry` puts
 * it back), in the same transaction as the job's.
 */
async function failJob(ctx: Ctx, job: PgBoss.JobWithMetadata<JobData>, chunkId: string | undefined, reason: string): Promise<void> {
  const last = job.retryCount >= job.retryLimit;
  ctx.result.failed += last ? 1 : 0;
  ctx.log(`job ${job.id} failed${last ? ' for good' : `, will be retried (${job.retryCount + 1} of ${job.retryLimit + 1} attempts)`}: ${reason}`);
  await withTransaction(ctx.pool, async (client) => {
    await client.query(`UPDATE queue_chunks SET error = $2, attempts = attempts + 1${last ? ", state = 'failed'" : ''} WHERE chunk_id = $1 AND state <> 'done'`, [chunkId ?? '', reason]);
    await ctx.boss.fail(QUEUE_NAME, job.id, { message: reason }, { db: clientDb(client) });
  });
}
