import { z } from 'zod';
import { SpanSchema } from './span.js';

export const SeveritySchema = z.enum(['info', 'warning', 'error']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * Every message code warta may emit, with its default severity. Codes are kebab-case; a stage
 * reports one with `ctx.report(code, message, opts)`.
 */
export const MESSAGE_CODES = {
  // clean
  'boilerplate-removed': 'info',
  'title-repeated-removed': 'info',
  'byline-extracted': 'info',
  'words-separated': 'info',
  'mojibake-repaired': 'info',
  // input and limits
  'input-invalid': 'error',
  'input-unreadable': 'error',
  'article-empty': 'error',
  'article-too-large': 'error',
  'article-truncated': 'warning',
  'line-too-long': 'error',
  'internal-error': 'error',
  // publication date: a value that cannot be read (kept in publishedAtOriginal), a numeric date read one of two ways
  'published-at-unreadable': 'warning',
  'published-at-ambiguous': 'info',
  // budgets: a record stopped for running too long (a batch worker thread, `warta serve --timeout-ms`)
  // or for exhausting its worker's memory
  'time-limit': 'error',
  'memory-limit': 'error',
  // language
  'language-uncertain': 'warning',
  'language-mixed': 'info',
  'stages-skipped': 'info',
  // numbers and amounts
  'amount-out-of-range': 'warning',
  'amount-ambiguous': 'info',
  'date-unresolved': 'info',
  'date-year-inferred': 'info',
  // consistency
  'title-number-mismatch': 'warning',
  // pipeline
  'stage-failed': 'error',
  'stage-skipped': 'info',
} as const satisfies Record<string, Severity>;

export type MessageCode = keyof typeof MESSAGE_CODES;
export const MessageCodeSchema = z.enum(Object.keys(MESSAGE_CODES) as [MessageCode, ...MessageCode[]]);

/** A typed message attached to a document: data problems are reported, never thrown or printed. */
export const MessageSchema = z.object({
  code: MessageCodeSchema,
  severity: SeveritySchema,
  message: z.string(),
  stage: z.string().optional(),
  span: SpanSchema.optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});
export type Message = z.infer<typeof MessageSchema>;

/** Default severity of a message code. */
export function defaultSeverity(code: MessageCode): Severity {
  return MESSAGE_CODES[code];
}
