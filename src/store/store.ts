import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  LoadErrorSchema,
  SqlResultSchema,
  StoreInfoSchema,
  type AmountFact,
  type AmountsQuery,
  type Cooccurrence,
  type EntityMatch,
  type EntityProfile,
  type EntityQuery,
  type EntitySearchQuery,
  type LoadError,
  type NamedEntityType,
  type QuoteFact,
  type QuotesQuery,
  type SqlResult,
  type StoreInfo,
  type StoredArticle,
  type WarningFact,
  type WarningsQuery,
} from '../schema/facts.js';
import type { StoreBackend } from './backend.js';
import { refreshDerived } from './derived.js';
import { WartaStoreError } from './errors.js';
import { migrate } from './migrations.js';
import { Queries } from './queries.js';
import { ALL_TABLES, ARTICLES } from './tables.js';
import { parseStoreUrl } from './url.js';
import { FactWriter, type FactWriterOptions } from './writer.js';

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /**
   * Open for reading only: DuckDB in READ_ONLY mode (other readers may open it too), PostgreSQL
   * with every query in a read-only transaction. A read-only store is never migrated.
   */
  readOnly?: boolean;
}

/**
 * A fact store: summaries in, answers out. Made by {@link openStore}; close it when done (a
 * DuckDB file stays locked for writing while a writable store is open).
 */
export class FactStore {
  private readonly queries: Queries;

  /** @internal Use {@link openStore}. */
  constructor(
    /** @internal */ readonly backend: StoreBackend,
    /** The schema version of the store. */
    readonly schemaVersion: number,
  ) {
    this.queries = new Queries(backend);
  }

  /** `duckdb` or `postgres`. */
  get kind(): 'duckdb' | 'postgres' {
    return this.backend.kind;
  }

  /** Where the store is (a file path, or the server, database and schema; no password). */
  get location(): string {
    return this.backend.location;
  }

  /** A writer of summaries into this store (idempotent, batched). */
  writer(options?: FactWriterOptions): FactWriter {
    if (this.backend.readOnly) throw new WartaStoreError(`${this.location} was opened read-only: open it without readOnly to write`);
    return new FactWriter(this.backend, options);
  }

  /** Looks an entity up by any of its names (see {@link Queries.resolve}). */
  resolve(name: string, type?: NamedEntityType) {
    return this.queries.resolve(name, type);
  }

  /** Entities whose names or aliases contain words, exact names first (see {@link Queries.search}). */
  search(query: EntitySearchQuery): Promise<EntityMatch[]> {
    return this.queries.search(query);
  }

  /** One stored article (metadata and cleaned text) by its id, or null. */
  article(id: string): Promise<StoredArticle | null> {
    return this.queries.article(id);
  }

  /** Quotes by a speaker, by an organisation's people, with words, in a period. */
  quotes(query: QuotesQuery): Promise<QuoteFact[]> {
    return this.queries.quotes(query);
  }

  /** The profile of an entity, or null when the store does not know the name. */
  entity(query: EntityQuery): Promise<EntityProfile | null> {
    return this.queries.entity(query);
  }

  /** Amounts by entity, kind, currency, size and period. */
  amounts(query: AmountsQuery): Promise<AmountFact[]> {
    return this.queries.amounts(query);
  }

  /** The entities named in the same articles (and sentences) as one. */
  cooccur(query: EntityQuery): Promise<Cooccurrence[]> {
    return this.queries.cooccur(query);
  }

  /** Messages of a code (`title-number-mismatch`), or all warnings and errors. */
  warnings(query: WarningsQuery = {}): Promise<WarningFact[]> {
    return this.queries.warnings(query);
  }

  /** Runs one read-only SQL statement; a statement that writes is refused. */
  async sql(statement: string): Promise<SqlResult> {
    return SqlResultSchema.parse(await this.backend.readOnlyQuery(statement));
  }

  /** The lines loads could not read, oldest first. */
  async loadErrors(limit = 100): Promise<LoadError[]> {
    const rows = await this.backend.all(`SELECT file, line, message FROM load_errors ORDER BY loaded_at, file, line LIMIT ${Math.max(1, Math.floor(limit))}`);
    return LoadErrorSchema.array().parse(rows);
  }

  /** Counts: articles by status, rows per table, the period covered, the analyses stored. */
  async info(): Promise<StoreInfo> {
    const count = async (sql: string) => Number((await this.backend.all(sql))[0]?.n ?? 0);
    const tables: Record<string, number> = {};
    for (const t of ALL_TABLES) tables[t.name] = await count(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${t.name}`);
    const status = await this.backend.all('SELECT status, CAST(count(*) AS INTEGER) AS n FROM articles GROUP BY status ORDER BY status');
    const [range] = await this.backend.all('SELECT min(published_date) AS first, max(published_date) AS last FROM articles');
    const analyses = await this.backend.all(
      'SELECT warta_version AS version, config_hash AS config, CAST(count(*) AS INTEGER) AS articles FROM articles GROUP BY warta_version, config_hash ORDER BY articles DESC, version, config',
    );
    return StoreInfoSchema.parse({
      backend: this.kind,
      location: this.location,
      schemaVersion: this.schemaVersion,
      articles: tables[ARTICLES.name] ?? 0,
      byStatus: Object.fromEntries(status.map((r) => [String(r.status), r.n])),
      firstDate: range?.first ?? null,
      lastDate: range?.last ?? null,
      tables,
      analyses,
      loadErrors: tables.load_errors ?? 0,
    });
  }

  /** Writes every table to `DIR/<table>.parquet`; returns the files written. */
  async exportParquet(dir: string): Promise<string[]> {
    await mkdir(dir, { recursive: true });
    const files: string[] = [];
    for (const t of ALL_TABLES) {
      const file = resolve(join(dir, `${t.name}.parquet`));
      await this.backend.exportParquet(t, file);
      files.push(file);
    }
    return files;
  }

  /**
   * Rebuilds the store's precomputed tables (DuckDB; see derived.ts) when a write has changed the
   * facts since they were built; returns true when it did. `loadFiles` and `close` call it.
   */
  async refresh(): Promise<boolean> {
    return refreshDerived(this.backend);
  }

  /** Closes the store; a writable DuckDB store first brings its precomputed tables up to date. */
  async close(): Promise<void> {
    try {
      await this.refresh();
    } finally {
      await this.backend.close();
    }
  }
}

/** Opens the backend of a URL, without checking or migrating its schema. @internal */
export async function openBackend(url: string, readOnly: boolean): Promise<StoreBackend> {
  const location = parseStoreUrl(url);
  if (location.kind === 'duckdb') {
    const { openDuckDb } = await import('./duckdb.js');
    return openDuckDb(location.path, readOnly);
  }
  const { openPostgres } = await import('./postgres.js');
  return openPostgres(location.connectionString, location.schema, location.display, readOnly);
}

/**
 * Opens a fact store: a DuckDB file (`facts.duckdb`, created when missing; `:memory:`) or
 * PostgreSQL (`postgres://user@host/db?schema=NAME`, the schema created when missing). A writable
 * store is migrated to this warta's schema; a read-only one must already be at it. A store from a
 * newer warta, or tables that are not a warta store, are refused with a message saying what to do.
 *
 * ```ts
 * import { openStore } from 'warta/store';
 * const store = await openStore('facts.duckdb', { readOnly: true });
 * const quotes = await store.quotes({ speaker: 'Sri Mulyani', contains: 'subsidi' });
 * await store.close();
 * ```
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<FactStore> {
  const readOnly = options.readOnly ?? false;
  const backend = await openBackend(url, readOnly);
  try {
    return new FactStore(backend, await migrate(backend));
  } catch (err) {
    await backend.close().catch(() => {});
    throw err;
  }
}
