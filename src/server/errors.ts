import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../schema/http.js';
import { PoolError } from './pool.js';

/** The media type of every error body (RFC 9457). */
export const PROBLEM_TYPE = 'application/problem+json';

/** An error the routes throw to answer with a problem: status, a code, a sentence, extra headers. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly errors?: Problem['errors'],
  ) {
    super(message);
  }
}

/** A problem body: "about:blank" with the status phrase as its title, as RFC 9457 says for plain statuses. */
export function problem(status: number, code: string, detail: string, requestId?: string, errors?: Problem['errors']): Problem {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(requestId !== undefined ? { requestId } : {}),
    ...(errors ? { errors } : {}),
  };
}

interface ZodIssueLike {
  instancePath?: string;
  message?: string;
}

/** "title", "source.line", "fields.1": a validation issue's path; "body" for the body as a whole. */
function fieldOf(issue: ZodIssueLike, where: string): string {
  const path = (issue.instancePath ?? '').split('/').filter((p) => p !== '');
  return path.length === 0 ? where : path.join('.');
}

/** What the route accepts, for a 415's message (set per route as `config.accepts`). */
function accepted(request: FastifyRequest): string {
  const accepts = (request.routeOptions.config as { accepts?: readonly string[] } | undefined)?.accepts;
  return accepts && accepts.length > 0 ? accepts.join(' or ') : 'application/json';
}

/** Turns any error a request met into its problem (status, code, detail) and extra headers. */
export function toProblem(err: unknown, request: FastifyRequest): { problem: Problem; headers: Record<string, string> } {
  const id = request.id;
  if (err instanceof HttpProblem) return { problem: problem(err.status, err.code, err.message, id, err.errors), headers: err.headers };
  if (err instanceof PoolError) {
    const retry = err.retryAfter !== undefined ? { 'retry-after': String(err.retryAfter) } : {};
    switch (err.reason) {
      case 'queue-full':
        return { problem: problem(429, 'queue-full', `${err.message}: try again later`, id), headers: retry };
      case 'queue-timeout':
        return { problem: problem(503, 'overloaded', `${err.message}: the service is overloaded, try again later`, id), headers: retry };
      case 'run-timeout':
        return { problem: problem(504, 'time-limit', err.message, id), headers: {} };
      case 'closed':
        return { problem: problem(503, 'shutting-down', err.message, id), headers: { ...retry, connection: 'close' } };
    }
  }
  const e = err as Partial<FastifyError> & { validation?: ZodIssueLike[]; validationContext?: string };
  if (Array.isArray(e.validation) && e.validation.length > 0) {
    const where = e.validationContext === 'querystring' ? 'query' : (e.validationContext ?? 'body');
    const errors = e.validation.map((issue) => ({ field: fieldOf(issue, where), in: where, message: issue.message ?? 'invalid' }));
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return { problem: problem(400, 'validation-failed', `${first.field}: ${first.message}${more}`, id, errors), headers: {} };
  }
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': {
      const limit = request.routeOptions.bodyLimit;
      return { problem: problem(413, 'body-too-large', `the body is larger than the limit of ${limit} bytes`, id), headers: {} };
    }
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': {
      const type = request.headers['content-type'];
      const given = type === undefined ? 'no Content-Type' : `Content-Type "${type}"`;
      return { problem: problem(415, 'unsupported-media-type', `${given} is not accepted here: send ${accepted(request)}`, id), headers: {} };
    }
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { problem: problem(400, 'invalid-json', 'the body is empty: send a JSON object', id), headers: {} };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { problem: problem(400, 'invalid-content-length', 'the body does not have the length its Content-Length says', id), headers: {} };
  }
  const status = typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 500;
  if (status === 500) return { problem: problem(500, 'internal-error', 'the service failed to answer this request; it is logged with the request id', id), headers: {} };
  const code = (e.code ?? 'bad-request').replace(/^FST_ERR_/, '').toLowerCase().replaceAll('_', '-');
  return { problem: problem(status, code, e.message ?? STATUS_CODES[status] ?? 'bad request', id), headers: {} };
}

/** Sends a problem with its headers as `application/problem+json`. */
export function sendProblem(reply: FastifyReply, body: Problem, headers: Record<string, string> = {}): FastifyReply {
  return reply.code(body.status).headers(headers).type(PROBLEM_TYPE).send(JSON.stringify(body));
}

/**
 * The raw answer to a request Node's HTTP parser refused (malformed request line or headers, a
 * header too large) before fastify saw it: a problem body written to the socket, then closed.
 */
export function clientErrorResponse(err: NodeJS.ErrnoException, requestId: string): string {
  const [status, detail] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'the request headers are larger than the server accepts']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'the request was not received in time']
        : [400, `the request is not valid HTTP (${err.code ?? 'parse error'})`];
  const body = JSON.stringify(problem(status, status === 431 ? 'headers-too-large' : status === 408 ? 'request-timeout' : 'bad-request', detail, requestId));
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`;
}
