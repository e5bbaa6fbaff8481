import { mkdtemp, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { SqlResult } from '../schema/facts.js';
import { jsonValue, sqlString, uniqueNames, type Param, type Row, type StoreBackend } from './backend.js';
import { copyText } from './copy-rows.js';
import { WartaStoreError } from './errors.js';
import type { Cell, ColumnType, TableDef } from './tables.js';

const TYPES: Record<ColumnType, string> = { text: 'text', key: 'text COLLATE "C"', int: 'integer', double: 'double precision', bool: 'boolean' };

/** DuckDB's types for the columns of a CSV export, to write the Parquet file. */
const DUCK_TYPES: Record<ColumnType, string> = { text: 'VARCHAR', key: 'VARCHAR', int: 'INTEGER', double: 'DOUBLE', bool: 'BOOLEAN' };

const INT8 = 20;
const NUMERIC = 1700;

/** Counts and sums come back as numbers (exact up to 2^53), as DuckDB gives them, not as strings. */
const typeParsers = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === INT8 || oid === NUMERIC) {
      return (text: string) => {
        const n = Number(text);
        return Number.isSafeInteger(n) || (oid === NUMERIC && Number.isFinite(n)) ? n : text;
      };
    }
    return pg.types.getTypeParser(oid, format as 'text');
  }) as typeof pg.types.getTypeParser,
};

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** SQLSTATE of a PostgreSQL error. */
function sqlState(err: unknown): string | undefined {
  return (err as { code?: unknown })?.code as string | undefined;
}

/**
 * Lines of COPY data are sent in pieces of about this many characters: small enough that the
 * server works on one while the next is encoded, and that the concatenated string of a piece stays
 * shallow (turning a deep concatenation of 1 MiB into bytes costs more per byte).
 */
const COPY_PIECE = 1 << 16;

/**
 * The PostgreSQL backend: one connection, every table in the store's own schema (the connection's
 * search_path). Bulk writes are COPY … FROM STDIN inside the writer's transaction; user SQL runs in
 * a READ ONLY transaction that is rolled back.
 */
class PostgresBackend implements StoreBackend {
  readonly kind = 'postgres';
  readonly forUpdate = ' FOR UPDATE';

  constructor(
    private readonly client: pg.Client,
    private readonly schema: string,
    readonly location: string,
    readonly readOnly: boolean,
  ) {}

  columnType(type: ColumnType): string {
    return TYPES[type];
  }

  async exec(sql: string): Promise<void> {
    if (this.readOnly) throw new WartaStoreError('the store was opened read-only');
    await this.client.query(sql);
  }

  async all(sql: string, params: readonly Param[] = []): Promise<Row[]> {
    const result = await this.client.query(sql, [...params]);
    return result.rows as Row[];
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.client.query(this.readOnly ? 'BEGIN TRANSACTION READ ONLY' : 'BEGIN');
    try {
      const result = await fn();
      await this.client.query('COMMIT');
      return result;
    } catch (err) {
      await this.client.query('ROLLBACK').catch(() => {});
      throw err;
    }
  }

  /** A COPY … FROM STDIN of the table's columns: write its data, then end it and await `done`. */
  private copyIn(table: TableDef) {
    const columns = table.columns.map(([name]) => name).join(', ');
    const stream = this.client.query(copyFrom(`COPY ${table.name} (${columns}) FROM STDIN`));
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    return { stream, done };
  }

  /** Appends lines of COPY text (whole lines, each ending with a newline), in pieces of about {@link COPY_PIECE}. */
  async appendLines(table: TableDef, lines: readonly string[]): Promise<void> {
    if (lines.length === 0) return;
    const { stream, done } = this.copyIn(table);
    let part: string[] = [];
    let size = 0;
    for (const l of lines) {
      part.push(l);
      size += l.length;
      if (size >= COPY_PIECE) {
        if (!stream.write(part.join(''))) await new Promise((r) => stream.once('drain', r));
        part = [];
        size = 0;
      }
    }
    stream.end(part.join(''));
    await done;
  }

  async append(table: TableDef, rows: readonly (readonly Cell[])[]): Promise<void> {
    if (rows.length === 0) return;
    const { stream, done } = this.copyIn(table);
    let piece = '';
    for (const row of rows) {
      let line = copyText(row[0]!);
      for (let i = 1; i < row.length; i++) line += '\t' + copyText(row[i]!);
      piece += line + '\n';
      if (piece.length >= COPY_PIECE) {
        if (!stream.write(piece)) await new Promise((r) => stream.once('drain', r));
        piece = '';
      }
    }
    stream.end(piece);
    await done;
  }

  async tableNames(): Promise<string[]> {
    const rows = await this.all('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1', [this.schema]);
    return rows.map((r) => String(r.name));
  }

  async lockForMigration(): Promise<void> {
    // Writers that open the same schema at once migrate one after the other.
    await this.client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`warta-store:${this.schema}`]);
  }

  isConflict(err: unknown): boolean {
    return sqlState(err) === '23505';
  }

  async readOnlyQuery(sql: string): Promise<SqlResult> {
    await this.client.query('BEGIN TRANSACTION READ ONLY');
    try {
      // A query first: from then on the transaction cannot be switched to read-write.
      await this.client.query('SELECT 1');
      // The extended protocol takes exactly one statement: "…; COMMIT; DELETE …" cannot escape.
      const result = await this.client.query({ text: sql, rowMode: 'array', queryMode: 'extended' } as pg.QueryArrayConfig);
      const columns = uniqueNames(result.fields.map((f) => f.name));
      const rows = (result.rows as unknown[][]).map((values) => Object.fromEntries(columns.map((c, i) => [c, jsonValue(values[i])])));
      return { columns, rows } as SqlResult;
    } catch (err) {
      const state = sqlState(err);
      if (state === '25006') throw new WartaStoreError(`refused: the statement writes, and the store is queried read-only (${describe(err)})`);
      if (state === '42601' && /multiple commands/.test(describe(err))) throw new WartaStoreError('one statement at a time');
      throw new WartaStoreError(describe(err));
    } finally {
      await this.client.query('ROLLBACK').catch(() => {});
    }
  }

  async exportParquet(table: TableDef, file: string): Promise<void> {
    // PostgreSQL writes no Parquet: its CSV goes through an in-memory DuckDB, which does.
    const dir = await mkdtemp(join(tmpdir(), 'warta-export-'));
    const csv = join(dir, `${table.name}.csv`);
    try {
      const columns = table.columns.map(([name]) => name).join(', ');
      await pipeline(this.client.query(copyTo(`COPY (SELECT ${columns} FROM ${table.name}) TO STDOUT WITH (FORMAT csv, HEADER true)`)), createWriteStream(csv));
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const duck = await DuckDBInstance.create(':memory:');
      const conn = await duck.connect();
      try {
        const types = table.columns.map(([name, type]) => `${sqlString(name)}: ${sqlString(DUCK_TYPES[type])}`).join(', ');
        await conn.run(
          `COPY (SELECT * FROM read_csv(${sqlString(csv)}, header = true, columns = {${types}}, allow_quoted_nulls = false)) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`,
        );
      } finally {
        conn.closeSync();
        duck.closeSync();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/**
 * Texts long enough to be compressed (an article's text, a queue chunk's result lines) are
 * compressed with LZ4 rather than the server's default pglz, which took ~15% of the server's CPU
 * in a load. A server without LZ4 (built without it, or before PostgreSQL 14) keeps its default:
 * what is stored reads back the same either way.
 */
export async function preferLz4(client: pg.ClientBase): Promise<void> {
  await client.query('SET default_toast_compression = lz4').catch(() => {});
}

/**
 * Connects to a PostgreSQL store: `schema` is the store's (created by the first writer). An
 * unreachable server is a {@link WartaStoreError} naming it.
 */
export async function openPostgres(connectionString: string, schema: string, location: string, readOnly: boolean): Promise<StoreBackend> {
  const client = new pg.Client({ connectionString, options: `-c search_path=${schema}`, types: typeParsers });
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => {});
    throw new WartaStoreError(`cannot connect to PostgreSQL at ${location}: ${describe(err)}`);
  }
  // An error of the idle connection (the server went away) must not crash the process: the next
  // query reports it.
  client.on('error', () => {});
  if (!readOnly) {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await preferLz4(client);
  }
  return new PostgresBackend(client, schema, location, readOnly);
}
