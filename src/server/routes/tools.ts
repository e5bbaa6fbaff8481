import {
  LanguageRequestSchema,
  LanguageResponseSchema,
  NumbersRequestSchema,
  NumbersResponseSchema,
  StemRequestSchema,
  StemResponseSchema,
  type LanguageResponse,
  type StemResponse,
} from '../../schema/http.js';
import type { NumberItem } from '../../schema/number.js';
import { clientGone, type RouteContext, type WartaApp } from '../route-context.js';
import { COMMON_PROBLEMS, problemResponses } from '../openapi.js';
import { readPublishedAt } from '../../doc/published-at.js';
import { HttpProblem } from '../errors.js';

const PROBLEMS = problemResponses({
  400: 'Invalid JSON, or a field that breaks the request schema',
  413: 'The body is larger than the limit',
  415: 'Not application/json',
  429: 'The queue is full (Retry-After)',
  504: 'The work took longer than the time limit',
  ...COMMON_PROBLEMS,
});

/** The building blocks: `POST /v1/numbers`, `/v1/stem`, `/v1/language` (each runs on the pool too). */
export function registerToolRoutes(app: WartaApp, { pool }: RouteContext): void {
  const config = { accepts: ['application/json'] };

  app.post('/v1/numbers', {
    config,
    schema: {
      summary: 'Numbers, money, percentages, quantities, ordinals, dates and times in a text',
      tags: ['building blocks'],
      body: NumbersRequestSchema,
      response: { 200: NumbersResponseSchema, ...PROBLEMS },
    },
    handler: async (request, reply) => {
      const body = { ...request.body };
      if (body.publishedAt !== undefined) {
        // Read as an article's publishedAt is (the default order and zone): a value that cannot be read is a 400 naming it.
        const reading = readPublishedAt(body.publishedAt);
        if (!reading.ok) {
          const message = `"${body.publishedAt}" is no publication date (${reading.reason}); give e.g. 2025-10-23 or "21 Oktober 2025"`;
          throw new HttpProblem(400, 'validation-failed', `publishedAt: ${message}`, {}, [{ field: 'publishedAt', in: 'body', message }]);
        }
        body.publishedAt = reading.iso;
      }
      return { items: await pool.run<NumberItem[]>('numbers', body, { signal: clientGone(reply) }) };
    },
  });

  app.post('/v1/stem', {
    config,
    schema: {
      summary: 'The Indonesian stem of each word (Sastrawi rules)',
      tags: ['building blocks'],
      body: StemRequestSchema,
      response: { 200: StemResponseSchema, ...PROBLEMS },
    },
    handler: async (request, reply) => ({ stems: await pool.run<StemResponse['stems']>('stem', request.body.words, { signal: clientGone(reply) }) }),
  });

  app.post('/v1/language', {
    config,
    schema: {
      summary: 'The language of a text (BCP-47 code) with a calibrated confidence',
      tags: ['building blocks'],
      body: LanguageRequestSchema,
      response: { 200: LanguageResponseSchema, ...PROBLEMS },
    },
    handler: async (request, reply) => pool.run<LanguageResponse>('language', request.body.text, { signal: clientGone(reply) }),
  });
}
