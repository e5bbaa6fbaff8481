import { z } from 'zod';

/** A span of UTF-16 offsets into `summary.text` (end exclusive): `text.slice(start, end) === span.text`. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;
