import { createHash } from 'node:crypto';
import { settingsOf, workerSetupOf, type BatchOptions } from '../batch/options.js';
import { buildSetupPipeline } from '../batch/processor.js';
import { readRecords } from '../batch/run-batch.js';
import type { InputRecord } from '../io/record.js';
import { clientDb, DEFAULT_JOB_POLICY, ensureQueue, ensureQueueTables, openBoss, openPool, parseQueueUrl, QUEUE_NAME, type JobPolicy } from './db.js';

/** Options of {@link queueAdd}: the batch options that decide what is read and how it is analysed. */
export interface QueueAddOptions extends Pick<BatchOptions, 'inputs' | 'format' | 'map' | 'limits' | 'pipeline' | 'plugins' | 'timings' | 'optionNames'> {
  /** `postgres://…?schema=NAME`: the queue's database and schema (the fact store's too). */
  pg: string;
  /** Records per chunk (one job each; default 500). */
  chunkSize?: number;
  /** Retry and expiry of the jobs, used when the queue is created. */
  policy?: Partial<JobPolicy>;
  /** Called after each chunk is stored. */
  onChunk?: (added: boolean, records: number) => void;
  stderr?: NodeJS.WritableStream;
}

/** What {@link queueAdd} did. */
export interface QueueAddResult {
  records: number;
  chunks: number;
  /** Chunks stored and enqueued by this call (the others were already there). */
  added: number;
  addedRecords: number;
  configHash: string;
}

/** A chunk is cut at this many characters of records, even before it has `chunkSize` records. */
const CHUNK_CHARS = 16 << 20;

/** A stable hash of a value's JSON. */
function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/**
 * Reads the inputs as `warta analyze` reads them, cuts the records into chunks, and stores and
 * enqueues each chunk that is not in the queue yet, with the config the workers must analyse it
 * with: the chunk row and its pg-boss job are written in one transaction. A chunk's id is the hash
 * of its records (id and payload, not the path they were read from) and of the config, so adding
 * the same dump again adds nothing, and adding it with another config adds a new analysis.
 */
export async function queueAdd(options: QueueAddOptions): Promise<QueueAddResult> {
  const loc = parseQueueUrl(options.pg);
  const chunkSize = options.chunkSize ?? 500;
  if (!Number.isInteger(chunkSize) || chunkSize <= 0) throw new Error(`the chunk size must be a positive integer, got ${chunkSize}`);
  // The same settings `warta analyze` derives (the pipeline's limits and timings), so the same
  // config gives the same summaries (and config hash) in the queue as in a batch run.
  const { pg: _pg, chunkSize: _c, policy: _p, onChunk: _o, stderr: _s, ...batch } = options;
  const settings = settingsOf(batch);
  const setup = workerSetupOf(settings);
  // A config that cannot be built is refused now, not by every worker.
  await buildSetupPipeline(setup);
  const configHash = hashOf(setup).slice(0, 32);
  const policy = { ...DEFAULT_JOB_POLICY, ...options.policy };
  const stderr = options.stderr ?? process.stderr;

  const pool = openPool(loc, 2);
  let boss: Awaited<ReturnType<typeof openBoss>> | undefined;
  const result: QueueAddResult = { records: 0, chunks: 0, added: 0, addedRecords: 0, configHash };
  try {
    await ensureQueueTables(pool, loc);
    boss = await openBoss(loc);
    await ensureQueue(boss, policy);
    await pool.query('INSERT INTO queue_configs (config_hash, setup) VALUES ($1, $2) ON CONFLICT DO NOTHING', [configHash, JSON.stringify(setup)]);
    const client = await pool.connect();
    try {
      const store = async (records: InputRecord[]) => {
        const json = JSON.stringify(records);
        const chunkId = hashOf({ configHash, records: records.map((r) => [r.id, r.payload]) });
        const first = records[0]!.source;
        const source = `${first.file ?? ''}${first.line !== undefined ? `:${first.line}` : ''}`;
        await client.query('BEGIN');
        try {
          const inserted = await client.query(
            'INSERT INTO queue_chunks (chunk_id, config_hash, source, record_count, records) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (chunk_id) DO NOTHING RETURNING chunk_no',
            [chunkId, configHash, source, records.length, json],
          );
          const added = inserted.rowCount === 1;
          if (added) {
            const jobId = await boss!.send(QUEUE_NAME, { chunk: chunkId }, { db: clientDb(client) });
            if (!jobId) throw new Error('pg-boss did not create the job');
            await client.query('UPDATE queue_chunks SET job_id = $1 WHERE chunk_id = $2', [jobId, chunkId]);
          }
          await client.query('COMMIT');
          result.chunks += 1;
          result.records += records.length;
          if (added) {
            result.added += 1;
            result.addedRecords += records.length;
          }
          options.onChunk?.(added, records.length);
        } catch (err) {
          await client.query('ROLLBACK').catch(() => {});
          throw err;
        }
      };
      let chunk: InputRecord[] = [];
      let chars = 0;
      for await (const record of readRecords(settings, { stderr })) {
        chunk.push(record);
        chars += JSON.stringify(record.payload).length;
        if (chunk.length >= chunkSize || chars >= CHUNK_CHARS) {
          await store(chunk);
          chunk = [];
          chars = 0;
        }
      }
      if (chunk.length > 0) await store(chunk);
    } finally {
      client.release();
    }
  } finally {
    await boss?.stop({ graceful: false, close: true }).catch(() => {});
    await pool.end().catch(() => {});
  }
  return result;
}
