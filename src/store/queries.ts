import {
  AmountFactSchema,
  AmountsQuerySchema,
  CooccurrenceSchema,
  EntityProfileSchema,
  EntityMatchSchema,
  EntityQuerySchema,
  EntitySearchQuerySchema,
  QuoteFactSchema,
  StoredArticleSchema,
  QuotesQuerySchema,
  WarningFactSchema,
  WarningsQuerySchema,
  type AmountFact,
  type AmountsQuery,
  type Cooccurrence,
  type EntityProfile,
  type EntityMatch,
  type EntityQuery,
  type EntitySearchQuery,
  type NamedEntityType,
  type QuoteFact,
  type QuotesQuery,
  type ResolvedEntity,
  type StoredArticle,
  type WarningFact,
  type WarningsQuery,
} from '../schema/facts.js';
import type { Param, StoreBackend } from './backend.js';
import { aliasMapQuery } from './alias-map.js';
import { derivedFresh } from './derived.js';
import { WartaStoreError } from './errors.js';
import { nameKey } from './name-key.js';

/** Thrown when a query names an entity the store does not know (under any of its names). */
export class WartaNotFoundError extends WartaStoreError {
  override readonly name = 'WartaNotFoundError';
}

/** Parameters of one statement, numbered as they are added (`$1`, `$2` …, the same on both engines). */
class Params {
  readonly values: Param[] = [];

  add(value: Param): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  list(values: readonly Param[]): string {
    return values.map((v) => this.add(v)).join(', ');
  }
}

const NAMED_TYPES: readonly NamedEntityType[] = ['PERSON', 'ORG', 'LOC'];

/** The first day of a bound ("2025-01" → "2025-01-01"). */
function fromDay(bound: string): string {
  return bound.length === 4 ? `${bound}-01-01` : bound.length === 7 ? `${bound}-01` : bound;
}

/** The first day after a bound ("2025-06" → "2025-07-01"): `--to` includes the whole period. */
function afterDay(bound: string): string {
  const [y, m, d] = bound.split('-').map(Number) as [number, number | undefined, number | undefined];
  const next = m === undefined ? new Date(Date.UTC(y + 1, 0, 1)) : d === undefined ? new Date(Date.UTC(y, m, 1)) : new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/** The conditions on an article's publication day for `from` and `to` bounds, and on its outlet. */
function period(p: Params, q: { from?: string | undefined; to?: string | undefined; outlet?: string | undefined }): string[] {
  const where: string[] = [];
  if (q.outlet) where.push(`a.outlet = ${p.add(q.outlet)}`);
  if (q.from) where.push(`a.published_date >= ${p.add(fromDay(q.from))}`);
  if (q.to) where.push(`a.published_date < ${p.add(afterDay(q.to))}`);
  return where;
}

/** An ILIKE pattern for a substring, its wildcards escaped. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const whereClause = (where: readonly string[]): string => (where.length > 0 ? `WHERE ${where.join(' AND ')}` : '');

/** The canned queries of a store: the same SQL on DuckDB and PostgreSQL. */
export class Queries {
  constructor(private readonly db: StoreBackend) {}

  /**
   * True when the precomputed tables (DuckDB; see derived.ts) may answer: the queries then read
   * them instead of computing from the fact tables, with the same answers.
   */
  private precomputed(): Promise<boolean> {
    return derivedFresh(this.db);
  }

  /**
   * Finds an entity by any of its names, case-insensitively: the name (normalised) is looked up
   * among entity names and among the aliases articles link to a name. With several types (a name
   * tagged PERSON in some articles, ORG in others), `type` picks one, else the type with the most
   * articles. Null when the store does not know the name.
   */
  async resolve(name: string, type?: NamedEntityType): Promise<(ResolvedEntity & { articles: number; otherTypes: { type: NamedEntityType; articles: number }[] }) | null> {
    const key = nameKey(name);
    if (key === '') return null;
    const fast = await this.precomputed();
    const viaAlias = await this.db.all(fast ? 'SELECT type, alias_key, name_key FROM alias_map_t WHERE alias_key = $1' : aliasMapQuery((c) => `${c} = $1`), [key]);
    const direct = await this.db.all("SELECT DISTINCT type FROM entities WHERE name_key = $1 AND type IN ('PERSON', 'ORG', 'LOC')", [key]);
    const candidates: { type: NamedEntityType; key: string; names: string[]; articles: number }[] = [];
    for (const t of NAMED_TYPES) {
      const target = viaAlias.find((r) => r.type === t)?.name_key as string | undefined;
      if (target === undefined && !direct.some((r) => r.type === t)) continue;
      const k = target ?? key;
      const merged = await this.db.all(
        fast
          ? 'SELECT alias_key FROM alias_map_t WHERE type = $1 AND name_key = $2 ORDER BY alias_key'
          : `SELECT m.alias_key FROM (${aliasMapQuery((c) => `${c} IN (SELECT l.alias_key FROM aliases l WHERE l.type = $1 AND l.name_key = $2)`)}) AS m
         WHERE m.type = $1 AND m.name_key = $2 ORDER BY m.alias_key`,
        [t, k],
      );
      const names = [k, ...merged.map((r) => String(r.alias_key))];
      const p = new Params();
      const rows = await this.db.all(`SELECT CAST(count(DISTINCT article_no) AS INTEGER) AS n FROM entities WHERE type = ${p.add(t)} AND name_key IN (${p.list(names)})`, p.values);
      candidates.push({ type: t, key: k, names, articles: Number(rows[0]?.n ?? 0) });
    }
    // Most articles first; ties in the order PERSON, ORG, LOC (a stable sort keeps it).
    candidates.sort((a, b) => b.articles - a.articles);
    const chosen = type ? candidates.find((c) => c.type === type) : candidates[0];
    if (!chosen || chosen.articles === 0) return null;
    const display = await this.db.all(
      'SELECT text, CAST(count(*) AS INTEGER) AS n FROM entities WHERE type = $1 AND name_key = $2 GROUP BY text ORDER BY n DESC, text LIMIT 1',
      [chosen.type, chosen.key],
    );
    return {
      name: display[0] ? String(display[0].text) : name,
      type: chosen.type,
      key: chosen.key,
      names: chosen.names,
      articles: chosen.articles,
      otherTypes: candidates.filter((c) => c !== chosen && c.articles > 0).map((c) => ({ type: c.type, articles: c.articles })),
    };
  }

  /**
   * Entities whose names or aliases contain the words (normalised as names are: "jokowi" finds
   * "Joko Widodo" through the alias articles give it), each resolved as {@link resolve} does, so an
   * alias and its name are one hit. Exact names first, then by articles.
   */
  async search(query: EntitySearchQuery): Promise<EntityMatch[]> {
    const q = EntitySearchQuerySchema.parse(query);
    const key = nameKey(q.q);
    if (key === '') return [];
    const p = new Params();
    const pattern = p.add(containsPattern(key));
    const types = q.type ? p.list([q.type]) : "'PERSON', 'ORG', 'LOC'";
    // Candidates by the names they were written under; several may resolve to one entity, so a few
    // more than asked for are read (resolving is a handful of small queries each).
    const rows = await this.db.all(
      `SELECT type, name_key, CAST(count(DISTINCT article_no) AS INTEGER) AS n FROM (
         SELECT type, name_key, article_no FROM entities WHERE type IN (${types}) AND name_key LIKE ${pattern} ESCAPE '\\'
         UNION ALL
         SELECT type, alias_key AS name_key, article_no FROM aliases WHERE type IN (${types}) AND alias_key LIKE ${pattern} ESCAPE '\\'
       ) AS hits
       GROUP BY type, name_key
       ORDER BY (name_key = ${p.add(key)}) DESC, n DESC, name_key, type
       LIMIT ${q.limit * 2}`,
      p.values,
    );
    const found = new Map<string, EntityMatch>();
    for (const row of rows) {
      const r = await this.resolve(String(row.name_key), row.type as NamedEntityType);
      if (!r) continue;
      const id = `${r.type} ${r.key}`;
      const exact = r.names.includes(key) || row.name_key === key;
      const seen = found.get(id);
      if (seen) seen.exact ||= exact;
      else found.set(id, { name: r.name, type: r.type, key: r.key, names: r.names, articles: r.articles, exact });
    }
    const matches = [...found.values()].sort((a, b) => Number(b.exact) - Number(a.exact) || b.articles - a.articles || a.key.localeCompare(b.key));
    return EntityMatchSchema.array().parse(matches.slice(0, q.limit));
  }

  /** One stored article by its id (its metadata and cleaned text), or null. */
  async article(id: string): Promise<StoredArticle | null> {
    const rows = await this.db.all(
      `SELECT article_id AS "articleId", title, url, published_at AS "publishedAt", published_date AS date, status, language, text
       FROM articles WHERE article_id = $1`,
      [id],
    );
    return rows[0] ? StoredArticleSchema.parse(rows[0]) : null;
  }

  private async mustResolve(name: string, type?: NamedEntityType): Promise<ResolvedEntity> {
    const r = await this.resolve(name, type);
    if (!r) throw new WartaNotFoundError(`no ${type ? `${type} ` : ''}entity named "${name}" in the store`);
    return r;
  }

  /** Quotes by a speaker, by the people of an organisation, containing words, in a period. */
  async quotes(query: QuotesQuery): Promise<QuoteFact[]> {
    const q = QuotesQuerySchema.parse(query);
    const speaker = q.speaker ? await this.mustResolve(q.speaker, q.type) : undefined;
    const org = q.org ? await this.mustResolve(q.org, 'ORG') : undefined;
    return this.quotesOf({ ...(speaker ? { speaker } : {}), ...(org ? { org } : {}), contains: q.contains, from: q.from, to: q.to, outlet: q.outlet, limit: q.limit });
  }

  private async quotesOf(q: { speaker?: ResolvedEntity; org?: ResolvedEntity; contains?: string | undefined; from?: string | undefined; to?: string | undefined; outlet?: string | undefined; limit: number }): Promise<QuoteFact[]> {
    const p = new Params();
    // The quotes of the speaker (or the organisation's people) first, computed once: the words and
    // the period are then looked for in those only, not in every quote of the store.
    const picked: string[] = [];
    let join = '';
    if (q.speaker) {
      // A speaker without an entity is matched by name; one with an entity by the entity's type too.
      picked.push(`q.speaker_key IN (${p.list(q.speaker.names)}) AND (q.speaker_type = ${p.add(q.speaker.type)} OR q.speaker_type IS NULL)`);
    }
    if (q.org) {
      // An organisation nobody has a role at (every person's profile asks) has no people's quotes:
      // a look at the roles spares reading every quote.
      const any = await this.db.all(`SELECT 1 FROM roles WHERE org_key IN (${new Params().list(q.org.names)}) LIMIT 1`, q.org.names);
      if (any.length === 0) return [];
      // Its people: the speakers with a role at it in the same article.
      join = `JOIN (SELECT DISTINCT article_no, entity_id FROM roles WHERE org_key IN (${p.list(q.org.names)})) AS r
        ON r.article_no = q.article_no AND r.entity_id = q.speaker_entity_id`;
    }
    const source =
      picked.length > 0 || join !== ''
        ? `WITH picked AS MATERIALIZED (SELECT q.* FROM quotes q ${join} ${whereClause(picked)}) `
        : 'WITH picked AS (SELECT * FROM quotes) ';
    const where: string[] = [];
    if (q.contains) where.push(`q.text ILIKE ${p.add(containsPattern(q.contains))} ESCAPE '\\'`);
    where.push(...period(p, q));
    const rows = await this.db.all(
      `${source}
       SELECT a.article_id AS "articleId", a.published_date AS date, a.title, a.url, q.speaker, q.text, q.cue, q.attribution
       FROM picked q JOIN articles a ON a.article_no = q.article_no
       ${whereClause(where)}
       ORDER BY a.published_date NULLS LAST, a.article_id, q.quote_index
       LIMIT ${q.limit}`,
      p.values,
    );
    return QuoteFactSchema.array().parse(rows);
  }

  /**
   * Amounts (money, quantities, percentages, durations) by kind, currency, size and period; with
   * `entity`, those stated in a sentence that names the entity.
   */
  async amounts(query: AmountsQuery): Promise<AmountFact[]> {
    const q = AmountsQuerySchema.parse(query);
    const entity = q.entity ? await this.mustResolve(q.entity, q.type) : undefined;
    return this.amountsOf({ ...q, entity });
  }

  private async amountsOf(q: Omit<ReturnType<typeof AmountsQuerySchema.parse>, 'entity'> & { entity: ResolvedEntity | undefined }): Promise<AmountFact[]> {
    const p = new Params();
    let sentences = '';
    let join = '';
    const fast = await this.precomputed();
    if (q.entity && fast) {
      // The amounts of the sentences naming the entity, precomputed per name.
      sentences = `WITH hits AS (
          SELECT DISTINCT article_no, entity_id FROM amount_names
          WHERE type = ${p.add(q.entity.type)} AND name_key IN (${p.list(q.entity.names)}))`;
      join = 'JOIN hits h ON h.article_no = am.article_no AND h.entity_id = am.entity_id';
    } else if (q.entity) {
      sentences = `WITH named AS MATERIALIZED (
          SELECT DISTINCT article_no, sentence FROM mentions
          WHERE type = ${p.add(q.entity.type)} AND name_key IN (${p.list(q.entity.names)}) AND sentence IS NOT NULL),
        hits AS (
          SELECT DISTINCT ma.article_no, ma.entity_id FROM mentions ma
          JOIN named ON named.article_no = ma.article_no AND named.sentence = ma.sentence
          WHERE ma.type IN ('MONEY', 'QUANTITY', 'PERCENT'))`;
      join = 'JOIN hits h ON h.article_no = am.article_no AND h.entity_id = am.entity_id';
    }
    const where: string[] = [];
    if (q.kind) where.push(`am.kind = ${p.add(q.kind)}`);
    if (q.currency) where.push(`am.currency = ${p.add(q.currency)}`);
    // A range [min, max] matches when it overlaps the bounds asked for.
    if (q.min !== undefined) where.push(`COALESCE(am.value, am.max, am.min) >= ${p.add(q.min)}`);
    if (q.max !== undefined) where.push(`COALESCE(am.value, am.min, am.max) <= ${p.add(q.max)}`);
    where.push(...period(p, q));
    const order =
      q.sort === 'value'
        ? 'COALESCE(am.value, am.max, am.min) DESC NULLS LAST, a.published_date NULLS LAST, a.article_id, am.span_start'
        : 'a.published_date NULLS LAST, a.article_id, am.span_start';
    if (q.entity && fast) {
      // DuckDB: the rows are picked and ordered by their narrow columns first, and only the few
      // kept read their texts (by row id), instead of the texts of every amount the join reads.
      const rows = await this.db.all(
        `${sentences},
         top AS MATERIALIZED (
           SELECT am.rowid AS rid, a.article_id, a.published_date, am.value, am.min, am.max, am.span_start
           FROM amounts am JOIN articles a ON a.article_no = am.article_no ${join}
           ${whereClause(where)}
           ORDER BY ${order}
           LIMIT ${q.limit})
         SELECT a.article_id AS "articleId", a.published_date AS date, am.kind, am.text, am.value, am.min, am.max, am.currency, am.unit,
                am.subject AS entity, am.sentence_text AS sentence
         FROM top a JOIN amounts am ON am.rowid = a.rid
         ORDER BY ${order}`,
        p.values,
      );
      return AmountFactSchema.array().parse(rows);
    }
    const rows = await this.db.all(
      `${sentences}
       SELECT a.article_id AS "articleId", a.published_date AS date, am.kind, am.text, am.value, am.min, am.max, am.currency, am.unit,
              am.subject AS entity, am.sentence_text AS sentence
       FROM amounts am JOIN articles a ON a.article_no = am.article_no ${join}
       ${whereClause(where)}
       ORDER BY ${order}
       LIMIT ${q.limit}`,
      p.values,
    );
    return AmountFactSchema.array().parse(rows);
  }

  /**
   * The named entities that appear with an entity: in how many articles, and in how many sentences
   * both are named. Other entities are grouped by their cross-article key too.
   */
  async cooccur(query: EntityQuery): Promise<Cooccurrence[]> {
    const q = EntityQuerySchema.parse(query);
    return this.cooccurOf(await this.mustResolve(q.name, q.type), q.limit);
  }

  private async cooccurOf(entity: ResolvedEntity, limit: number): Promise<Cooccurrence[]> {
    // The precomputed pairs group the entity's articles by its merged key: the same articles as
    // its names unless its key is itself an alias merged into another name (one step is followed,
    // not two), which is computed from the facts.
    if ((await this.precomputed()) && (await this.db.all('SELECT 1 FROM alias_map_t WHERE type = $1 AND alias_key = $2', [entity.type, entity.key])).length === 0) {
      const rows = await this.db.all(
        `SELECT name, other_type AS type, other_key AS key, articles, sentences FROM entity_cooccurrences
         WHERE type = $1 AND entity_key = $2
         ORDER BY articles DESC, sentences DESC, other_key, other_type
         LIMIT ${limit}`,
        [entity.type, entity.key],
      );
      return CooccurrenceSchema.array().parse(rows);
    }
    const p = new Params();
    const type = p.add(entity.type);
    const names = p.list(entity.names);
    const rows = await this.db.all(
      // MATERIALIZED: each part is computed once (engines may otherwise inline a CTE at every use).
      // The types and the target's own names are filtered at the end, from the few aggregated rows:
      // a filter on millions of rows before the join with the target's articles costs more.
      `WITH target_articles AS MATERIALIZED (SELECT DISTINCT article_no FROM entities WHERE type = ${type} AND name_key IN (${names})),
       target_sentences AS MATERIALIZED (
         SELECT DISTINCT article_no, sentence FROM mentions
         WHERE type = ${type} AND name_key IN (${names}) AND sentence IS NOT NULL),
       near AS MATERIALIZED (
         SELECT e.article_no, e.type, e.text, e.name_key
         FROM entities e JOIN target_articles ta ON ta.article_no = e.article_no),
       merged AS MATERIALIZED (${aliasMapQuery((c) => `${c} IN (SELECT name_key FROM near)`)}),
       others AS MATERIALIZED (
         SELECT n.article_no, n.type, n.text, COALESCE(am.name_key, n.name_key) AS entity_key
         FROM near n LEFT JOIN merged am ON am.type = n.type AND am.alias_key = n.name_key),
       arts AS (SELECT type, entity_key, CAST(count(DISTINCT article_no) AS INTEGER) AS articles FROM others GROUP BY type, entity_key),
       sents AS (
         SELECT type, entity_key, CAST(count(*) AS INTEGER) AS sentences FROM (
           SELECT DISTINCT m.type, COALESCE(am.name_key, m.name_key) AS entity_key, m.article_no, m.sentence
           FROM mentions m JOIN target_sentences ts ON ts.article_no = m.article_no AND ts.sentence = m.sentence
           LEFT JOIN merged am ON am.type = m.type AND am.alias_key = m.name_key
         ) AS co GROUP BY type, entity_key),
       top AS MATERIALIZED (
         SELECT a.type, a.entity_key, a.articles, COALESCE(s.sentences, 0) AS sentences
         FROM arts a LEFT JOIN sents s ON s.type = a.type AND s.entity_key = a.entity_key
         WHERE a.type IN ('PERSON', 'ORG', 'LOC') AND NOT (a.type = ${type} AND a.entity_key = ${p.add(entity.key)})
         ORDER BY a.articles DESC, sentences DESC, a.entity_key, a.type
         LIMIT ${limit}),
       -- The name shown for each of the few entities kept: the form written most often.
       names AS (
         SELECT o.type, o.entity_key, o.text, row_number() OVER (PARTITION BY o.type, o.entity_key ORDER BY count(*) DESC, o.text) AS rn
         FROM others o JOIN top t ON t.type = o.type AND t.entity_key = o.entity_key
         GROUP BY o.type, o.entity_key, o.text)
       SELECT n.text AS name, t.type, t.entity_key AS key, t.articles, t.sentences
       FROM top t JOIN names n ON n.type = t.type AND n.entity_key = t.entity_key AND n.rn = 1
       ORDER BY t.articles DESC, t.sentences DESC, t.entity_key, t.type`,
      p.values,
    );
    return CooccurrenceSchema.array().parse(rows);
  }

  /** The messages of one code, or every warning and error, with their articles. */
  async warnings(query: WarningsQuery): Promise<WarningFact[]> {
    const q = WarningsQuerySchema.parse(query);
    const p = new Params();
    const where = [q.code ? `m.code = ${p.add(q.code)}` : "m.severity IN ('warning', 'error')", ...period(p, q)];
    const rows = await this.db.all(
      `SELECT a.article_id AS "articleId", a.published_date AS date, a.title, m.code, m.severity, m.stage, m.message, m.span_text AS span
       FROM messages m JOIN articles a ON a.article_no = m.article_no
       ${whereClause(where)}
       ORDER BY a.published_date NULLS LAST, a.article_id, m.seq
       LIMIT ${q.limit}`,
      p.values,
    );
    return WarningFactSchema.array().parse(rows);
  }

  /**
   * Everything the store knows about one entity: its type, forms and aliases, roles (and for an
   * organisation, its people), mentions per month, the entities named with it, its amounts, its
   * quotes and its people's. `limit` caps each list. Null when the store does not know the name.
   */
  async entity(query: EntityQuery): Promise<EntityProfile | null> {
    const q = EntityQuerySchema.parse(query);
    const r = await this.resolve(q.name, q.type);
    if (!r) return null;
    const { otherTypes, articles: _articles, ...entity } = r;
    const n = q.limit;
    const fast = await this.precomputed();
    const filter = (p: Params, alias: string) => `${alias}.type = ${p.add(r.type)} AND ${alias}.name_key IN (${p.list(r.names)})`;
    const run = async (build: (p: Params) => string) => {
      const p = new Params();
      const sql = build(p);
      return this.db.all(sql, p.values);
    };
    // Per month, and one group of the articles without a date: the totals are their sums (an
    // article is in one group), so that the entity's rows are read once for both.
    const byMonth = await run(
      (p) => `SELECT substr(a.published_date, 1, 7) AS month, CAST(count(DISTINCT e.article_no) AS INTEGER) AS articles,
        CAST(sum(e.mention_count) AS INTEGER) AS mentions, min(a.published_date) AS first, max(a.published_date) AS last
        FROM entities e JOIN articles a ON a.article_no = e.article_no
        WHERE ${filter(p, 'e')}
        GROUP BY substr(a.published_date, 1, 7) ORDER BY month`,
    );
    const months = byMonth.filter((m) => m.month !== null).map(({ month, articles, mentions }) => ({ month, articles, mentions }));
    const dates = byMonth.flatMap((m) => (m.first === null ? [] : [String(m.first), String(m.last)])).sort();
    const totals = {
      articles: byMonth.reduce((n, m) => n + Number(m.articles), 0),
      mentions: byMonth.reduce((n, m) => n + Number(m.mentions ?? 0), 0),
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
    };
    const forms = await run((p) =>
      fast
        ? `SELECT m.text, CAST(sum(m.n) AS INTEGER) AS count FROM mention_forms m
        WHERE ${filter(p, 'm')} GROUP BY m.text ORDER BY count DESC, m.text LIMIT ${n}`
        : `SELECT m.text, CAST(count(*) AS INTEGER) AS count FROM mentions m
        WHERE ${filter(p, 'm')} GROUP BY m.text ORDER BY count DESC, m.text LIMIT ${n}`,
    );
    const aliases = await run(
      (p) => `SELECT l.alias, CAST(count(DISTINCT l.article_no) AS INTEGER) AS count FROM aliases l
        WHERE ${filter(p, 'l')} GROUP BY l.alias ORDER BY count DESC, l.alias LIMIT ${n}`,
    );
    const roles = await run((p) =>
      fast
        ? `SELECT r.title, r.org, CAST(count(DISTINCT r.article_no) AS INTEGER) AS articles FROM entity_roles r
        WHERE ${filter(p, 'r')} GROUP BY r.title, r.org ORDER BY articles DESC, r.title, r.org NULLS FIRST LIMIT ${n}`
        : `SELECT r.title, r.org, CAST(count(DISTINCT r.article_no) AS INTEGER) AS articles FROM roles r
        JOIN entities e ON e.article_no = r.article_no AND e.entity_id = r.entity_id
        WHERE ${filter(p, 'e')} GROUP BY r.title, r.org ORDER BY articles DESC, r.title, r.org NULLS FIRST LIMIT ${n}`,
    );
    const people = await run(
      (p) => `SELECT e.text AS name, r.title, CAST(count(DISTINCT r.article_no) AS INTEGER) AS articles FROM roles r
        JOIN entities e ON e.article_no = r.article_no AND e.entity_id = r.entity_id
        WHERE r.org_key IN (${p.list(r.names)}) GROUP BY e.text, r.title ORDER BY articles DESC, name, r.title LIMIT ${n}`,
    );
    const profile = {
      ...entity,
      otherTypes,
      ...totals,
      forms,
      aliases,
      roles,
      people,
      months,
      cooccurring: await this.cooccurOf(entity, n),
      amounts: await this.amountsOf({ ...AmountsQuerySchema.parse({ sort: 'value', limit: n }), entity }),
      quotes: await this.quotesOf({ speaker: entity, limit: n }),
      peopleQuotes: await this.quotesOf({ org: entity, limit: n }),
    };
    return EntityProfileSchema.parse(profile);
  }
}
