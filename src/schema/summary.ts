import { z } from 'zod';
import { EntitySchema } from './entity.js';
import { SourceRefSchema } from './input.js';
import { MessageSchema } from './message.js';
import { QuoteSchema } from './quote.js';

export const StatusSchema = z.enum(['ok', 'partial', 'error']);
export type Status = z.infer<typeof StatusSchema>;

/** A language reading: BCP-47 code ("id", "ms", "jv", "su", "en", "und") and a confidence in [0, 1]. */
export const LanguageGuessSchema = z.object({
  code: z.string(),
  confidence: z.number().min(0).max(1),
});
export type LanguageGuess = z.infer<typeof LanguageGuessSchema>;

export const ParagraphSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  language: LanguageGuessSchema.optional(),
});

export const LanguageSchema = LanguageGuessSchema.extend({
  /** Other languages with at least one paragraph, by share of the text. */
  others: z.array(LanguageGuessSchema.extend({ share: z.number().min(0).max(1) })).default([]),
  /** Which detector produced the reading. */
  source: z.string().optional(),
});

/**
 * A section of the text: the title, the body, and the related section (the titles of the outlet's
 * other stories that the article promoted, moved after the body: their names and amounts are
 * facts, but no quote or summary sentence comes from them).
 */
export const SectionSchema = z.object({
  name: z.enum(['title', 'body', 'related']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Section = z.infer<typeof SectionSchema>;

export const KeywordSchema = z.object({
  /** The most frequent surface form. */
  text: z.string(),
  stem: z.string(),
  count: z.number().int().positive(),
  score: z.number(),
});
export type Keyword = z.infer<typeof KeywordSchema>;

export const SummarySentenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const CountsSchema = z.object({
  characters: z.number().int().nonnegative(),
  paragraphs: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  tokens: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  entities: z.number().int().nonnegative(),
  quotes: z.number().int().nonnegative(),
});

/**
 * The JSON summary of one article. Every `start`/`end` points into `text` (UTF-16, end exclusive).
 * Error records have the same shape, with `status: "error"`, an `error` and empty layers.
 */
export const SummarySchema = z.object({
  id: z.string(),
  status: StatusSchema,
  source: SourceRefSchema.optional(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  editor: z.string().nullable(),
  url: z.string().nullable(),
  /** When the article was published, ISO 8601: a day ("2025-10-21") or a time with its offset ("2025-10-21T20:43:00+07:00"); null when none was given or it could not be read. */
  publishedAt: z.string().nullable(),
  /** The publication date as given, when it was written otherwise than `publishedAt` (or could not be read). */
  publishedAtOriginal: z.string().optional(),
  language: LanguageSchema,
  text: z.string(),
  sections: z.array(SectionSchema),
  paragraphs: z.array(ParagraphSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  keywords: z.array(KeywordSchema),
  /** The extractive summary: the article's most telling sentences, in text order. */
  summary: z.array(SummarySentenceSchema),
  counts: CountsSchema,
  messages: z.array(MessageSchema),
  /** What custom stages add, by stage name: each stage's part is validated by its own schema. */
  ext: z.record(z.string(), z.unknown()).optional(),
  /** Present on error records: why the article could not be analysed. */
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  /** Milliseconds per stage, only with the `timings` option. */
  timings: z.record(z.string(), z.number()).optional(),
  /** What made the summary: warta's version, the summary schema's version, the config's hash. */
  warta: z.object({
    version: z.string(),
    schema: z.number().int(),
    /** 12 hex digits naming the pipeline config (stages, options, limits) that made the summary. */
    config: z.string().optional(),
  }),
});
export type Summary = z.infer<typeof SummarySchema>;

/**
 * The summary schema of a pipeline whose stages add their own fields: `ext.<stage>` validated by each
 * stage's schema (other keys of `ext` pass unchecked). Without any, {@link SummarySchema} itself.
 */
export function summarySchemaWithExt(ext: Readonly<Record<string, z.ZodType>>): z.ZodType<Summary> {
  const entries = Object.entries(ext);
  if (entries.length === 0) return SummarySchema;
  const shape = Object.fromEntries(entries.map(([name, schema]) => [name, schema.optional()]));
  return SummarySchema.extend({ ext: z.object(shape).catchall(z.unknown()).optional() }) as unknown as z.ZodType<Summary>;
}

/** JSON Schema (draft 2020-12) of the summary (of a pipeline's, with its `ext` fields), generated from the zod schema. */
export function summaryJsonSchema(schema: z.ZodType = SummarySchema): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
}
