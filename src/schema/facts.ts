import { z } from 'zod';

/**
 * Shapes of the fact store (`warta facts`, `openStore` from `warta/store`): what the canned queries
 * return, validated with these schemas before they reach a caller, and their parameters.
 */

/** A named entity type: the types that cross-article identity applies to. */
export const NamedEntityTypeSchema = z.enum(['PERSON', 'ORG', 'LOC']);
export type NamedEntityType = z.infer<typeof NamedEntityTypeSchema>;

/** A date bound of a query: a year "2025", a month "2025-01" or a day "2025-01-31". */
export const DateBoundSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date bound is YYYY, YYYY-MM or YYYY-MM-DD');

/** Kinds of amounts in the store: MONEY, PERCENT, QUANTITY entities, and quantities of time. */
export const AmountKindSchema = z.enum(['money', 'quantity', 'percent', 'duration']);
export type AmountKind = z.infer<typeof AmountKindSchema>;

const limit = z.number().int().positive().max(100_000).default(100);
const name = z.string().trim().min(1, 'a name is needed');

/** Articles of this outlet only, by its short name ("detik", "kompas", "cnn-indonesia"; the summary's source.outlet). */
const OutletFilterSchema = z.string().trim().min(1).transform((o) => o.toLowerCase());

/** Parameters of `quotes`: by a speaker, by the people of an organisation, words they contain, a period. */
export const QuotesQuerySchema = z
  .object({
    speaker: name.optional(),
    /** Quotes by people whose role in the same article names this organisation. */
    org: name.optional(),
    /** A case-insensitive substring of the quotation. */
    contains: z.string().min(1).optional(),
    from: DateBoundSchema.optional(),
    to: DateBoundSchema.optional(),
    outlet: OutletFilterSchema.optional(),
    type: NamedEntityTypeSchema.optional(),
    limit,
  })
  .strict();
export type QuotesQuery = z.input<typeof QuotesQuerySchema>;

/** Parameters of `amounts`. */
export const AmountsQuerySchema = z
  .object({
    /** Amounts stated in a sentence that names this entity. */
    entity: name.optional(),
    type: NamedEntityTypeSchema.optional(),
    kind: AmountKindSchema.optional(),
    /** ISO 4217 code ("IDR", "USD"). */
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, 'a currency is an ISO 4217 code such as IDR or USD')
      .transform((c) => c.toUpperCase())
      .optional(),
    /** Amounts whose value (or range) reaches at least this. */
    min: z.number().finite().optional(),
    /** Amounts whose value (or range) is at most this. */
    max: z.number().finite().optional(),
    from: DateBoundSchema.optional(),
    to: DateBoundSchema.optional(),
    outlet: OutletFilterSchema.optional(),
    /** `date`: oldest first (default); `value`: largest first. */
    sort: z.enum(['date', 'value']).default('date'),
    limit,
  })
  .strict();
export type AmountsQuery = z.input<typeof AmountsQuerySchema>;

/** Parameters of `cooccur` and of the entity profile. */
export const EntityQuerySchema = z
  .object({
    name,
    type: NamedEntityTypeSchema.optional(),
    limit: z.number().int().positive().max(100_000).default(20),
  })
  .strict();
export type EntityQuery = z.input<typeof EntityQuerySchema>;

/** Parameters of `warnings`: the messages of a code, or all warnings and errors. */
export const WarningsQuerySchema = z
  .object({
    code: z.string().min(1).optional(),
    from: DateBoundSchema.optional(),
    to: DateBoundSchema.optional(),
    outlet: OutletFilterSchema.optional(),
    limit,
  })
  .strict();
export type WarningsQuery = z.input<typeof WarningsQuerySchema>;

/** Parameters of `search`: entities whose names or aliases contain these words. */
export const EntitySearchQuerySchema = z
  .object({
    /** Words of a name or an alias, matched case-insensitively inside the normalised names. */
    q: name,
    type: NamedEntityTypeSchema.optional(),
    limit: z.number().int().positive().max(1000).default(20),
  })
  .strict();
export type EntitySearchQuery = z.input<typeof EntitySearchQuerySchema>;

/** An entity resolved across articles: its type, key (normalised canonical name) and display name. */
export const ResolvedEntitySchema = z.object({
  /** The name as most articles write it. */
  name: z.string(),
  type: NamedEntityTypeSchema,
  /** The cross-article key: the normalised canonical name. */
  key: z.string(),
  /** Every normalised name that resolves to `key` (the key itself and the aliases merged into it). */
  names: z.array(z.string()),
});
export type ResolvedEntity = z.infer<typeof ResolvedEntitySchema>;

/** An entity found by `search`: resolved as `resolve` does, with its article count. */
export const EntityMatchSchema = ResolvedEntitySchema.extend({
  articles: z.number().int().nonnegative(),
  /** True when the words are one of its names exactly (normalised), not only a part of one. */
  exact: z.boolean(),
});
export type EntityMatch = z.infer<typeof EntityMatchSchema>;

/** One stored article: its metadata and the text warta cleaned (the title is its first line). */
export const StoredArticleSchema = z.object({
  articleId: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  date: z.string().nullable(),
  status: z.string(),
  language: z.string().nullable(),
  text: z.string(),
});
export type StoredArticle = z.infer<typeof StoredArticleSchema>;

/** A quotation with its article. */
export const QuoteFactSchema = z.object({
  articleId: z.string(),
  /** Publication day (YYYY-MM-DD) when the article gave one. */
  date: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  speaker: z.string().nullable(),
  text: z.string(),
  cue: z.string().nullable(),
  attribution: z.string(),
});
export type QuoteFact = z.infer<typeof QuoteFactSchema>;

/** An amount with its sentence and the named entity nearest to it in that sentence. */
export const AmountFactSchema = z.object({
  articleId: z.string(),
  date: z.string().nullable(),
  kind: AmountKindSchema,
  text: z.string(),
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string().nullable(),
  unit: z.string().nullable(),
  /** The named entity nearest to the amount in its sentence (before it when there is one). */
  entity: z.string().nullable(),
  sentence: z.string().nullable(),
});
export type AmountFact = z.infer<typeof AmountFactSchema>;

/** An entity named in the same articles as another. */
export const CooccurrenceSchema = z.object({
  name: z.string(),
  type: NamedEntityTypeSchema,
  key: z.string(),
  /** Articles naming both. */
  articles: z.number().int().nonnegative(),
  /** Sentences naming both. */
  sentences: z.number().int().nonnegative(),
});
export type Cooccurrence = z.infer<typeof CooccurrenceSchema>;

/** A message of an article (a warning such as `title-number-mismatch`, an error). */
export const WarningFactSchema = z.object({
  articleId: z.string(),
  date: z.string().nullable(),
  title: z.string().nullable(),
  code: z.string(),
  severity: z.string(),
  stage: z.string().nullable(),
  message: z.string(),
  /** The text the message points at, when it has a span. */
  span: z.string().nullable(),
});
export type WarningFact = z.infer<typeof WarningFactSchema>;

const counted = (key: string) => z.object({ [key]: z.string(), count: z.number().int().nonnegative() });

/** What the store knows about one entity across articles. */
export const EntityProfileSchema = ResolvedEntitySchema.extend({
  /** The same name under other types (a tagger's disagreements), with their article counts. */
  otherTypes: z.array(z.object({ type: NamedEntityTypeSchema, articles: z.number().int().nonnegative() })),
  articles: z.number().int().nonnegative(),
  mentions: z.number().int().nonnegative(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  /** Mention texts, most frequent first ("Jokowi", "Joko Widodo", "Widodo"). */
  forms: z.array(counted('text')),
  /** Aliases that articles link to it ("Joko Widodo (Jokowi)"), with the articles that do. */
  aliases: z.array(counted('alias')),
  /** Its roles (for a person), with the articles that give them. */
  roles: z.array(z.object({ title: z.string(), org: z.string().nullable(), articles: z.number().int().nonnegative() })),
  /** People with a role at it (for an organisation). */
  people: z.array(z.object({ name: z.string(), title: z.string(), articles: z.number().int().nonnegative() })),
  months: z.array(z.object({ month: z.string(), articles: z.number().int().nonnegative(), mentions: z.number().int().nonnegative() })),
  cooccurring: z.array(CooccurrenceSchema),
  amounts: z.array(AmountFactSchema),
  /** Quotes by the entity itself. */
  quotes: z.array(QuoteFactSchema),
  /** Quotes by its people (for an organisation). */
  peopleQuotes: z.array(QuoteFactSchema),
});
export type EntityProfile = z.infer<typeof EntityProfileSchema>;

/** The result of a read-only SQL statement: column names and rows of JSON values. */
export const SqlResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.json())),
});
export type SqlResult = z.infer<typeof SqlResultSchema>;

/** Counts of a load (`warta facts load`, `warta analyze --db`). */
export const LoadStatsSchema = z.object({
  /** Summaries read (valid lines). */
  read: z.number().int().nonnegative(),
  /** Articles stored for the first time. */
  stored: z.number().int().nonnegative(),
  /** Articles whose stored facts were replaced by a new analysis (new content hash, config or version). */
  replaced: z.number().int().nonnegative(),
  /** Articles already stored with the same content hash, config and version: not stored twice. */
  unchanged: z.number().int().nonnegative(),
  /** Articles whose stored analysis was kept: the new one is an error record, or from an older warta. */
  kept: z.number().int().nonnegative(),
  /** Error records among the summaries read (stored with their messages). */
  errorRecords: z.number().int().nonnegative(),
  /** Lines that are not summaries (invalid JSON, another shape): recorded in `load_errors`. */
  broken: z.number().int().nonnegative(),
});
export type LoadStats = z.infer<typeof LoadStatsSchema>;

/** A line that could not be loaded, as recorded in the store. */
export const LoadErrorSchema = z.object({
  file: z.string().nullable(),
  line: z.number().int().nullable(),
  message: z.string(),
});
export type LoadError = z.infer<typeof LoadErrorSchema>;

/** What a store holds: its backend, schema version and counts. */
export const StoreInfoSchema = z.object({
  backend: z.enum(['duckdb', 'postgres']),
  location: z.string(),
  schemaVersion: z.number().int(),
  articles: z.number().int().nonnegative(),
  byStatus: z.record(z.string(), z.number().int().nonnegative()),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  tables: z.record(z.string(), z.number().int().nonnegative()),
  /** warta versions and config hashes of the stored analyses, with their article counts. */
  analyses: z.array(z.object({ version: z.string().nullable(), config: z.string().nullable(), articles: z.number().int().nonnegative() })),
  loadErrors: z.number().int().nonnegative(),
});
export type StoreInfo = z.infer<typeof StoreInfoSchema>;
