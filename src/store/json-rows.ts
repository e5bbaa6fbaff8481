import type { Summary } from '../schema/summary.js';
import { nameKey } from './name-key.js';
import { AMOUNT_TYPES, NAMED_TYPES, amountKindSql, publishedDate, sentenceBounds } from './rows.js';
import { ALIASES, AMOUNTS, ARTICLES, ENTITIES, KEYWORDS, MENTIONS, MESSAGES, QUOTES, ROLES, type Cell, type TableDef } from './tables.js';

/**
 * DuckDB's own path from summary lines to fact rows: the JSON line of each summary is handed to
 * DuckDB as one text, and SQL (DuckDB's JSON reader, UNNEST, joins) builds every fact table's rows
 * from it: the same rows as `addFactRows` (rows.ts) builds in JavaScript, for a fraction of the
 * JavaScript thread's time (~730 appender calls a summary in rows.ts; two here). JavaScript still
 * parses and checks every line (the summary schema is zod's), and supplies what SQL cannot compute
 * exactly: the content hash (its analysis decides whether the article is written at all), the
 * sentences' bounds (the segment stage's splitting), the publication day (`Date.parse`), and the
 * name key and lowercase of every name that is not plain ASCII (Unicode normalisation), through a
 * small dictionary filled per batch.
 *
 * A line is staged only when SQL's reading of it is known to be JavaScript's (see {@link stageLine});
 * any other goes through rows.ts. A test loads varied summaries both ways and compares every table.
 */

/** A summary ready for {@link JSON_ROW_STATEMENTS}: its line and what JavaScript computed of it. */
export interface StagedSummary {
  line: string;
  hash: string;
  publishedDate: string | null;
  /** The sentences' starts and ends, each a comma-separated list ('' when there is none). */
  starts: string;
  ends: string;
  sentences: number;
}

/** The staging table's columns (a temporary table of the connection), in append order. */
export const STAGE: TableDef = {
  name: 'warta_stage',
  columns: [
    ['article_no', 'int'],
    ['hash', 'text'],
    ['published_date', 'text'],
    ['starts', 'text'],
    ['ends', 'text'],
    ['sentences', 'int'],
    ['line', 'text'],
  ],
};

/** The dictionary of names that are not plain ASCII: their key and their lowercase, as JavaScript makes them. */
export const NAME_KEYS: TableDef = {
  name: 'warta_name_keys',
  columns: [
    ['name', 'text'],
    ['name_key', 'text'],
    ['lower', 'text'],
  ],
};

/** One staging row. */
export function stageRow(articleNo: number, s: StagedSummary): Cell[] {
  return [articleNo, s.hash, s.publishedDate, s.starts, s.ends, s.sentences, s.line];
}

/**
 * A JSON escape that SQL's reader may read otherwise than `JSON.parse` (a lone surrogate, NUL): a
 * line with one goes through rows.ts. Cheap first test: most lines hold no `\u` at all.
 */
const RISKY_ESCAPE = /\\u(?:[dD][89a-fA-F]|0000)/;
/** UTF-16 surrogates: a text with characters beyond U+FFFF, whose offsets SQL counts otherwise. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The staged form of a summary's line, or null when it must go through rows.ts: a risky escape,
 * a text beyond the Basic Multilingual Plane (SQL's substring counts code points, a summary's
 * offsets UTF-16 units), two entities of one id (rows.ts takes the last; SQL would join both), or
 * sentence bounds out of order.
 */
export function stageLine(line: string, summary: Summary, hash: string, given?: readonly number[]): StagedSummary | null {
  if (line.includes('\\u') && RISKY_ESCAPE.test(line)) return null;
  if (SURROGATE.test(summary.text)) return null;
  if (summary.entities.length > 1) {
    const ids = new Set<string>();
    for (const e of summary.entities) {
      if (ids.has(e.id)) return null;
      ids.add(e.id);
    }
  }
  const { starts, ends } = sentenceBounds(summary, given);
  for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) return null;
  return { line, hash, publishedDate: publishedDate(summary.publishedAt), starts: starts.join(','), ends: ends.join(','), sentences: starts.length };
}

// What of a summary line each statement reads: DuckDB's json_transform structures (a field missing
// from the line, or null, is NULL; the line passed the summary schema already).
const V = 'VARCHAR';
const I = 'INTEGER';
const D = 'DOUBLE';
const ARTICLE_JSON = {
  id: V,
  status: V,
  source: { file: V, line: I, outlet: V },
  title: V,
  author: V,
  editor: V,
  url: V,
  publishedAt: V,
  language: { code: V, confidence: D },
  text: V,
  counts: { characters: I },
  error: { code: V, message: V },
  warta: { version: V, schema: I, config: V },
};
const ENTITY_JSON = {
  entities: [
    {
      id: V,
      type: V,
      text: V,
      // Only the first mention's span and the count are read here; MENTION_JSON reads them all.
      mentions: [{ start: I, end: I }],
      source: V,
      section: V,
      value: D,
      min: D,
      max: D,
      currency: V,
      unit: V,
      approximate: 'BOOLEAN',
      date: V,
      time: V,
    },
  ],
};
const MENTION_JSON = { entities: [{ mentions: [{ start: I, end: I, text: V, source: V }] }] };
const LINK_JSON = { entities: [{ roles: [{ title: V, org: V, orgEntity: V, start: I, end: I }], aliases: [V] }] };
const QUOTE_JSON = { quotes: [{ text: V, start: I, end: I, cue: V, speaker: { name: V, entity: V }, attribution: V }] };
const KEYWORD_JSON = { keywords: [{ text: V, stem: V, count: I, score: D }] };
const MESSAGE_JSON = { messages: [{ code: V, severity: V, stage: V, message: V, span: { start: I, end: I, text: V } }] };

const transform = (structure: object) => `json_transform(line, '${JSON.stringify(structure)}')`;

/** True when a text is plain ASCII (one byte per character). */
const ascii = (x: string) => `strlen(${x}) = length(${x})`;

/**
 * The name key of a text (see name-key.ts): for ASCII, lowercase with every run of other
 * characters than letters and digits one space, trimmed; else the dictionary's (`nk`, joined by the
 * caller on the same text).
 */
const keyOf = (x: string, nk: string) => `CASE WHEN ${ascii(x)} THEN trim(regexp_replace(lower(${x}), '[^a-z0-9]+', ' ', 'g')) ELSE ${nk}.name_key END`;
const lowerOf = (x: string, nk: string) => `CASE WHEN ${ascii(x)} THEN lower(${x}) ELSE ${nk}.lower END`;

/** The 0-based sentence holding an offset: the last one starting at or before it (null: none). */
const sentenceAt = (starts: string, offset: string) => `nullif(len(list_filter(${starts}, s -> s <= ${offset})), 0) - 1`;

const columns = (t: TableDef) => t.columns.map(([name]) => name).join(', ');
const insert = (t: TableDef, select: string) => `INSERT INTO ${t.name} (${columns(t)}) ${select}`;

/** The temporary tables a batch builds (dropped by the next batch and at the end). */
const TEMP = ['warta_arts', 'warta_sents', 'warta_ents', 'warta_links', 'warta_quotes', 'warta_keyed', 'warta_ments'] as const;

/** Statements before the dictionary is filled: they read every line once per table they feed. */
export function stageStatements(): string[] {
  return [
    `CREATE OR REPLACE TEMP TABLE warta_arts AS SELECT article_no, hash, published_date, sentences, ${transform(ARTICLE_JSON)} AS j FROM ${STAGE.name}`,
    `CREATE OR REPLACE TEMP TABLE warta_sents AS SELECT article_no, CAST(string_split(NULLIF(starts, ''), ',') AS INTEGER[]) AS starts, CAST(string_split(NULLIF(ends, ''), ',') AS INTEGER[]) AS ends FROM ${STAGE.name}`,
    `CREATE OR REPLACE TEMP TABLE warta_ents AS
       SELECT article_no, ei, e.id, e.type, e.text, e.source, e.section, len(e.mentions) AS mention_count, e.mentions[1].start AS first_start, e.mentions[1]."end" AS first_end,
         e.value, e.min, e.max, e.currency, e.unit, e.approximate, e.date, e.time
       FROM (SELECT article_no, UNNEST(j.entities) AS e, generate_subscripts(j.entities, 1) AS ei FROM (SELECT article_no, ${transform(ENTITY_JSON)} AS j FROM ${STAGE.name}))`,
    // The roles and aliases of the entities that have any.
    `CREATE OR REPLACE TEMP TABLE warta_links AS
       SELECT * FROM (SELECT article_no, ei, e.roles, e.aliases FROM (SELECT article_no, UNNEST(j.entities) AS e, generate_subscripts(j.entities, 1) AS ei FROM (SELECT article_no, ${transform(LINK_JSON)} AS j FROM ${STAGE.name})))
       WHERE roles IS NOT NULL OR aliases IS NOT NULL`,
    `CREATE OR REPLACE TEMP TABLE warta_quotes AS SELECT article_no, qi - 1 AS qi, q.* FROM (SELECT article_no, UNNEST(j.quotes) AS q, generate_subscripts(j.quotes, 1) AS qi FROM (SELECT article_no, ${transform(QUOTE_JSON)} AS j FROM ${STAGE.name}))`,
  ];
}

/** The names of a batch that are not plain ASCII, for the dictionary (see {@link NAME_KEYS}). */
export const UNKEYED_NAMES = `SELECT DISTINCT name FROM (
  SELECT text AS name FROM warta_ents
  UNION ALL SELECT unit FROM warta_ents
  UNION ALL SELECT UNNEST(aliases) FROM warta_links
  UNION ALL SELECT r.org FROM (SELECT UNNEST(roles) AS r FROM warta_links)
  UNION ALL SELECT speaker.name FROM warta_quotes
) WHERE name IS NOT NULL AND NOT ${ascii('name')}`;

/** The dictionary's rows for names (see {@link NAME_KEYS}). */
export function nameKeyRows(names: readonly string[]): Cell[][] {
  return names.map((n) => [n, nameKey(n), n.toLowerCase()]);
}

/** The statements that write a batch's rows into every fact table, after the dictionary is filled. */
export function factStatements(loadedAt: string): string[] {
  const NK = NAME_KEYS.name;
  const list = (xs: readonly string[]) => `(${xs.map((x) => `'${x}'`).join(', ')})`;
  return [
    insert(
      ARTICLES,
      `SELECT article_no, j.id, j.url, j.title, j.publishedAt, published_date, j.language.code, j.language.confidence, j.author, j.editor, j.status, hash,
        j.warta.config, j.warta.version, j.warta.schema, j.source.file, j.source.line, j.counts.characters, sentences, j.error.code, j.error.message, j.text,
        '${loadedAt}', j.source.outlet
       FROM warta_arts`,
    ),
    `CREATE OR REPLACE TEMP TABLE warta_keyed AS SELECT e.article_no, e.ei, e.id, e.type, e.text, ${keyOf('e.text', 'nk')} AS name_key FROM warta_ents e LEFT JOIN ${NK} nk ON nk.name = e.text`,
    insert(
      ENTITIES,
      `SELECT e.article_no, e.id, e.type, e.text, k.name_key, e.source, e.section, e.mention_count, e.first_start, e.date, e.time
       FROM warta_ents e JOIN warta_keyed k ON k.article_no = e.article_no AND k.ei = e.ei`,
    ),
    `CREATE OR REPLACE TEMP TABLE warta_ments AS
       SELECT m.article_no, m.ei, m.mi, k.id, k.type, k.name_key, m.m.start AS span_start, m.m."end" AS span_end, m.m.text AS text, m.m.source AS source,
         ${sentenceAt('s.starts', 'm.m.start')} AS sentence
       FROM (SELECT article_no, ei, UNNEST(e.mentions) AS m, generate_subscripts(e.mentions, 1) AS mi
             FROM (SELECT article_no, UNNEST(j.entities) AS e, generate_subscripts(j.entities, 1) AS ei FROM (SELECT article_no, ${transform(MENTION_JSON)} AS j FROM ${STAGE.name}))) m
       JOIN warta_keyed k ON k.article_no = m.article_no AND k.ei = m.ei
       JOIN warta_sents s ON s.article_no = m.article_no`,
    insert(MENTIONS, 'SELECT article_no, id, type, name_key, span_start, span_end, text, source, sentence FROM warta_ments'),
    insert(
      ALIASES,
      `SELECT a.article_no, a.id, a.type, a.alias, ${keyOf('a.alias', 'nk')}, a.name_key
       FROM (SELECT k.article_no, k.id, k.type, k.name_key, UNNEST(l.aliases) AS alias FROM warta_links l JOIN warta_keyed k ON k.article_no = l.article_no AND k.ei = l.ei) a
       LEFT JOIN ${NK} nk ON nk.name = a.alias`,
    ),
    // The organisation's key: its entity's (an empty orgEntity names none), else its name's (an empty name has none).
    insert(
      ROLES,
      `SELECT r.article_no, r.id, r.r.title, r.r.org, r.r.orgEntity,
         CASE WHEN o.id IS NOT NULL THEN o.name_key WHEN r.r.org <> '' THEN ${keyOf('r.r.org', 'nk')} END, r.r.start, r.r."end"
       FROM (SELECT k.article_no, k.id, UNNEST(l.roles) AS r FROM warta_links l JOIN warta_keyed k ON k.article_no = l.article_no AND k.ei = l.ei) r
       LEFT JOIN warta_keyed o ON o.article_no = r.article_no AND o.id = nullif(r.r.orgEntity, '')
       LEFT JOIN ${NK} nk ON nk.name = r.r.org`,
    ),
    // An amount's subject: of the named mentions in its first mention's sentence, the last one
    // starting before it, else the first one starting at or after it (ties: the earlier entity and mention).
    insert(
      AMOUNTS,
      `WITH a AS (
         SELECT e.article_no, e.ei, e.id, e.type, e.text, e.value, e.min, e.max, e.currency, e.unit, e.approximate, e.first_start AS span_start, e.first_end AS span_end, f.sentence,
           ${lowerOf('e.unit', 'nk')} AS unit_lower
         FROM warta_ents e JOIN warta_ments f ON f.article_no = e.article_no AND f.ei = e.ei AND f.mi = 1
         LEFT JOIN ${NK} nk ON nk.name = e.unit
         WHERE e.type IN ${list(AMOUNT_TYPES)}),
       subject AS (
         SELECT a.article_no, a.ei,
           coalesce(arg_max(n.ei, [n.span_start, -n.ei, -n.mi]) FILTER (WHERE n.span_start < a.span_start),
                    arg_min(n.ei, [n.span_start, n.ei, n.mi]) FILTER (WHERE n.span_start >= a.span_start)) AS subject_ei
         FROM a JOIN warta_ments n ON n.article_no = a.article_no AND n.sentence = a.sentence AND n.type IN ${list(NAMED_TYPES)}
         GROUP BY a.article_no, a.ei)
       SELECT a.article_no, a.id, ${amountKindSql('a.type', 'a.unit_lower')}, a.text, a.value, a.min, a.max, a.currency, a.unit, a.approximate, a.span_start, a.span_end, a.sentence,
         CASE WHEN a.sentence IS NOT NULL THEN substring(t.j.text, s.starts[a.sentence + 1] + 1, greatest(s.ends[a.sentence + 1] - s.starts[a.sentence + 1], 0)) END,
         se.id, se.text
       FROM a
       JOIN warta_sents s ON s.article_no = a.article_no
       JOIN warta_arts t ON t.article_no = a.article_no
       LEFT JOIN subject sj ON sj.article_no = a.article_no AND sj.ei = a.ei
       LEFT JOIN warta_ents se ON se.article_no = a.article_no AND se.ei = sj.subject_ei`,
    ),
    // The speaker's key: their entity's (an empty entity id names none), else the name's.
    insert(
      QUOTES,
      `SELECT q.article_no, q.qi, q.text, q.start, q."end", q.cue, q.speaker.name, q.speaker.entity, sp.type,
         CASE WHEN sp.id IS NOT NULL THEN sp.name_key WHEN q.speaker IS NOT NULL THEN ${keyOf('q.speaker.name', 'nk')} END,
         q.attribution, ${sentenceAt('s.starts', 'q.start')}
       FROM warta_quotes q
       JOIN warta_sents s ON s.article_no = q.article_no
       LEFT JOIN warta_keyed sp ON sp.article_no = q.article_no AND sp.id = nullif(q.speaker.entity, '')
       LEFT JOIN ${NK} nk ON nk.name = q.speaker.name`,
    ),
    insert(
      KEYWORDS,
      `SELECT article_no, ki, k.text, k.stem, k.count, k.score
       FROM (SELECT article_no, UNNEST(j.keywords) AS k, generate_subscripts(j.keywords, 1) AS ki FROM (SELECT article_no, ${transform(KEYWORD_JSON)} AS j FROM ${STAGE.name}))`,
    ),
    insert(
      MESSAGES,
      `SELECT article_no, mi - 1, m.code, m.severity, m.stage, m.message, m.span.start, m.span."end", m.span.text
       FROM (SELECT article_no, UNNEST(j.messages) AS m, generate_subscripts(j.messages, 1) AS mi FROM (SELECT article_no, ${transform(MESSAGE_JSON)} AS j FROM ${STAGE.name}))`,
    ),
  ];
}

/** Statements that empty the staging tables after a batch. */
export function clearStatements(): string[] {
  return [`DELETE FROM ${STAGE.name}`, `DELETE FROM ${NAME_KEYS.name}`, ...TEMP.map((t) => `DROP TABLE IF EXISTS ${t}`)];
}
