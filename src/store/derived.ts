import { createHash } from 'node:crypto';
import { aliasMapQuery } from './alias-map.js';
import type { StoreBackend } from './backend.js';

/**
 * Precomputed tables (DuckDB): what an entity's profile, its co-occurrences and its amounts would
 * otherwise compute from millions of rows at every query, computed once after the facts change.
 * Each is a function of the fact tables alone, and the queries read it only while it is fresh:
 *
 * - `derived_state.fresh` is set false by every write that stores, replaces or deletes an article
 *   (in the write's own transaction), and true by {@link refreshDerived}, which rebuilds every
 *   table from the facts in one transaction. A query on a store that is not fresh computes its
 *   answer from the fact tables, as PostgreSQL always does: the answers are the same either way.
 * - `loadFiles` refreshes at its end, and a writable store refreshes when it is closed, so that a
 *   store is fresh after `warta facts load`, `warta analyze --db` and `warta facts migrate`.
 *
 * The rebuild is whole, not per touched name: the alias map is global (an article that links an
 * alias can move every co-occurrence of that alias to another key), so an exact incremental update
 * would have to find every pair of every name whose merged key moved.
 *
 * PostgreSQL has no precomputed tables (its canned queries compute from the fact tables, with its
 * indexes); {@link precomputes} says which backends do.
 */

/** Named entity types: the only ones a canned query looks up or returns. */
const NAMED = "('PERSON', 'ORG', 'LOC')";

/** True for a backend that keeps the precomputed tables (DuckDB). */
export function precomputes(backend: StoreBackend): boolean {
  return backend.kind === 'duckdb';
}

/** The statements of schema version 4 that make the state row (the tables come with a refresh). */
export function derivedStateStatements(backend: StoreBackend): string[] {
  if (!precomputes(backend)) return [];
  return ['CREATE TABLE derived_state (fresh BOOLEAN NOT NULL, refreshed_at TEXT, definitions TEXT)', 'INSERT INTO derived_state VALUES (false, NULL, NULL)'];
}

/**
 * The precomputed tables, in the order they are built (later ones read earlier ones):
 * - `alias_map_t (type, alias_key, name_key)`: the alias map (see alias-map.ts), materialised;
 * - `entity_cooccurrences (type, entity_key, other_type, other_key, name, articles, sentences)`:
 *   for every pair of named entities (merged keys, as `cooccur` groups them) named in one article,
 *   in how many articles and sentences both are named, and the name shown for the other (the form
 *   written most often in the articles naming the first, ties by text);
 * - `amount_names (type, name_key, article_no, entity_id)`: the named entities (their own keys,
 *   not merged) mentioned in a sentence that mentions an amount, with the amount;
 * - `entity_roles (type, name_key, title, org, article_no)`: the roles of named entities, by their
 *   own keys;
 * - `mention_forms (type, name_key, text, n)`: how often each form of a named entity is written.
 * Each is sorted by its lookup columns, so that DuckDB reads only the blocks of a name.
 */
export const DERIVED_SQL: readonly (readonly [name: string, select: string])[] = [
  ['alias_map_t', `SELECT * FROM (${aliasMapQuery()}) AS m ORDER BY type, alias_key`],
  [
    'entity_cooccurrences',
    // Names are numbered (kid: a merged key and type; fid: one of its written forms), so that the
    // joins and groups of millions of pairs compare integers, not texts.
    `WITH keyed AS MATERIALIZED (
       SELECT e.article_no, e.type, COALESCE(m.name_key, e.name_key) AS entity_key, e.text
       FROM entities e LEFT JOIN alias_map_t m ON m.type = e.type AND m.alias_key = e.name_key
       WHERE e.type IN ${NAMED}),
     forms AS MATERIALIZED (
       SELECT type, entity_key, text,
         CAST(dense_rank() OVER (ORDER BY type, entity_key) AS INTEGER) AS kid,
         CAST(row_number() OVER (ORDER BY type, entity_key, text) AS INTEGER) AS fid,
         count(*) OVER (PARTITION BY type, entity_key) AS forms
       FROM (SELECT DISTINCT type, entity_key, text FROM keyed) AS f),
     rows AS MATERIALIZED (
       SELECT y.article_no, f.kid, f.fid, f.forms FROM keyed y
       JOIN forms f ON f.type = y.type AND f.entity_key = y.entity_key AND f.text = y.text),
     per_article AS MATERIALIZED (SELECT DISTINCT article_no, kid FROM rows),
     articles AS (
       SELECT a.kid, o.kid AS other, count(*) AS articles
       FROM per_article a JOIN per_article o ON o.article_no = a.article_no AND o.kid <> a.kid
       GROUP BY a.kid, o.kid),
     -- The name shown: of an entity written in one form, that form; else the form written most
     -- often in the articles naming the first, ties by text.
     counted AS (
       SELECT a.kid, r.fid, count(*) AS n
       FROM per_article a JOIN rows r ON r.article_no = a.article_no AND r.kid <> a.kid
       WHERE r.forms > 1
       GROUP BY a.kid, r.fid),
     names AS (
       SELECT c.kid, f.kid AS other, first(f.text ORDER BY c.n DESC, f.text) AS name
       FROM counted c JOIN forms f ON f.fid = c.fid GROUP BY c.kid, f.kid),
     sentence_keys AS MATERIALIZED (
       SELECT DISTINCT s.article_no, s.sentence, k.kid
       FROM mentions s LEFT JOIN alias_map_t m ON m.type = s.type AND m.alias_key = s.name_key
       JOIN (SELECT DISTINCT type, entity_key, kid FROM forms) AS k ON k.type = s.type AND k.entity_key = COALESCE(m.name_key, s.name_key)
       WHERE s.type IN ${NAMED} AND s.sentence IS NOT NULL),
     sentences AS (
       SELECT a.kid, o.kid AS other, count(*) AS sentences
       FROM sentence_keys a JOIN sentence_keys o ON o.article_no = a.article_no AND o.sentence = a.sentence AND o.kid <> a.kid
       GROUP BY a.kid, o.kid),
     single AS (SELECT kid, type, entity_key, min(text) AS text FROM forms GROUP BY kid, type, entity_key)
     SELECT ka.type, ka.entity_key, ko.type AS other_type, ko.entity_key AS other_key, COALESCE(n.name, ko.text) AS name,
       CAST(a.articles AS INTEGER) AS articles, CAST(COALESCE(s.sentences, 0) AS INTEGER) AS sentences
     FROM articles a
     JOIN single ka ON ka.kid = a.kid
     JOIN single ko ON ko.kid = a.other
     LEFT JOIN names n ON n.kid = a.kid AND n.other = a.other
     LEFT JOIN sentences s ON s.kid = a.kid AND s.other = a.other
     ORDER BY ka.type, ka.entity_key`,
  ],
  [
    'amount_names',
    `SELECT DISTINCT n.type, n.name_key, a.article_no, a.entity_id
     FROM mentions a JOIN mentions n ON n.article_no = a.article_no AND n.sentence = a.sentence
     WHERE a.type IN ('MONEY', 'QUANTITY', 'PERCENT') AND n.type IN ${NAMED}
     ORDER BY n.type, n.name_key`,
  ],
  [
    'entity_roles',
    `SELECT e.type, e.name_key, r.title, r.org, r.article_no
     FROM roles r JOIN entities e ON e.article_no = r.article_no AND e.entity_id = r.entity_id
     WHERE e.type IN ${NAMED}
     ORDER BY e.type, e.name_key`,
  ],
  [
    'mention_forms',
    `SELECT type, name_key, text, CAST(count(*) AS INTEGER) AS n FROM mentions WHERE type IN ${NAMED}
     GROUP BY type, name_key, text ORDER BY type, name_key`,
  ],
];

/** The names of the precomputed tables. */
export const DERIVED_TABLES: readonly string[] = DERIVED_SQL.map(([name]) => name);

/**
 * What the tables were built by: a hash of their definitions, so that tables built by another
 * warta (other tables, or other columns) are not read as fresh; the next refresh rebuilds them.
 */
const DEFINITIONS = createHash('sha256')
  .update(JSON.stringify(DERIVED_SQL))
  .digest('hex')
  .slice(0, 16);

/**
 * True when the precomputed tables hold what the fact tables say, built by these definitions
 * (always false on PostgreSQL).
 */
export async function derivedFresh(backend: StoreBackend): Promise<boolean> {
  if (!precomputes(backend)) return false;
  const rows = await backend.all('SELECT fresh AND definitions IS NOT DISTINCT FROM $1 AS fresh FROM derived_state', [DEFINITIONS]);
  return rows[0]?.fresh === true;
}

/** Inside a write's transaction: the precomputed tables no longer hold what the facts say. */
export async function markDerivedStale(backend: StoreBackend): Promise<void> {
  if (!precomputes(backend)) return;
  await backend.exec('UPDATE derived_state SET fresh = false WHERE fresh');
}

/**
 * Rebuilds every precomputed table from the fact tables, in one transaction, and marks them fresh.
 * Does nothing on a backend without them, or when they are fresh already (unless `force`).
 * Returns true when it rebuilt.
 */
export async function refreshDerived(backend: StoreBackend, force = false): Promise<boolean> {
  if (!precomputes(backend) || backend.readOnly) return false;
  if (!force && (await derivedFresh(backend))) return false;
  await backend.transaction(async () => {
    for (const [name, select] of DERIVED_SQL) await backend.exec(`CREATE OR REPLACE TABLE ${name} AS ${select}`);
    await backend.all('UPDATE derived_state SET fresh = true, refreshed_at = $1, definitions = $2', [new Date().toISOString(), DEFINITIONS]);
  });
  return true;
}
