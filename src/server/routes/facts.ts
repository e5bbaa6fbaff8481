import { ZodError } from 'zod';
import {
  AmountsParamsSchema,
  AmountsResponseSchema,
  ArticleParamsSchema,
  CooccurResponseSchema,
  EntityParamsSchema,
  EntitySearchParamsSchema,
  EntitySearchResponseSchema,
  QuotesParamsSchema,
  QuotesResponseSchema,
  WarningsParamsSchema,
  WarningsResponseSchema,
} from '../../schema/facts-http.js';
import { EntityProfileSchema, StoredArticleSchema, StoreInfoSchema } from '../../schema/facts.js';
import { WartaNotFoundError } from '../../store/queries.js';
import type { FactStore } from '../../store/store.js';
import type { WartaApp } from '../route-context.js';
import { HttpProblem } from '../errors.js';
import { COMMON_PROBLEMS, problemResponses } from '../openapi.js';

const PROBLEMS = problemResponses({ 400: 'A query parameter that breaks its schema (named)', 404: 'The store does not know the entity or article', ...COMMON_PROBLEMS });

/** Drops the parameters a query string left out (`exactOptionalPropertyTypes`: absent, not undefined). */
function defined<T extends object>(query: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** A store error as the answer it deserves: a name the store does not know is 404, a bad parameter 400. */
function asProblem(err: unknown): unknown {
  if (err instanceof WartaNotFoundError) return new HttpProblem(404, 'entity-not-found', err.message);
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    return new HttpProblem(400, 'validation-failed', `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`);
  }
  return err;
}

/**
 * `GET /v1/facts/*`: the fact store's canned queries (entity search, profile, quotes, amounts,
 * co-occurrences, warnings, one article, the store's counts), answered from a store opened
 * read-only. Without a store, every such URL answers 404 `no-store`, saying how to give one.
 */
export function registerFactRoutes(app: WartaApp, store: FactStore | undefined): void {
  if (!store) {
    app.get('/v1/facts/*', {
      schema: { hide: true },
      handler: async () => {
        throw new HttpProblem(404, 'no-store', 'this service has no fact store: start it with `warta serve --db FILE.duckdb` (or postgres://…)');
      },
    });
    return;
  }
  // Requests query the one store concurrently: DuckDB serialises the queries of a connection, and
  // PostgreSQL's client queues them (a test sends many at once).
  const ask = async <T>(fn: (s: FactStore) => Promise<T>): Promise<T> => {
    try {
      return await fn(store);
    } catch (err) {
      throw asProblem(err);
    }
  };
  const tags = ['facts'];

  app.get('/v1/facts/info', {
    schema: { summary: 'What the store holds: articles by status, rows per table, the period, the analyses', tags, response: { 200: StoreInfoSchema, ...PROBLEMS } },
    handler: async () => ask((s) => s.info()),
  });

  app.get('/v1/facts/search', {
    schema: {
      summary: 'Entities (people, organisations, places) whose names or aliases contain the words, exact names first',
      tags,
      querystring: EntitySearchParamsSchema,
      response: { 200: EntitySearchResponseSchema, ...PROBLEMS },
    },
    handler: async (request) => ({ items: await ask((s) => s.search(defined(request.query))) }),
  });

  app.get('/v1/facts/entity', {
    schema: {
      summary: 'The profile of an entity, by any of its names: forms, aliases, roles, mentions per month, co-occurring entities, amounts, quotes',
      tags,
      querystring: EntityParamsSchema,
      response: { 200: EntityProfileSchema, ...PROBLEMS },
    },
    handler: async (request) => {
      const profile = await ask((s) => s.entity(defined(request.query)));
      if (!profile) throw new HttpProblem(404, 'entity-not-found', `no ${request.query.type ? `${request.query.type} ` : ''}entity named "${request.query.name}" in the store`);
      return profile;
    },
  });

  app.get('/v1/facts/quotes', {
    schema: {
      summary: 'Quotes by a speaker or by the people of an organisation, with words, in a period',
      tags,
      querystring: QuotesParamsSchema,
      response: { 200: QuotesResponseSchema, ...PROBLEMS },
    },
    handler: async (request) => ({ items: await ask((s) => s.quotes(defined(request.query))) }),
  });

  app.get('/v1/facts/amounts', {
    schema: {
      summary: 'Money, quantities, percentages and durations by entity, kind, currency, size and period',
      tags,
      querystring: AmountsParamsSchema,
      response: { 200: AmountsResponseSchema, ...PROBLEMS },
    },
    handler: async (request) => ({ items: await ask((s) => s.amounts(defined(request.query))) }),
  });

  app.get('/v1/facts/cooccur', {
    schema: {
      summary: 'The people, organisations and places named in the same articles (and sentences) as an entity',
      tags,
      querystring: EntityParamsSchema,
      response: { 200: CooccurResponseSchema, ...PROBLEMS },
    },
    handler: async (request) => ({ items: await ask((s) => s.cooccur(defined(request.query))) }),
  });

  app.get('/v1/facts/warnings', {
    schema: {
      summary: 'Messages of a code (title-number-mismatch …), or every warning and error, with their articles',
      tags,
      querystring: WarningsParamsSchema,
      response: { 200: WarningsResponseSchema, ...PROBLEMS },
    },
    handler: async (request) => ({ items: await ask((s) => s.warnings(defined(request.query))) }),
  });

  app.get('/v1/facts/articles/:id', {
    schema: {
      summary: 'One stored article: its metadata and the text warta cleaned (to analyse it again, or to read it)',
      tags,
      params: ArticleParamsSchema,
      response: { 200: StoredArticleSchema, ...PROBLEMS },
    },
    handler: async (request) => {
      const article = await ask((s) => s.article(request.params.id));
      if (!article) throw new HttpProblem(404, 'article-not-found', `no article with id "${request.params.id}" in the store`);
      return article;
    },
  });
}
