/**
 * The fact store: summaries of many articles in one database, and the questions researchers ask
 * across them. `import { openStore } from 'warta/store'`. A separate entry point, so that importing
 * `warta` itself loads neither DuckDB nor PostgreSQL's client.
 * @packageDocumentation
 */
export { openStore, FactStore, type OpenStoreOptions } from './store.js';
export { loadFiles, DEFAULT_LOAD_LINE_BYTES, type LoadOptions } from './load.js';
export { FactWriter, type FactWriterOptions } from './writer.js';
export { Queries, WartaNotFoundError } from './queries.js';
export { WartaStoreError } from './errors.js';
export { nameKey } from './name-key.js';
export { contentHash, publishedDate } from './rows.js';
export { STORE_SCHEMA_VERSION } from './migrations.js';
export { parseStoreUrl, DEFAULT_PG_SCHEMA, type StoreLocation } from './url.js';
export * from '../schema/facts.js';
