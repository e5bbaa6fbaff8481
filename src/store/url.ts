import { WartaStoreError } from './errors.js';

/** Where a store lives: a DuckDB file (or memory), or a PostgreSQL database and schema. */
export type StoreLocation =
  | { kind: 'duckdb'; path: string }
  | { kind: 'postgres'; connectionString: string; schema: string; display: string };

/** The schema a PostgreSQL store uses unless the URL names one (`?schema=`). */
export const DEFAULT_PG_SCHEMA = 'warta';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Reads a store URL: `postgres://…` or `postgresql://…` (with `?schema=NAME`, default "warta"), or a
 * DuckDB file: a path, `duckdb:PATH`, or `:memory:`.
 */
export function parseStoreUrl(url: string): StoreLocation {
  const trimmed = url.trim();
  if (trimmed === '') throw new WartaStoreError('no store given: a DuckDB file (facts.duckdb) or postgres://…');
  if (/^postgres(ql)?:\/\//i.test(trimmed)) {
    let parsed: URL;
    try {
      parsed = new URL(trimmed);
    } catch {
      throw new WartaStoreError(`not a PostgreSQL URL: ${trimmed}`);
    }
    const schema = parsed.searchParams.get('schema') ?? DEFAULT_PG_SCHEMA;
    if (!IDENTIFIER.test(schema)) {
      throw new WartaStoreError(`schema "${schema}" is not a plain lowercase identifier (letters, digits, _; not starting with a digit)`);
    }
    parsed.searchParams.delete('schema');
    const display = `${parsed.protocol}//${parsed.host}${parsed.pathname}?schema=${schema}`;
    return { kind: 'postgres', connectionString: parsed.toString(), schema, display };
  }
  const path = trimmed.startsWith('duckdb:') ? trimmed.slice('duckdb:'.length).replace(/^\/\//, '') : trimmed;
  if (path === '') throw new WartaStoreError('duckdb: needs a file path (or :memory:)');
  return { kind: 'duckdb', path };
}
