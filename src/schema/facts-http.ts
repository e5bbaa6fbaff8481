import { z } from 'zod';
import {
  AmountFactSchema,
  AmountsQuerySchema,
  CooccurrenceSchema,
  EntityMatchSchema,
  EntityQuerySchema,
  EntitySearchQuerySchema,
  QuoteFactSchema,
  QuotesQuerySchema,
  WarningFactSchema,
  WarningsQuerySchema,
} from './facts.js';

// The fact store over HTTP (`warta serve --db`, `GET /v1/facts/*`): the store's own query schemas
// (src/schema/facts.ts) with their numbers read from a query string, and the answers wrapped in
// `{ items }`. The server validates with these, the client (`warta/client`) and the web app check
// what they receive with them.

/** "20", "1e12", "-3.5": a query-string number, then checked by the store's own schema for it. */
function numberParam(field: z.ZodType<number, number | undefined>) {
  return z
    .string()
    .trim()
    .regex(/^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/, 'a number such as 20 or 1e12')
    .transform(Number)
    // The store's schema for the field (its range, its default): its input is a number here.
    .pipe(field as z.ZodType<number, number>)
    .optional();
}

/** `GET /v1/facts/search`: `?q=jokowi&type=PERSON&limit=20`. */
export const EntitySearchParamsSchema = EntitySearchQuerySchema.extend({ limit: numberParam(EntitySearchQuerySchema.shape.limit) });
/** `GET /v1/facts/entity` and `/v1/facts/cooccur`: `?name=Sri+Mulyani&type=PERSON&limit=10`. */
export const EntityParamsSchema = EntityQuerySchema.extend({ limit: numberParam(EntityQuerySchema.shape.limit) });
/** `GET /v1/facts/quotes`: `?speaker=…&org=…&contains=…&from=2025-01&to=2025-06&limit=100`. */
export const QuotesParamsSchema = QuotesQuerySchema.extend({ limit: numberParam(QuotesQuerySchema.shape.limit) });
/** `GET /v1/facts/amounts`: `?entity=KPK&currency=IDR&min=1e12&sort=value`. */
export const AmountsParamsSchema = AmountsQuerySchema.extend({
  min: numberParam(z.number().finite()),
  max: numberParam(z.number().finite()),
  limit: numberParam(AmountsQuerySchema.shape.limit),
});
/** `GET /v1/facts/warnings`: `?code=title-number-mismatch&from=2025`. */
export const WarningsParamsSchema = WarningsQuerySchema.extend({ limit: numberParam(WarningsQuerySchema.shape.limit) });

/** `GET /v1/facts/articles/:id`. */
export const ArticleParamsSchema = z.object({ id: z.string().min(1).describe("The article's id, as its summary gave it") });

/** A list answer: `{ items: [...] }`. */
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const EntitySearchResponseSchema = items(EntityMatchSchema);
export type EntitySearchResponse = z.infer<typeof EntitySearchResponseSchema>;
export const QuotesResponseSchema = items(QuoteFactSchema);
export type QuotesResponse = z.infer<typeof QuotesResponseSchema>;
export const AmountsResponseSchema = items(AmountFactSchema);
export type AmountsResponse = z.infer<typeof AmountsResponseSchema>;
export const CooccurResponseSchema = items(CooccurrenceSchema);
export type CooccurResponse = z.infer<typeof CooccurResponseSchema>;
export const WarningsResponseSchema = items(WarningFactSchema);
export type WarningsResponse = z.infer<typeof WarningsResponseSchema>;
