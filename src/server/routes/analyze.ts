import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AnalyzeResponseSchema, FieldsQuerySchema } from '../../schema/http.js';
import { ArticleInputSchema } from '../../schema/input.js';
import { clientGone, type RouteContext, type WartaApp } from '../route-context.js';
import { runBatchStream, splitJsonl, toRecords } from '../batch.js';
import { HttpProblem } from '../errors.js';
import { COMMON_PROBLEMS, problemResponses } from '../openapi.js';
import type { AnalyzeResult } from '../worker.js';

/** JSONL media types the batch route accepts, besides a JSON array. */
const JSONL_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/jsonlines'];

/** Records of a batch given to one worker task: small enough to stream, large enough to pay for the hop. */
const BATCH_CHUNK = 8;

/** `POST /v1/analyze` and `POST /v1/analyze/batch`. */
export function registerAnalyzeRoutes(app: WartaApp, context: RouteContext): void {
  const { pool, metrics, options } = context;

  app.post('/v1/analyze', {
    config: { accepts: ['application/json'] },
    schema: {
      summary: 'Analyse one article',
      description:
        'One article as JSON → its summary (an article without an id gets the request id). Bad article data that passes the schema (an empty body after cleaning, an article over maxChars) gives a summary with status "error", as in the batch output; a request that breaks the schema gets 400 naming the field.',
      tags: ['analysis'],
      querystring: FieldsQuerySchema,
      body: ArticleInputSchema,
      response: {
        200: AnalyzeResponseSchema,
        ...problemResponses({
          400: 'Invalid JSON, or a field that breaks the article schema (named in detail and errors)',
          413: 'The body is larger than the limit',
          415: 'Not application/json',
          429: 'The queue is full (Retry-After)',
          504: 'The analysis took longer than the time limit',
          ...COMMON_PROBLEMS,
        }),
      },
    },
    handler: async (request, reply) => {
      const { fields } = request.query;
      // An article sent without an id is named by its request id: unique, and the same as in the logs.
      const article = request.body.id === undefined ? { ...request.body, id: request.id } : request.body;
      const result = await pool.run<AnalyzeResult>('analyze', { article, ...(fields ? { fields } : {}) }, { signal: clientGone(reply) });
      metrics.analysed(result.status);
      // The worker's JSON text goes out as it is: the summary was validated by the pipeline there, and
      // parsing and writing it again here would put that work on the event loop.
      return reply.type('application/json').send(result.json as never);
    },
  });

  app.register(async (scope) => {
    // JSONL lines stay text here; each is parsed by a worker, so a bad line becomes an error record.
    scope.addContentTypeParser(JSONL_TYPES, { parseAs: 'string', bodyLimit: options.batchBodyLimit }, (_request, body, done) => {
      done(null, splitJsonl(typeof body === 'string' ? body : body.toString('utf8')));
    });
    const typed = scope.withTypeProvider<ZodTypeProvider>();
    typed.post('/v1/analyze/batch', {
      bodyLimit: options.batchBodyLimit,
      config: { accepts: ['application/json (an array of articles)', ...JSONL_TYPES] },
      schema: {
        summary: 'Analyse many articles: JSONL (or a JSON array) in, JSONL out',
        description: `Articles as JSONL (${JSONL_TYPES.join(', ')}), one object a line, or as a JSON array; at most ${options.maxBatchRecords} records. The answer is JSONL (application/x-ndjson), streamed in input order while later articles are analysed: one line per record, a summary or an error record naming the line (invalid JSON, not an object, a missing body), never a dropped line.`,
        tags: ['analysis'],
        querystring: FieldsQuerySchema,
        body: z.array(z.unknown()).max(options.maxBatchRecords).describe('Articles (see ArticleInput); as JSONL, one a line'),
        response: {
          200: { description: 'One summary or error record per input record, in order, one a line', content: { 'application/x-ndjson': { schema: AnalyzeResponseSchema } } },
          ...problemResponses({
            400: 'Invalid JSON (a JSON array body), or not an array',
            413: 'The body is larger than the limit, or has more records than the limit',
            415: 'Neither JSON nor JSONL',
            429: 'The queue is full (Retry-After)',
            ...COMMON_PROBLEMS,
          }),
        },
      },
      preValidation: async (request) => {
        const body = request.body;
        if (Array.isArray(body) && body.length > options.maxBatchRecords) {
          throw new HttpProblem(413, 'too-many-records', `the batch has ${body.length} records; the limit is ${options.maxBatchRecords} a request: split it`);
        }
      },
      handler: async (request, reply) => {
        const records = toRecords(request.body);
        const { fields } = request.query;
        const stream = await runBatchStream({ pool, records, fields, chunkSize: BATCH_CHUNK, onResult: (status) => metrics.analysed(status) }, clientGone(reply));
        // A stream of JSONL text, not a value for the response schema's serializer.
        return reply.type('application/x-ndjson').send(stream as never);
      },
    });
  });
}
