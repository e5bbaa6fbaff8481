import { VERSION } from '../version.js';
import { aliasMapQuery } from './alias-map.js';
import type { StoreBackend } from './backend.js';
import { WartaStoreError } from './errors.js';
import { ALIASES, AMOUNTS, ARTICLES, ARTICLES_V1, ENTITIES, FACT_TABLES, KEYWORDS, LOAD_ERRORS, MENTIONS, MESSAGES, QUOTES, ROLES, type TableDef } from './tables.js';

/** One step of the store's schema: the statements that take a store from `version - 1` to `version`. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  statements(backend: StoreBackend): string[];
}

function createTable(def: TableDef, backend: StoreBackend): string {
  const columns = def.columns.map(([name, type]) => `${name} ${backend.columnType(type)}`);
  // PostgreSQL keeps concurrent writers from storing an article twice; DuckDB has one writer, and a
  // key index would slow its appender (and refuse a delete and insert of one key in a transaction).
  if (def.name === ARTICLES.name && backend.kind === 'postgres') columns.push('PRIMARY KEY (article_id)');
  return `CREATE TABLE ${def.name} (${columns.join(', ')})`;
}

/** PostgreSQL's indexes: for replacing an article's rows and for the canned queries' lookups. */
const PG_INDEXES: readonly (readonly [TableDef, string])[] = [
  [ARTICLES, 'article_no'],
  [ENTITIES, 'article_no, entity_id'],
  [ENTITIES, 'name_key'],
  [ALIASES, 'article_no'],
  [ALIASES, 'alias_key'],
  [ALIASES, 'name_key'],
  [MENTIONS, 'article_no, sentence'],
  [MENTIONS, 'name_key'],
  [ROLES, 'article_no'],
  [ROLES, 'org_key'],
  [QUOTES, 'article_no'],
  [QUOTES, 'speaker_key'],
  [AMOUNTS, 'article_no'],
  [KEYWORDS, 'article_no'],
  [MESSAGES, 'article_no'],
  [MESSAGES, 'code'],
];

/** The store's schema versions, in order. A store records each one it went through in `schema_version`. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles and their facts: entities, aliases, mentions, roles, quotes, amounts, keywords, messages',
    statements: (backend) => [
      'CREATE TABLE schema_version (version INTEGER NOT NULL, description TEXT, applied_at TEXT, warta_version TEXT)',
      'CREATE SEQUENCE article_no_seq',
      ...[ARTICLES_V1, ENTITIES, ALIASES, MENTIONS, ROLES, QUOTES, AMOUNTS, KEYWORDS, MESSAGES].map((t) => createTable(t, backend)),
      ...(backend.kind === 'postgres' ? PG_INDEXES.map(([t, cols], i) => `CREATE INDEX ${t.name}_${i} ON ${t.name} (${cols})`) : []),
    ],
  },
  {
    version: 2,
    description: 'load_errors (lines a load could not read) and the alias_map view (cross-article aliases)',
    statements: (backend) => [createTable(LOAD_ERRORS, backend), `CREATE VIEW alias_map AS ${aliasMapQuery()}`],
  },
  {
    version: 3,
    description: 'articles.outlet: the publishing outlet (the summary\'s source.outlet), to filter facts by outlet',
    statements: (backend) => [
      `ALTER TABLE articles ADD COLUMN outlet ${backend.columnType('key')}`,
      ...(backend.kind === 'postgres' ? ['CREATE INDEX articles_outlet ON articles (outlet)'] : []),
    ],
  },
];

/** The schema version this warta writes and reads. */
export const STORE_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The store's schema version: 0 for an empty store. A store with foreign tables is refused. */
export async function schemaVersion(backend: StoreBackend): Promise<number> {
  const tables = await backend.tableNames();
  if (tables.includes('schema_version')) {
    const rows = await backend.all('SELECT CAST(max(version) AS INTEGER) AS v FROM schema_version');
    return Number(rows[0]?.v ?? 0);
  }
  const ours = new Set<string>(FACT_TABLES.map((t) => t.name));
  const clashing = tables.filter((t) => ours.has(t));
  if (clashing.length > 0) {
    throw new WartaStoreError(
      `${backend.location} has tables (${clashing.join(', ')}) but no schema_version table: it is not a warta fact store; give another file${backend.kind === 'postgres' ? ' or ?schema=' : ''}`,
    );
  }
  return 0;
}

/**
 * Brings a store to `to` (default: this warta's version), one migration per transaction. A store
 * from a newer warta is refused; a read-only store is checked, never changed.
 */
export async function migrate(backend: StoreBackend, to = STORE_SCHEMA_VERSION): Promise<number> {
  const current = await schemaVersion(backend);
  if (current > STORE_SCHEMA_VERSION) {
    throw new WartaStoreError(
      `${backend.location} has store schema version ${current}, made by a newer warta; this warta (${VERSION}) reads up to version ${STORE_SCHEMA_VERSION}: upgrade warta, or use another store`,
    );
  }
  if (current >= to) return current;
  if (backend.readOnly) {
    throw new WartaStoreError(
      current === 0
        ? `${backend.location} holds no facts yet: load some with \`warta facts load out.jsonl --db …\``
        : `${backend.location} has store schema version ${current}, older than this warta's (${STORE_SCHEMA_VERSION}): migrate it with \`warta facts migrate --db …\` (its facts are kept)`,
    );
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > to) continue;
    await backend.transaction(async () => {
      await backend.lockForMigration();
      // Another writer may have migrated while this one waited for the lock.
      if ((await schemaVersion(backend)) >= m.version) return;
      for (const statement of m.statements(backend)) await backend.exec(statement);
      await backend.all('INSERT INTO schema_version (version, description, applied_at, warta_version) VALUES ($1, $2, $3, $4)', [
        m.version,
        m.description,
        new Date().toISOString(),
        VERSION,
      ]);
    });
  }
  return to;
}
