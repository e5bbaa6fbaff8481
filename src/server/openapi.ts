import { z } from 'zod';
import { EntitySchema } from '../schema/entity.js';
import {
  LanguageRequestSchema,
  LanguageResponseSchema,
  NumbersRequestSchema,
  NumbersResponseSchema,
  ProblemSchema,
  StemRequestSchema,
  StemResponseSchema,
  TrimmedSummarySchema,
} from '../schema/http.js';
import { ArticleInputSchema } from '../schema/input.js';
import { MessageSchema } from '../schema/message.js';
import { NumberItemSchema } from '../schema/number.js';
import { QuoteSchema } from '../schema/quote.js';
import { SummarySchema } from '../schema/summary.js';

/**
 * The schemas that become named components of the OpenAPI document (`#/components/schemas/Summary`,
 * …), referenced wherever a route uses them. A registry of the service's own, not zod's global one:
 * building a server changes no state that other code sees.
 */
export const OPENAPI_REGISTRY = z.registry<{ id: string }>();
for (const [schema, id] of [
  [ArticleInputSchema, 'Article'],
  [SummarySchema, 'Summary'],
  [TrimmedSummarySchema, 'TrimmedSummary'],
  [EntitySchema, 'Entity'],
  [QuoteSchema, 'Quote'],
  [MessageSchema, 'Message'],
  [NumberItemSchema, 'NumberItem'],
  [ProblemSchema, 'Problem'],
  [NumbersRequestSchema, 'NumbersRequest'],
  [NumbersResponseSchema, 'NumbersResponse'],
  [StemRequestSchema, 'StemRequest'],
  [StemResponseSchema, 'StemResponse'],
  [LanguageRequestSchema, 'LanguageRequest'],
  [LanguageResponseSchema, 'LanguageGuess'],
] as const) {
  OPENAPI_REGISTRY.add(schema as z.ZodType, { id });
}

/**
 * Drops the components no path refers to (directly or through other components): the type provider
 * writes every registered schema twice, as read (`…Input`) and as written, and most are used one way.
 */
export function pruneComponents<T extends { paths?: unknown; components?: { schemas?: Record<string, unknown> } }>(document: T): T {
  const schemas = document.components?.schemas;
  if (!schemas) return document;
  const used = new Set<string>();
  const pending: unknown[] = [document.paths];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
        const name = child.slice('#/components/schemas/'.length);
        if (!used.has(name)) {
          used.add(name);
          pending.push(schemas[name]);
        }
      } else pending.push(child);
    }
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, components: { ...document.components, schemas: kept } };
}

/** Problem responses for these statuses, as route `response` entries (`application/problem+json`). */
export function problemResponses(statuses: Record<number, string>): Record<number, { description: string; content: Record<string, { schema: typeof ProblemSchema }> }> {
  return Object.fromEntries(
    Object.entries(statuses).map(([status, description]) => [Number(status), { description, content: { 'application/problem+json': { schema: ProblemSchema } } }]),
  );
}

/** The problems every protected route may answer besides its own. */
export const COMMON_PROBLEMS = {
  401: 'No bearer token (when the service has tokens)',
  403: 'A bearer token the service does not have',
  503: 'The service is shutting down, or no worker was free within the time limit (Retry-After)',
} as const;
