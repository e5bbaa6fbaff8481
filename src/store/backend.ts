import type { SqlResult } from '../schema/facts.js';
import type { BlockRows, TableBlock } from './column-block.js';
import type { Cell, ColumnType, TableDef } from './tables.js';

/** A query parameter ($1, $2 …): a value, or a list of strings (for `= ANY($n)`). */
export type Param = string | number | boolean | null | readonly string[];

/** A result row: column name to value (numbers as JS numbers on both backends). */
export type Row = Record<string, Cell>;

/** Rows going into tables one at a time (see `StoreBackend.appendRows`). */
export interface RowWriter {
  /** Per table name, what takes its next row. */
  readonly tables: Readonly<Record<string, { push(row: readonly Cell[]): void; pushBlock?(block: TableBlock, from: number, to: number, how: BlockRows): void }>>;
  close(): void;
}

/**
 * What the store needs from a database: the one small interface that DuckDB and PostgreSQL
 * implement. Everything else (migrations, idempotent writes, the canned queries) is written once
 * against it, in SQL both engines run alike.
 */
export interface StoreBackend {
  readonly kind: 'duckdb' | 'postgres';
  /** Where the store is, for messages (no password). */
  readonly location: string;
  readonly readOnly: boolean;
  /** The engine's SQL type for a logical column type. */
  columnType(type: ColumnType): string;
  /** Runs statements that return nothing (DDL). */
  exec(sql: string): Promise<void>;
  /** Runs one query with `$1`… parameters. */
  all(sql: string, params?: readonly Param[]): Promise<Row[]>;
  /** Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** Appends rows to a table inside the current transaction: the bulk path (appender, COPY). */
  append(table: TableDef, rows: readonly (readonly Cell[])[]): Promise<void>;
  /**
   * Optional (DuckDB): opens a writer of rows into every given table inside the current transaction,
   * taking rows one at a time, as they are made; `close` writes what is left. The rows stored are
   * the ones `append` would store.
   */
  appendRows?(tables: readonly TableDef[]): Promise<RowWriter>;
  /**
   * PostgreSQL: appends lines of COPY text as `copy-rows.ts` encodes them (whole lines, each ending
   * with a newline) to a table inside the current transaction.
   */
  appendLines?(table: TableDef, lines: readonly string[]): Promise<void>;
  /** Names of the store's tables and views. */
  tableNames(): Promise<string[]>;
  /** Inside a transaction: waits until no other writer migrates (PostgreSQL); DuckDB has one writer. */
  lockForMigration(): Promise<void>;
  /** What follows a SELECT to lock the rows it reads for the transaction (`FOR UPDATE`), or ''. */
  readonly forUpdate: string;
  /** True for the error of a concurrent writer that inserted the same article first. */
  isConflict(err: unknown): boolean;
  /** Runs one statement of a user's; a statement that writes is refused with {@link WartaStoreError}. */
  readOnlyQuery(sql: string): Promise<SqlResult>;
  /**
   * Optional: rewrites the fact tables in the order the canned queries look rows up in (by entity
   * name), so that a lookup reads the few blocks holding the name (DuckDB's zone maps) instead of
   * every block. Changes no row; `loadFiles` calls it after a large load.
   */
  reorder?(): Promise<void>;
  /**
   * Optional: runs a bulk load (`fn`: its writes, its reordering and refresh) with the engine's
   * upkeep deferred to its end; the rows stored are the same. DuckDB checkpoints once, after `fn`,
   * instead of every 16 MiB of write-ahead log (each checkpoint compressed again the partly filled
   * row groups of every table: as much CPU as the inserts themselves), and works on one thread
   * while the load writes. `fn` calls `writesDone` once its writes are done, before its reordering
   * and refresh (DuckDB then has its threads back).
   */
  bulk?<T>(fn: (writesDone: () => Promise<void>) => Promise<T>): Promise<T>;
  /** Writes a table to a Parquet file. */
  exportParquet(table: TableDef, file: string): Promise<void>;
  close(): Promise<void>;
}

/** A value as JSON can carry it: bigints as numbers when exact (else strings), dates as ISO strings. */
export function jsonValue(value: unknown): string | number | boolean | null | unknown[] | Record<string, unknown> {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  if (Array.isArray(value)) return value.map(jsonValue);
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto === Object.prototype || proto === null) {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, jsonValue(v)]));
    }
  }
  return String(value);
}

/** Column names made unique ("n", "n_2"), so that every column of a result has its own key. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const count = (seen.get(n) ?? 0) + 1;
    seen.set(n, count);
    return count === 1 ? n : `${n}_${count}`;
  });
}

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
