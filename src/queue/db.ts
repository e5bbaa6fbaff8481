import pg from 'pg';
import PgBoss from 'pg-boss';
import { WartaConfigError } from '../errors.js';
import { parseStoreUrl } from '../store/url.js';

/** The pg-boss queue every chunk job goes to. */
export const QUEUE_NAME = 'warta-chunks';

/** Where a queue lives: a PostgreSQL database and the schema of its tables (and the fact store's). */
export interface QueueLocation {
  connectionString: string;
  /** The schema of the chunk tables and the fact store (`?schema=`, default "warta"). */
  schema: string;
  /** pg-boss's own schema: `<schema>_boss`. */
  bossSchema: string;
  /** The URL without password, for messages. */
  display: string;
  /** The URL as given: the fact store opens it. */
  url: string;
}

/** Reads `--pg postgres://…[?schema=NAME]`; anything but a PostgreSQL URL is refused. */
export function parseQueueUrl(url: string): QueueLocation {
  const location = parseStoreUrl(url);
  if (location.kind !== 'postgres') throw new WartaConfigError(`--pg needs a PostgreSQL URL (postgres://user@host/db?schema=NAME), got "${url}"`);
  const bossSchema = `${location.schema}_boss`;
  if (bossSchema.length > 63) throw new WartaConfigError(`schema "${location.schema}" is too long for the queue: at most 58 characters`);
  return { connectionString: location.connectionString, schema: location.schema, bossSchema, display: location.display, url };
}

/** A pool of connections to the queue's database, its search_path on the queue's schema. */
export function openPool(loc: QueueLocation, max = 4): pg.Pool {
  const pool = new pg.Pool({ connectionString: loc.connectionString, max, options: `-c search_path=${loc.schema}` });
  // An idle connection that the server drops must not crash the process: the next query reports it.
  pool.on('error', () => {});
  return pool;
}

/**
 * The queue's tables, next to the fact store's: the pipeline configs runs use (by hash), and the
 * chunks (their records, state, and after analysis their result lines). `chunk_id` is the content
 * hash of the chunk (its records and config): adding a dump again adds nothing.
 */
const DDL = [
  `CREATE TABLE IF NOT EXISTS queue_configs (
    config_hash text PRIMARY KEY,
    setup text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE IF NOT EXISTS queue_chunks (
    chunk_no bigserial UNIQUE,
    chunk_id text PRIMARY KEY,
    config_hash text NOT NULL REFERENCES queue_configs (config_hash),
    source text,
    record_count integer NOT NULL,
    records text NOT NULL,
    job_id uuid,
    state text NOT NULL DEFAULT 'pending',
    attempts integer NOT NULL DEFAULT 0,
    error text,
    results text,
    ok integer,
    partial integer,
    errors integer,
    ms integer,
    worker text,
    added_at timestamptz NOT NULL DEFAULT now(),
    done_at timestamptz
  )`,
  'CREATE INDEX IF NOT EXISTS queue_chunks_state ON queue_chunks (state, done_at)',
  // A chunk's records and result lines (~100 KB and ~1 MB of JSON) are compressed with LZ4, which
  // costs the server a fraction of the CPU of its default pglz; a server without LZ4 keeps pglz.
  // Altered once (the check spares later starts the table lock).
  `DO $$ BEGIN
     IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'queue_chunks'::regclass AND attname IN ('records', 'results') AND attcompression <> 'l') THEN
       EXECUTE 'ALTER TABLE queue_chunks ALTER COLUMN records SET COMPRESSION lz4, ALTER COLUMN results SET COMPRESSION lz4';
     END IF;
   EXCEPTION WHEN OTHERS THEN NULL;
   END $$`,
];

/** Creates the schema and the queue's tables when missing (concurrent callers wait for each other). */
export async function ensureQueueTables(pool: pg.Pool, loc: QueueLocation): Promise<void> {
  await withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`warta-queue:${loc.schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${loc.schema}`);
    for (const statement of DDL) await client.query(statement);
  });
}

/** Runs `fn` in one transaction on a client of `pool`: committed when it resolves, rolled back when it throws. */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const value = await fn(client);
    await client.query('COMMIT');
    return value;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/** Retry and expiry of the chunk jobs (pg-boss queue options). */
export interface JobPolicy {
  /** Retries after the first attempt (default 3). */
  retryLimit: number;
  /** Seconds before the first retry; doubled each time (default 30). */
  retryDelay: number;
  /** Seconds a job may stay active before it is failed (and retried): a worker that died (default 900). */
  expireInSeconds: number;
}

export const DEFAULT_JOB_POLICY: JobPolicy = { retryLimit: 3, retryDelay: 30, expireInSeconds: 900 };

/** Options of {@link openBoss}. */
export interface BossOptions {
  /** Run pg-boss's maintenance (expiring jobs of dead workers, archiving): workers do. */
  supervise?: boolean;
  /** Seconds between maintenance runs (default 60). */
  maintenanceSeconds?: number;
}

/** Starts pg-boss on the queue's schema (created and migrated when missing). */
export async function openBoss(loc: QueueLocation, options: BossOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: loc.connectionString,
    schema: loc.bossSchema,
    max: 2,
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 60,
    monitorStateIntervalSeconds: 60,
  });
  // pg-boss reports its background errors (a lost connection) as events; unheard, they would crash.
  boss.on('error', (err: Error) => process.stderr.write(`warta: queue: ${err.message}\n`));
  await boss.start();
  return boss;
}

/** Creates the chunk queue with this retry policy when it does not exist yet. */
export async function ensureQueue(boss: PgBoss, policy: JobPolicy): Promise<void> {
  if (await boss.getQueue(QUEUE_NAME)) return;
  try {
    await boss.createQueue(QUEUE_NAME, { name: QUEUE_NAME, policy: 'standard', retryLimit: policy.retryLimit, retryDelay: policy.retryDelay, retryBackoff: true, expireInSeconds: policy.expireInSeconds });
  } catch (err) {
    // Another producer created it at the same moment.
    if (!(await boss.getQueue(QUEUE_NAME))) throw err;
  }
}

/** pg-boss's `db` option: its statements run through `query`, and so join the transaction `query` runs in. */
export function sqlDb(query: (text: string, values: unknown[]) => Promise<unknown[]>): { executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> } {
  return { executeSql: async (text, values) => ({ rows: await query(text, values) }) };
}

/** pg-boss's `db` option over one connection: its statements join that connection's transaction. */
export function clientDb(client: pg.ClientBase): ReturnType<typeof sqlDb> {
  return sqlDb(async (text, values) => (await client.query(text, values)).rows as unknown[]);
}
