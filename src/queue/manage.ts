import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { clientDb, ensureQueueTables, openBoss, openPool, parseQueueUrl, QUEUE_NAME } from './db.js';

/** The state of a queue: chunks by state, records, throughput and what remains. */
export interface QueueStatus {
  chunks: { total: number; pending: number; active: number; done: number; failed: number };
  records: { total: number; done: number; ok: number; partial: number; error: number };
  /** Articles per second over the chunks done in the last 10 minutes (null: none). */
  rate: number | null;
  /** Seconds until the remaining records are done at that rate (null: unknown). */
  etaSeconds: number | null;
  /** Errors of the failed chunks (at most 10). */
  failures: { chunk: number; error: string | null }[];
}

/**
 * The queue's state: `done` and `failed` from the chunk rows; `active` (a worker has the job) and
 * the rest `pending` from pg-boss's job table. A chunk whose job failed for good (e.g. its worker
 * died on every attempt) or is gone counts as failed.
 */
export async function queueStatus(pgUrl: string): Promise<QueueStatus> {
  const loc = parseQueueUrl(pgUrl);
  const pool = openPool(loc, 1);
  try {
    await ensureQueueTables(pool, loc);
    const boss = await pool.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [`${loc.bossSchema}.job`]);
    const job = boss.rows[0]?.ok ? `LEFT JOIN ${loc.bossSchema}.job j ON j.id = c.job_id AND j.name = '${QUEUE_NAME}'` : 'LEFT JOIN (SELECT NULL::uuid AS id, NULL::text AS state) j ON false';
    const { rows } = await pool.query(`
      SELECT CASE WHEN c.state IN ('done', 'failed') THEN c.state
                  WHEN j.state IS NULL OR j.state IN ('failed', 'cancelled', 'completed') THEN 'failed'
                  WHEN j.state = 'active' THEN 'active' ELSE 'pending' END AS s,
             count(*)::int AS chunks, coalesce(sum(c.record_count), 0)::int AS records,
             coalesce(sum(c.ok), 0)::int AS ok, coalesce(sum(c.partial), 0)::int AS partial, coalesce(sum(c.errors), 0)::int AS error
      FROM queue_chunks c ${job} GROUP BY 1`);
    const status: QueueStatus = {
      chunks: { total: 0, pending: 0, active: 0, done: 0, failed: 0 },
      records: { total: 0, done: 0, ok: 0, partial: 0, error: 0 },
      rate: null,
      etaSeconds: null,
      failures: [],
    };
    for (const r of rows as { s: 'pending' | 'active' | 'done' | 'failed'; chunks: number; records: number; ok: number; partial: number; error: number }[]) {
      status.chunks[r.s] += r.chunks;
      status.chunks.total += r.chunks;
      status.records.total += r.records;
      if (r.s === 'done') Object.assign(status.records, { done: r.records, ok: r.ok, partial: r.partial, error: r.error });
    }
    // The window runs from the start of the first chunk done in the last 10 minutes (its end less
    // its processing time) to the end of the last.
    const [w] = (
      await pool.query(`
      SELECT coalesce(sum(record_count), 0)::int AS n,
             extract(epoch FROM max(done_at) - min(done_at - ms * interval '1 millisecond'))::float AS secs
      FROM queue_chunks WHERE state = 'done' AND done_at > clock_timestamp() - interval '10 minutes'`)
    ).rows as { n: number; secs: number | null }[];
    if (w && w.n > 0 && w.secs && w.secs > 0) {
      status.rate = w.n / w.secs;
      const remaining = status.records.total - status.records.done;
      status.etaSeconds = remaining === 0 ? 0 : status.chunks.pending + status.chunks.active > 0 ? remaining / status.rate : null;
    }
    const failed = await pool.query(`SELECT chunk_no::int AS chunk, error FROM queue_chunks c ${job} WHERE c.state = 'failed' OR (c.state = 'pending' AND (j.state IS NULL OR j.state IN ('failed', 'cancelled', 'completed'))) ORDER BY chunk_no LIMIT 10`);
    status.failures = failed.rows as QueueStatus['failures'];
    return status;
  } finally {
    await pool.end().catch(() => {});
  }
}

/**
 * Puts failed chunks back: each chunk not done whose job failed for good, was cancelled or is gone
 * gets a new job (in one transaction with its row, back to `pending`). Returns how many.
 */
export async function queueRetry(pgUrl: string): Promise<number> {
  const loc = parseQueueUrl(pgUrl);
  const pool = openPool(loc, 2);
  const boss = await openBoss(loc);
  try {
    await ensureQueueTables(pool, loc);
    const { rows } = await pool.query(`
      SELECT c.chunk_id FROM queue_chunks c LEFT JOIN ${loc.bossSchema}.job j ON j.id = c.job_id AND j.name = '${QUEUE_NAME}'
      WHERE c.state = 'failed' OR (c.state = 'pending' AND (j.state IS NULL OR j.state IN ('failed', 'cancelled', 'completed')))
      ORDER BY c.chunk_no`);
    const client = await pool.connect();
    let n = 0;
    try {
      for (const { chunk_id: chunkId } of rows as { chunk_id: string }[]) {
        await client.query('BEGIN');
        try {
          const locked = await client.query(`SELECT state FROM queue_chunks WHERE chunk_id = $1 FOR UPDATE`, [chunkId]);
          if (locked.rows[0]?.state === 'done') {
            await client.query('ROLLBACK');
            continue;
          }
          const jobId = await boss.send(QUEUE_NAME, { chunk: chunkId }, { db: clientDb(client) });
          await client.query(`UPDATE queue_chunks SET state = 'pending', job_id = $2, attempts = 0 WHERE chunk_id = $1`, [chunkId, jobId]);
          await client.query('COMMIT');
          n += 1;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => {});
          throw err;
        }
      }
    } finally {
      client.release();
    }
    return n;
  } finally {
    await boss.stop({ graceful: false, close: true }).catch(() => {});
    await pool.end().catch(() => {});
  }
}

/** What {@link queueExport} wrote. */
export interface QueueExportResult {
  records: number;
  chunks: number;
  /** Chunks not done yet (their records are not in the output). */
  missingChunks: number;
  missingRecords: number;
  /** The numbers of the chunks not done (the first 20), as `warta queue status` names them. */
  missing: number[];
}

async function write(out: Writable, data: string): Promise<void> {
  if (!out.write(data)) await once(out, 'drain');
}

/**
 * Writes the result lines of every done chunk, in input order (the order the chunks were added,
 * then the records in each), to a file (`.gz`: gzipped). Chunks not done are counted, not waited for.
 */
export async function queueExport(pgUrl: string, output: string): Promise<QueueExportResult> {
  const loc = parseQueueUrl(pgUrl);
  const pool = openPool(loc, 1);
  const file = createWriteStream(output);
  const gzip = output.endsWith('.gz') ? createGzip() : undefined;
  const out: Writable = gzip ?? file;
  gzip?.pipe(file);
  const result: QueueExportResult = { records: 0, chunks: 0, missingChunks: 0, missingRecords: 0, missing: [] };
  try {
    await ensureQueueTables(pool, loc);
    let after = -1;
    for (;;) {
      const { rows } = await pool.query(`SELECT chunk_no::bigint AS no, state, record_count, results FROM queue_chunks WHERE chunk_no > $1 ORDER BY chunk_no LIMIT 50`, [after]);
      if (rows.length === 0) break;
      for (const r of rows as { no: string; state: string; record_count: number; results: string | null }[]) {
        after = Number(r.no);
        if (r.state !== 'done' || r.results === null) {
          result.missingChunks += 1;
          result.missingRecords += r.record_count;
          if (result.missing.length < 20) result.missing.push(Number(r.no));
          continue;
        }
        await write(out, `${r.results}\n`);
        result.chunks += 1;
        result.records += r.record_count;
      }
    }
  } finally {
    out.end();
    await once(file, 'close');
    await pool.end().catch(() => {});
  }
  return result;
}
