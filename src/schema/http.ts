import { z } from 'zod';
import { NumberItemSchema } from './number.js';
import { LanguageGuessSchema, SummarySchema, type Summary } from './summary.js';

// The bodies of warta's HTTP API (`warta serve`) besides the article and the summary themselves: the
// server validates requests and describes its OpenAPI document with them, and the client
// (`warta/client`) types and checks what it receives with them.

/**
 * An error response (RFC 9457 problem details, `application/problem+json`). `type` is
 * "about:blank" and `title` the HTTP status phrase; `code` says what went wrong in a word a program
 * can switch on, `detail` says it for people, `errors` names each field at fault.
 */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string(),
  /** Machine-readable reason: "validation-failed", "body-too-large", "queue-full", … */
  code: z.string(),
  /** The request's id (also in the `x-request-id` header and every log line of the request). */
  requestId: z.string().optional(),
  /** For a request that breaks a schema: each field at fault ("title", "fields", "body" for the whole body). */
  errors: z.array(z.object({ field: z.string(), in: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

/** The top-level fields of a summary, for `?fields=`. */
export const SUMMARY_FIELDS = Object.keys(SummarySchema.shape) as (keyof Summary)[];
/** One top-level summary field name. */
export const SummaryFieldSchema = z.enum(SUMMARY_FIELDS as [keyof Summary, ...(keyof Summary)[]]);
export type SummaryField = z.infer<typeof SummaryFieldSchema>;

/** The fields every trimmed summary keeps: what it is and whether it worked. */
export const ALWAYS_KEPT_FIELDS = ['id', 'status', 'error', 'warta'] as const satisfies readonly SummaryField[];

/** `?fields=entities,quotes`: the summary fields to return (besides id, status, error and warta). */
export const FieldsQuerySchema = z.object({
  fields: z
    .string()
    .optional()
    .describe(`Comma-separated summary fields to return (id, status, error and warta always come back): ${SUMMARY_FIELDS.join(', ')}`)
    .transform((s) => (s === undefined ? undefined : s.split(',').map((f) => f.trim()).filter((f) => f !== '')))
    .pipe(z.array(SummaryFieldSchema).optional()),
});
export type FieldsQuery = z.output<typeof FieldsQuerySchema>;

/** A summary trimmed by `?fields=`: the fields named plus id, status, error and warta. */
export const TrimmedSummarySchema = SummarySchema.partial().required({ id: true, status: true, warta: true });
export type TrimmedSummary = z.infer<typeof TrimmedSummarySchema>;

/** What `POST /v1/analyze` returns: the summary, or with `?fields=` the summary trimmed. */
export const AnalyzeResponseSchema = z.union([SummarySchema, TrimmedSummarySchema]);
export type AnalyzeResponse = z.infer<typeof AnalyzeResponseSchema>;

/** `POST /v1/numbers`: a text to read, optionally its publication date and language. */
export const NumbersRequestSchema = z.object({
  text: z.string().describe('The text to read'),
  publishedAt: z
    .string()
    .min(1)
    .optional()
    .describe('Publication date, to resolve relative dates such as "kemarin": ISO 8601, RFC 2822, "Selasa, 21 Okt 2025 20:43 WIB", "21/10/2025" (D/M/Y), a Unix timestamp'),
  language: z.string().optional().describe('BCP-47 code; "ms" reads Malay conventions ("RM2.5 bilion"). Default "id"'),
});
export type NumbersRequest = z.infer<typeof NumbersRequestSchema>;
/** What `POST /v1/numbers` answers: the items found, in text order. */
export const NumbersResponseSchema = z.object({ items: z.array(NumberItemSchema) });
export type NumbersResponse = z.infer<typeof NumbersResponseSchema>;

/** `POST /v1/stem`: words to stem (at most 10,000 a request). */
export const StemRequestSchema = z.object({
  words: z.array(z.string().max(1000)).max(10_000).describe('The words to stem'),
});
export type StemRequest = z.infer<typeof StemRequestSchema>;
/** What `POST /v1/stem` answers: each word with its stem, in order. */
export const StemResponseSchema = z.object({
  stems: z.array(z.object({ word: z.string(), stem: z.string() })),
});
export type StemResponse = z.infer<typeof StemResponseSchema>;

/** `POST /v1/language`: a text whose language to detect. */
export const LanguageRequestSchema = z.object({ text: z.string().describe('The text whose language to detect') });
export type LanguageRequest = z.infer<typeof LanguageRequestSchema>;
/** What `POST /v1/language` answers: a BCP-47 code and a confidence. */
export const LanguageResponseSchema = LanguageGuessSchema;
export type LanguageResponse = z.infer<typeof LanguageResponseSchema>;

/** `GET /healthz`: the process answers. */
export const HealthSchema = z.object({ status: z.literal('ok') });

/** `GET /readyz`: the worker threads have built their pipelines and take work. */
export const ReadySchema = z.object({
  status: z.literal('ready'),
  workers: z.number().int().positive(),
  /** The hash of the pipeline config the workers run (as in every summary's `warta.config`). */
  config: z.string(),
});
export type Ready = z.infer<typeof ReadySchema>;
