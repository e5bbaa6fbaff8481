/**
 * A typed client of warta's HTTP API (`warta serve`), on `fetch`: `import { createClient } from
 * 'warta/client'`. It loads only the zod schemas (no pipeline, no server), and checks every answer
 * with the same schemas the server is built from.
 * @packageDocumentation
 */
import type { z } from 'zod';
import {
  LanguageResponseSchema,
  NumbersResponseSchema,
  ProblemSchema,
  ReadySchema,
  StemResponseSchema,
  TrimmedSummarySchema,
  type LanguageResponse,
  type NumbersRequest,
  type Problem,
  type Ready,
  type StemResponse,
  type SummaryField,
} from '../schema/http.js';
import {
  AmountsResponseSchema,
  CooccurResponseSchema,
  EntitySearchResponseSchema,
  QuotesResponseSchema,
  WarningsResponseSchema,
} from '../schema/facts-http.js';
import {
  EntityProfileSchema,
  StoredArticleSchema,
  StoreInfoSchema,
  type AmountFact,
  type AmountsQuery,
  type Cooccurrence,
  type EntityMatch,
  type EntityProfile,
  type EntityQuery,
  type EntitySearchQuery,
  type QuoteFact,
  type QuotesQuery,
  type StoredArticle,
  type StoreInfo,
  type WarningFact,
  type WarningsQuery,
} from '../schema/facts.js';
import type { ArticleInput } from '../schema/input.js';
import type { NumberItem } from '../schema/number.js';
import { SummarySchema, type Summary } from '../schema/summary.js';

/** Where the service is and how to call it. */
export interface ClientOptions {
  /** The service's base URL, e.g. "http://127.0.0.1:8080". */
  url: string;
  /** A bearer token, when the service has tokens. */
  token?: string;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** Per-call options. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Sent as `x-request-id`: the service logs the request under it (and names an article without an id by it). */
  requestId?: string;
}

/** A summary trimmed with `fields`: the fields asked for plus id, status, warta and (on errors) error. */
export type TrimmedSummary<F extends SummaryField> = Pick<Summary, F | 'id' | 'status' | 'warta'> & Partial<Pick<Summary, 'error'>>;

/** An error answer of the service (its `application/problem+json` body when it sent one). */
export class WartaHttpError extends Error {
  override readonly name = 'WartaHttpError';
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    message: string,
  ) {
    super(message);
  }
  /** The service's code for the problem ("validation-failed", "queue-full", …). */
  get code(): string | undefined {
    return this.problem?.code;
  }
  /** Seconds to wait before trying again, when the service said so (429, 503). */
  retryAfter?: number;
}

/** The client: one method per route. */
export interface WartaClient {
  /** `POST /v1/analyze`: one article → its summary (status "error" for bad article data, as in a batch). */
  analyze(article: ArticleInput, options?: CallOptions): Promise<Summary>;
  analyze<F extends SummaryField>(article: ArticleInput, options: CallOptions & { fields: readonly F[] }): Promise<TrimmedSummary<F>>;
  /**
   * `POST /v1/analyze/batch`: articles → one summary or error record each, in order, yielded while
   * the service streams them.
   */
  analyzeBatch(articles: Iterable<ArticleInput>, options?: CallOptions): AsyncGenerator<Summary>;
  analyzeBatch<F extends SummaryField>(articles: Iterable<ArticleInput>, options: CallOptions & { fields: readonly F[] }): AsyncGenerator<TrimmedSummary<F>>;
  /** `POST /v1/numbers`: numbers, money, percentages, quantities, ordinals, dates and times in a text. */
  numbers(text: string, options?: CallOptions & Omit<NumbersRequest, 'text'>): Promise<NumberItem[]>;
  /** `POST /v1/stem`: each word with its stem. */
  stem(words: readonly string[], options?: CallOptions): Promise<StemResponse['stems']>;
  /** `POST /v1/language`: the language of a text with a confidence. */
  language(text: string, options?: CallOptions): Promise<LanguageResponse>;
  /** `GET /v1/schema`: the JSON Schema of the service's summaries. */
  schema(options?: CallOptions): Promise<Record<string, unknown>>;
  /** `GET /readyz`: the pool is up (throws {@link WartaHttpError} with status 503 when not). */
  ready(options?: CallOptions): Promise<Ready>;
  /**
   * The fact store of a service started with `--db` (`GET /v1/facts/*`). Without a store every call
   * throws {@link WartaHttpError} 404 `no-store`; a name the store does not know, 404 `entity-not-found`.
   */
  facts: FactsClient;
}

/** The fact store's queries over HTTP: the same parameters as `openStore`'s. */
export interface FactsClient {
  /** `GET /v1/facts/info`: what the store holds. */
  info(options?: CallOptions): Promise<StoreInfo>;
  /** `GET /v1/facts/search`: entities whose names or aliases contain the words, exact names first. */
  search(query: EntitySearchQuery, options?: CallOptions): Promise<EntityMatch[]>;
  /** `GET /v1/facts/entity`: the profile of an entity, by any of its names. */
  entity(query: EntityQuery, options?: CallOptions): Promise<EntityProfile>;
  /** `GET /v1/facts/quotes`: quotes by a speaker or an organisation's people, with words, in a period. */
  quotes(query: QuotesQuery, options?: CallOptions): Promise<QuoteFact[]>;
  /** `GET /v1/facts/amounts`: amounts by entity, kind, currency, size and period. */
  amounts(query: AmountsQuery, options?: CallOptions): Promise<AmountFact[]>;
  /** `GET /v1/facts/cooccur`: the entities named in the same articles as one. */
  cooccur(query: EntityQuery, options?: CallOptions): Promise<Cooccurrence[]>;
  /** `GET /v1/facts/warnings`: messages of a code, or every warning and error. */
  warnings(query?: WarningsQuery, options?: CallOptions): Promise<WarningFact[]>;
  /** `GET /v1/facts/articles/:id`: one stored article (metadata and cleaned text). */
  article(id: string, options?: CallOptions): Promise<StoredArticle>;
}

/** A query string of the parameters given (`?name=Sri%20Mulyani&limit=10`), '' for none. */
function queryString(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null) search.set(key, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Creates a client of a warta service. Every answer is checked with the API's zod schemas; an error
 * answer throws {@link WartaHttpError} with the problem the service sent.
 *
 * @example const warta = createClient({ url: 'http://127.0.0.1:8080', token: process.env.WARTA_TOKEN });
 *          const summary = await warta.analyze({ title: 'Harga Beras Naik', body: '…' });
 */
export function createClient(options: ClientOptions): WartaClient {
  const base = options.url.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch;
  const headers = (call: CallOptions | undefined, type?: string): Record<string, string> => ({
    accept: 'application/json, application/x-ndjson, application/problem+json',
    ...options.headers,
    ...(type ? { 'content-type': type } : {}),
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...(call?.requestId ? { 'x-request-id': call.requestId } : {}),
  });

  async function call(method: 'GET' | 'POST', path: string, call: CallOptions | undefined, body?: { type: string; text: string }): Promise<Response> {
    const response = await doFetch(`${base}${path}`, {
      method,
      headers: headers(call, body?.type),
      ...(body ? { body: body.text } : {}),
      ...(call?.signal ? { signal: call.signal } : {}),
    });
    if (!response.ok) throw await httpError(response);
    return response;
  }

  async function json<T>(schema: z.ZodType<T>, method: 'GET' | 'POST', path: string, options: CallOptions | undefined, body?: unknown): Promise<T> {
    const response = await call(method, path, options, body === undefined ? undefined : { type: 'application/json', text: JSON.stringify(body) });
    return schema.parse(await response.json());
  }

  const fieldsQuery = (fields: readonly SummaryField[] | undefined) => (fields ? `?fields=${encodeURIComponent(fields.join(','))}` : '');

  return {
    analyze(article: ArticleInput, options?: CallOptions & { fields?: readonly SummaryField[] }) {
      const schema = options?.fields ? TrimmedSummarySchema : SummarySchema;
      return json(schema, 'POST', `/v1/analyze${fieldsQuery(options?.fields)}`, options, article);
    },
    async *analyzeBatch(articles: Iterable<ArticleInput>, options?: CallOptions & { fields?: readonly SummaryField[] }) {
      const schema = options?.fields ? TrimmedSummarySchema : SummarySchema;
      let text = '';
      for (const a of articles) text += `${JSON.stringify(a)}\n`;
      const response = await call('POST', `/v1/analyze/batch${fieldsQuery(options?.fields)}`, options, { type: 'application/x-ndjson', text });
      for await (const line of jsonLines(response)) yield schema.parse(JSON.parse(line));
    },
    async numbers(text, options = {}) {
      const { signal, requestId, ...rest } = options;
      return (await json(NumbersResponseSchema, 'POST', '/v1/numbers', { ...(signal ? { signal } : {}), ...(requestId ? { requestId } : {}) }, { text, ...rest })).items;
    },
    async stem(words, options) {
      return (await json(StemResponseSchema, 'POST', '/v1/stem', options, { words })).stems;
    },
    language(text, options) {
      return json(LanguageResponseSchema, 'POST', '/v1/language', options, { text });
    },
    async schema(options) {
      const response = await call('GET', '/v1/schema', options);
      return (await response.json()) as Record<string, unknown>;
    },
    ready(options) {
      return json(ReadySchema, 'GET', '/readyz', options);
    },
    facts: {
      info: (options) => json(StoreInfoSchema, 'GET', '/v1/facts/info', options),
      search: async (query, options) => (await json(EntitySearchResponseSchema, 'GET', `/v1/facts/search${queryString(query)}`, options)).items,
      entity: (query, options) => json(EntityProfileSchema, 'GET', `/v1/facts/entity${queryString(query)}`, options),
      quotes: async (query, options) => (await json(QuotesResponseSchema, 'GET', `/v1/facts/quotes${queryString(query)}`, options)).items,
      amounts: async (query, options) => (await json(AmountsResponseSchema, 'GET', `/v1/facts/amounts${queryString(query)}`, options)).items,
      cooccur: async (query, options) => (await json(CooccurResponseSchema, 'GET', `/v1/facts/cooccur${queryString(query)}`, options)).items,
      warnings: async (query = {}, options) => (await json(WarningsResponseSchema, 'GET', `/v1/facts/warnings${queryString(query)}`, options)).items,
      article: (id, options) => json(StoredArticleSchema, 'GET', `/v1/facts/articles/${encodeURIComponent(id)}`, options),
    },
  } as WartaClient;
}

/** The error of a non-2xx answer, with its problem body when it is one. */
async function httpError(response: Response): Promise<WartaHttpError> {
  const text = await response.text();
  let problem: Problem | undefined;
  try {
    const parsed = ProblemSchema.safeParse(JSON.parse(text));
    if (parsed.success) problem = parsed.data;
  } catch {
    // Not JSON: the status says what there is to say.
  }
  const err = new WartaHttpError(response.status, problem, `warta service: ${response.status} ${problem ? `${problem.code}: ${problem.detail}` : response.statusText}`);
  const retry = Number(response.headers.get('retry-after'));
  if (Number.isFinite(retry) && retry > 0) err.retryAfter = retry;
  return err;
}

/** The lines of a streamed JSONL answer, as they arrive. */
async function* jsonLines(response: Response): AsyncGenerator<string> {
  if (!response.body) return;
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    rest += decoder.decode(chunk, { stream: true });
    let nl = rest.indexOf('\n');
    while (nl !== -1) {
      const line = rest.slice(0, nl);
      rest = rest.slice(nl + 1);
      if (line.trim() !== '') yield line;
      nl = rest.indexOf('\n');
    }
  }
  rest += decoder.decode();
  if (rest.trim() !== '') yield rest;
}
