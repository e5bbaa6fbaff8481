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
import { clientGone, type RouteContext, type WartaApp } from '../app.js';
import { COMMON_PROBLEMS, problemResponses } from '../openapi.js';

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
    handler: async (request, reply) => ({ items: await pool.run<NumberItem[]>('numbers', request.body, { signal: clientGone(reply) }) }),
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
