import { existsSync } from 'node:fs';
import { DuckDBInstance, StatementType, listValue, type DuckDBAppender, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import type { SqlResult } from '../schema/facts.js';
import { jsonValue, sqlString, uniqueNames, type Param, type Row, type RowWriter, type StoreBackend } from './backend.js';
import { ChunkAppender, DUCKDB_TYPES } from './duckdb-chunks.js';
import { WartaStoreError } from './errors.js';
import type { Cell, ColumnType, TableDef } from './tables.js';

/** Statements `sql` lets through: they only read. */
const READING = new Set<StatementType>([StatementType.SELECT, StatementType.EXPLAIN]);

/**
 * The order `reorder` writes tables in: by what the canned queries filter on (an entity's type and
 * name key, a speaker's key), so that DuckDB's per-block min/max (zone maps) skip the blocks
 * without the name. Rows loaded later go at the end, unordered, until the next reorder. `mentions`
 * is left in load order: the queries that look its rows up by name read the precomputed tables
 * (derived.ts) instead, and reordering it was the dearest part (~60% of the reordering's CPU).
 */
const CLUSTERED: readonly (readonly [table: string, order: string])[] = [
  ['entities', 'type, name_key, article_no'],
  ['quotes', 'speaker_key, article_no, quote_index'],
];

/** Compression methods a bulk load's checkpoint does without (see `bulk`). */
const BULK_DISABLED_COMPRESSION = 'fsst';

function plainRow(row: Record<string, unknown>): Row {
  for (const key in row) {
    const v = row[key];
    if (typeof v === 'bigint') row[key] = Number(v);
  }
  return row as Row;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * The embedded backend: one DuckDB file (or `:memory:`), opened by one process at a time for
 * writing. Bulk writes go through DuckDB's appender; a read-only store is opened in DuckDB's
 * READ_ONLY access mode, so the engine itself refuses writes.
 */
class DuckDbBackend implements StoreBackend {
  readonly kind = 'duckdb';
  readonly forUpdate = '';

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    readonly location: string,
    readonly readOnly: boolean,
  ) {}

  columnType(type: ColumnType): string {
    return DUCKDB_TYPES[type].toString();
  }

  async exec(sql: string): Promise<void> {
    await this.conn.run(sql);
  }

  async all(sql: string, params: readonly Param[] = []): Promise<Row[]> {
    const values: DuckDBValue[] = params.map((v) => (Array.isArray(v) ? listValue(v as string[]) : (v as DuckDBValue)));
    const reader = await this.conn.runAndReadAll(sql, values.length > 0 ? values : undefined);
    return reader.getRowObjectsJS().map(plainRow);
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.conn.run('BEGIN TRANSACTION');
    try {
      const result = await fn();
      await this.conn.run('COMMIT');
      return result;
    } catch (err) {
      await this.conn.run('ROLLBACK').catch(() => {});
      throw err;
    }
  }

  async append(table: TableDef, rows: readonly (readonly Cell[])[]): Promise<void> {
    if (rows.length === 0) return;
    const writer = await this.appendRows([table]);
    try {
      const into = writer.tables[table.name]!;
      for (const row of rows) into.push(row);
    } finally {
      writer.close();
    }
  }

  async appendRows(tableDefs: readonly TableDef[]): Promise<RowWriter> {
    const appenders: DuckDBAppender[] = [];
    const chunks: ChunkAppender[] = [];
    const tables: Record<string, { push(row: readonly Cell[]): void }> = {};
    try {
      for (const table of tableDefs) {
        const appender = await this.conn.createAppender(table.name);
        appenders.push(appender);
        const chunk = new ChunkAppender(appender, table);
        chunks.push(chunk);
        tables[table.name] = chunk;
      }
    } catch (err) {
      for (const a of appenders) a.closeSync();
      throw err;
    }
    return {
      tables,
      close() {
        let failure: unknown;
        for (let i = 0; i < appenders.length; i++) {
          const a = appenders[i]!;
          try {
            chunks[i]!.flush();
            a.flushSync();
          } catch (err) {
            failure ??= err;
          } finally {
            a.closeSync();
          }
        }
        if (failure !== undefined) throw failure;
      },
    };
  }

  async tableNames(): Promise<string[]> {
    const rows = await this.all("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main' AND table_catalog = current_database()");
    return rows.map((r) => String(r.name));
  }

  async lockForMigration(): Promise<void> {
    // One process writes a DuckDB file at a time: there is no other migrating writer to wait for.
  }

  isConflict(): boolean {
    return false;
  }

  async readOnlyQuery(sql: string): Promise<SqlResult> {
    let statements;
    try {
      statements = await this.conn.extractStatements(sql);
    } catch (err) {
      throw new WartaStoreError(describe(err));
    }
    if (statements.count !== 1) throw new WartaStoreError(`one statement at a time, got ${statements.count}`);
    let prepared;
    try {
      prepared = await statements.prepare(0);
    } catch (err) {
      throw new WartaStoreError(describe(err));
    }
    if (!READING.has(prepared.statementType)) {
      throw new WartaStoreError(`refused: a ${StatementType[prepared.statementType]} statement is not read-only; the store is queried with SELECT (or WITH … SELECT) only`);
    }
    // A read-write store runs the statement in a transaction it then rolls back, so that even a
    // SELECT with a side effect (nextval) leaves nothing behind.
    if (!this.readOnly) await this.conn.run('BEGIN TRANSACTION');
    try {
      const reader = await prepared.runAndReadAll();
      const columns = uniqueNames(reader.columnNames());
      const rows = reader.getRowsJS().map((values) => Object.fromEntries(columns.map((c, i) => [c, jsonValue(values[i])])));
      return { columns, rows } as SqlResult;
    } catch (err) {
      throw new WartaStoreError(describe(err));
    } finally {
      if (!this.readOnly) await this.conn.run('ROLLBACK').catch(() => {});
    }
  }

  async reorder(): Promise<void> {
    await this.transaction(async () => {
      for (const [table, order] of CLUSTERED) {
        await this.conn.run(`CREATE TABLE ${table}__ordered AS SELECT * FROM ${table} ORDER BY ${order}`);
        await this.conn.run(`DROP TABLE ${table}`);
        await this.conn.run(`ALTER TABLE ${table}__ordered RENAME TO ${table}`);
      }
    });
  }

  async bulk<T>(fn: (writesDone: () => Promise<void>) => Promise<T>): Promise<T> {
    const [row] = await this.all(
      "SELECT current_setting('checkpoint_threshold') AS threshold, current_setting('disabled_compression_methods') AS disabled, current_setting('threads') AS threads",
    );
    const settings = { checkpoint_threshold: String(row?.threshold ?? '16MiB'), disabled_compression_methods: String(row?.disabled ?? '') };
    // The write-ahead log grows by the load's data (~10 KB a summary) until the checkpoint at the
    // end. That checkpoint compresses the load's strings without FSST: it took ~60% of the
    // checkpoint's CPU, for ~6% less room (dictionary and the other methods still apply).
    await this.conn.run("SET checkpoint_threshold = '1TB'");
    await this.conn.run(`SET disabled_compression_methods = ${sqlString(BULK_DISABLED_COMPRESSION)}`);
    // While the load writes, DuckDB works on one thread: the load's own threads (reading, parsing,
    // copying rows in) keep the cores busy, and DuckDB's commits on a second thread of its own only
    // competed with them (100,000 summaries, three sets of 3-5 alternated pairs: medians 0.95-0.97x
    // the wall and 0.94-0.96x the CPU, 5-11% less peak memory). Its thread count is back for the
    // reordering, the precomputed tables and the checkpoint, which DuckDB parallelises.
    const threads = Number(row?.threads ?? 1);
    let restored = threads <= 1;
    const writesDone = async () => {
      if (restored) return;
      restored = true;
      await this.conn.run(`SET threads = ${threads}`);
    };
    if (!restored) await this.conn.run('SET threads = 1');
    let failed = true;
    try {
      const result = await fn(writesDone);
      failed = false;
      return result;
    } finally {
      try {
        await writesDone();
        // After a failed load the checkpoint is left to the next write or the close.
        if (!failed) await this.conn.run('CHECKPOINT');
      } finally {
        for (const [name, value] of Object.entries(settings)) await this.conn.run(`SET ${name} = ${sqlString(value)}`);
      }
    }
  }

  async exportParquet(table: TableDef, file: string): Promise<void> {
    await this.conn.run(`COPY (SELECT * FROM ${table.name}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`);
  }

  async close(): Promise<void> {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}

/**
 * Opens a DuckDB store. A read-only store must exist; a writable one is created when missing.
 * A file another process is writing is refused with a message saying so.
 */
export async function openDuckDb(path: string, readOnly: boolean): Promise<StoreBackend> {
  const memory = path === ':memory:';
  if (readOnly && !memory && !existsSync(path)) {
    throw new WartaStoreError(`no fact store at ${path}: make one with \`warta facts load out.jsonl --db ${path}\` or \`warta analyze … --db ${path}\``);
  }
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, readOnly && !memory ? { access_mode: 'READ_ONLY' } : {});
  } catch (err) {
    const message = describe(err);
    if (/lock/i.test(message)) {
      throw new WartaStoreError(`${path} is in use by another process (a DuckDB file has one writer at a time): wait for it to finish, or use PostgreSQL (--db postgres://…) for many writers`);
    }
    throw new WartaStoreError(`cannot open ${path} as a DuckDB file: ${message}`);
  }
  const conn = await instance.connect();
  return new DuckDbBackend(instance, conn, path, readOnly && !memory);
}
