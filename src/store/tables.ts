/**
 * The store's tables, once for both backends: each column with a logical type that every backend
 * maps to its own (DuckDB VARCHAR, PostgreSQL text …). `key` columns are texts compared and sorted
 * byte by byte (PostgreSQL: COLLATE "C"), so both backends order them alike.
 */
export type ColumnType = 'text' | 'key' | 'int' | 'double' | 'bool';

/** A table: its name and columns in the order rows are written. */
export interface TableDef {
  readonly name: string;
  readonly columns: readonly (readonly [name: string, type: ColumnType])[];
}

/** One cell of a row, in the column's type (null for SQL NULL). */
export type Cell = string | number | boolean | null;

function table<N extends string>(name: N, columns: TableDef['columns']): TableDef & { readonly name: N } {
  return { name, columns };
}

/**
 * One row per article (summary): its metadata, hashes, and text. `article_no` is the store's own
 * number for the article (a sequence), the key every other table refers to it by: integers join
 * several times faster than the article's id, and take less room.
 */
const ARTICLE_COLUMNS_V1: TableDef['columns'] = [
  ['article_no', 'int'],
  ['article_id', 'key'],
  ['url', 'text'],
  ['title', 'text'],
  /** ISO 8601 as the summary gives it (warta reads other forms into it; before issue 18, as the input gave it). */
  ['published_at', 'text'],
  /** YYYY-MM-DD: the date written in `published_at` (or its UTC date when it has another form). */
  ['published_date', 'key'],
  ['language', 'key'],
  ['language_confidence', 'double'],
  ['author', 'text'],
  ['editor', 'text'],
  ['status', 'key'],
  ['content_hash', 'key'],
  ['config_hash', 'key'],
  ['warta_version', 'key'],
  ['summary_schema', 'int'],
  ['source_file', 'text'],
  ['source_line', 'int'],
  ['characters', 'int'],
  ['sentences', 'int'],
  ['error_code', 'key'],
  ['error_message', 'text'],
  ['text', 'text'],
  ['loaded_at', 'text'],
];

/** The articles table as store schema version 1 created it (later versions add columns at its end). */
export const ARTICLES_V1: TableDef = { name: 'articles', columns: ARTICLE_COLUMNS_V1 };

/** The articles table now: version 3 added `outlet`, the publishing outlet's short name ("detik"). */
export const ARTICLES = table('articles', [...ARTICLE_COLUMNS_V1, ['outlet', 'key']]);

/** One row per entity of an article. `name_key` is the normalised canonical name. */
export const ENTITIES = table('entities', [
  ['article_no', 'int'],
  ['entity_id', 'key'],
  ['type', 'key'],
  ['text', 'text'],
  ['name_key', 'key'],
  ['source', 'text'],
  ['section', 'key'],
  ['mention_count', 'int'],
  ['first_start', 'int'],
  /** ISO date of DATE entities, time of TIME entities. */
  ['date', 'text'],
  ['time', 'text'],
]);

/** The aliases an article links to an entity ("Joko Widodo (Jokowi)"): what merges names across articles. */
export const ALIASES = table('aliases', [
  ['article_no', 'int'],
  ['entity_id', 'key'],
  ['type', 'key'],
  ['alias', 'text'],
  ['alias_key', 'key'],
  ['name_key', 'key'],
]);

/**
 * Every mention of an entity: its span in the article's text and the sentence it is in (0-based).
 * The entity's type and `name_key` are repeated here, so that the queries over mentions of a name
 * read this table alone.
 */
export const MENTIONS = table('mentions', [
  ['article_no', 'int'],
  ['entity_id', 'key'],
  ['type', 'key'],
  ['name_key', 'key'],
  ['span_start', 'int'],
  ['span_end', 'int'],
  ['text', 'text'],
  ['source', 'text'],
  ['sentence', 'int'],
]);

/** Roles of people: "Ketua" of "KPK". `org_key` is the organisation's normalised name. */
export const ROLES = table('roles', [
  ['article_no', 'int'],
  ['entity_id', 'key'],
  ['title', 'text'],
  ['org', 'text'],
  ['org_entity_id', 'key'],
  ['org_key', 'key'],
  ['span_start', 'int'],
  ['span_end', 'int'],
]);

/** Direct quotations with their speaker (name as written, entity, its type and key). */
export const QUOTES = table('quotes', [
  ['article_no', 'int'],
  ['quote_index', 'int'],
  ['text', 'text'],
  ['span_start', 'int'],
  ['span_end', 'int'],
  ['cue', 'text'],
  ['speaker', 'text'],
  ['speaker_entity_id', 'key'],
  ['speaker_type', 'key'],
  ['speaker_key', 'key'],
  ['attribution', 'key'],
  ['sentence', 'int'],
]);

/**
 * Money, quantities, percentages and durations: one row per amount entity, with the sentence of its
 * first mention and the named entity nearest to it there (`subject_entity_id`, its text `subject`).
 */
export const AMOUNTS = table('amounts', [
  ['article_no', 'int'],
  ['entity_id', 'key'],
  ['kind', 'key'],
  ['text', 'text'],
  ['value', 'double'],
  ['min', 'double'],
  ['max', 'double'],
  ['currency', 'key'],
  ['unit', 'text'],
  ['approximate', 'bool'],
  ['span_start', 'int'],
  ['span_end', 'int'],
  ['sentence', 'int'],
  ['sentence_text', 'text'],
  ['subject_entity_id', 'key'],
  ['subject', 'text'],
]);

export const KEYWORDS = table('keywords', [
  ['article_no', 'int'],
  ['rank', 'int'],
  ['text', 'text'],
  ['stem', 'key'],
  ['count', 'int'],
  ['score', 'double'],
]);

/** The messages of an article: warnings (`title-number-mismatch`), errors, infos. */
export const MESSAGES = table('messages', [
  ['article_no', 'int'],
  ['seq', 'int'],
  ['code', 'key'],
  ['severity', 'key'],
  ['stage', 'key'],
  ['message', 'text'],
  ['span_start', 'int'],
  ['span_end', 'int'],
  ['span_text', 'text'],
]);

/** Lines a load could not read as summaries (schema version 2). */
export const LOAD_ERRORS = table('load_errors', [
  ['file', 'text'],
  ['line', 'int'],
  ['message', 'text'],
  ['loaded_at', 'text'],
]);

/** The tables that hold an article's facts, written together and replaced together. */
export const FACT_TABLES = [ARTICLES, ENTITIES, ALIASES, MENTIONS, ROLES, QUOTES, AMOUNTS, KEYWORDS, MESSAGES] as const;
export type FactTableName = (typeof FACT_TABLES)[number]['name'];

/** Every table of the current schema. */
export const ALL_TABLES: readonly TableDef[] = [...FACT_TABLES, LOAD_ERRORS];
