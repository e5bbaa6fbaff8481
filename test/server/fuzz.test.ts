import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../src/schema/http.js';
import { SummarySchema } from '../../src/schema/summary.js';
import { mulberry32 } from '../../src/stages/tagger/ner/perceptron.js';
import { parseRaw, post, rawRequest, sampleArticle, startServer, type TestServer } from './helpers.js';

// 2,000 random and malformed requests against a real listening server: random JSON, article-like
// objects with fields of the wrong type, deeply nested and oversized bodies, invalid JSON and bytes,
// wrong and garbage content types, random JSONL batches, random methods, paths, queries and headers,
// and malformed HTTP on raw sockets. The server must answer every one with 2xx or 4xx (a problem body
// for each error), never 5xx, never crash, and still answer properly afterwards.

const REQUESTS = 2000;
const CONCURRENCY = 16;
const BODY_LIMIT = 64 * 1024;
// A fixed seed, so that a failure can be replayed; WARTA_FUZZ_SEED=n explores other runs.
const seed = Number(process.env.WARTA_FUZZ_SEED ?? 20251023);
const r = mulberry32(seed);
const int = (n: number) => Math.floor(r() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const WORDS = ['harga', 'beras', 'naik', 'Rp', '1,5', 'triliun', 'kata', 'Menteri', 'Jakarta', '"Kami', 'siap,"', 'ujar', 'Budi.', '70', 'juta', 'pengguna', 'ç', '😀', '\u200b', '\u0000', 'كتاب', '\\', '\n\n'];
const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

/** A sample of fast-check's arbitrary, drawn from the seeded generator. */
const sampleOf = <T>(arb: fc.Arbitrary<T>): T => fc.sample(arb, { seed: int(2 ** 31), numRuns: 1 })[0]!;

const ROUTES = ['/v1/analyze', '/v1/analyze/batch', '/v1/numbers', '/v1/stem', '/v1/language'];
const PATHS = [...ROUTES, '/', '/v1', '/v1/', '/v1/analyze/', '/v1//analyze', '/v1/analyze/../stem', '/v1/%zz', '/v1/analyze%00', '/docs/static/../../package.json', '/openapi.json', '/metrics', '/readyz', '/healthz', '/v1/schema', `/${'a'.repeat(5000)}`];
const TYPES = ['application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'APPLICATION/JSON', 'application/x-ndjson', 'application/jsonl', 'text/plain', 'text/csv', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/problem+json', 'application/', ';;;', 'json', '*/*', ''];

function deep(depth: number): string {
  const open = pick(['[', '{"a":']);
  const close = open === '[' ? ']' : '}';
  return open.repeat(depth) + pick(['1', '"x"', 'null', '[]']) + close.repeat(depth);
}

function articleLike(): Record<string, unknown> {
  const fields = ['id', 'title', 'body', 'text', 'url', 'publishedAt', 'author', 'language', 'source', 'extra'];
  const out: Record<string, unknown> = {};
  for (const f of fields) if (r() < 0.5) out[f] = r() < 0.6 ? words(1 + int(40)) : sampleOf(fc.jsonValue({ maxDepth: 3 }));
  return out;
}

/** A body and its content type for a JSON route: mostly broken, sometimes valid. */
function body(): { type: string | undefined; text: string | Uint8Array } {
  const roll = r();
  if (roll < 0.12) return { type: 'application/json', text: JSON.stringify({ title: words(6), body: words(20 + int(200)) }) };
  if (roll < 0.3) return { type: 'application/json', text: JSON.stringify(sampleOf(fc.jsonValue({ maxDepth: 4 }))) };
  if (roll < 0.45) return { type: 'application/json', text: JSON.stringify(articleLike()) };
  if (roll < 0.5) return { type: 'application/json', text: r() < 0.5 ? deep(1000 + int(30_000)) : `{"body":"x","source":${deep(int(20_000))}}` };
  if (roll < 0.53) return { type: 'application/json', text: JSON.stringify({ body: 'kata '.repeat(BODY_LIMIT / 4 + int(BODY_LIMIT)) }) };
  if (roll < 0.65) {
    const valid = JSON.stringify(articleLike());
    const broken = [valid.slice(0, int(valid.length)), `${valid},`, `\ufeff${valid}`, '{"body": NaN}', "{'body': 'x'}", '{"body": "x",}', '{"__proto__": {"x": 1}, "body": "y"}', '', ' ', 'null', '"teks"', '123'];
    return { type: 'application/json', text: pick(broken) };
  }
  if (roll < 0.75) return { type: pick(TYPES), text: r() < 0.5 ? JSON.stringify({ body: words(30) }) : words(10) };
  if (roll < 0.83) {
    const lines = Array.from({ length: 1 + int(12) }, () => (r() < 0.6 ? JSON.stringify(articleLike()) : pick(['{', '[]', '', 'null', '"x"', deep(200), '{"body": "ok"}'])));
    return { type: pick(['application/x-ndjson', 'application/jsonl', 'application/json']), text: lines.join(pick(['\n', '\r\n', '\n\n'])) };
  }
  if (roll < 0.9) return { type: pick(TYPES), text: Uint8Array.from({ length: int(2000) }, () => int(256)) };
  return { type: undefined, text: r() < 0.5 ? '' : words(5) };
}

/** Extra headers: request ids, tokens, accept, encodings. */
function headers(): Record<string, string> {
  const h: Record<string, string> = {};
  if (r() < 0.2) h['x-request-id'] = pick(['ok-id', 'a'.repeat(300), '../../etc', 'ünï', '%00', '']).replace(/[^\x20-\x7e]/g, '?');
  if (r() < 0.15) h.authorization = pick(['Bearer x', 'Basic Zm9v', 'Bearer', '', 'Bearer ' + 'k'.repeat(2000)]);
  if (r() < 0.1) h.accept = pick(['text/html', 'application/xml', '*/*', 'garbage']);
  if (r() < 0.05) h['content-encoding'] = pick(['gzip', 'br', 'identity', 'x']);
  return h;
}

const RAW = [
  'BLAH / HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
  'POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n{}',
  'POST /v1/analyze HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
  'POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n',
  'GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
  'GET /heal\u0000thz HTTP/1.1\r\nHost: x\r\n\r\n',
  `GET /healthz HTTP/1.1\r\nHost: x\r\nX: ${'y'.repeat(70_000)}\r\n\r\n`,
  'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
  'POST /v1/stem HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\n{"wor\r\n10\r\nds": ["makan"]}\r\n0\r\n\r\n',
  '\r\n\r\n\r\n',
  'GET / HTTP/1.1\r\n\r\n',
];

let t: TestServer;

beforeAll(async () => {
  t = await startServer({ workers: 2, bodyLimit: BODY_LIMIT, batchBodyLimit: 4 * BODY_LIMIT, maxBatchRecords: 10 });
}, 60_000);

afterAll(async () => {
  await t?.close();
}, 60_000);

describe('2,000 random and malformed requests', () => {
  it('are all answered with 2xx or 4xx, errors as problems, and the server answers properly afterwards', async () => {
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);

    async function one(i: number): Promise<void> {
      if (r() < 0.06) {
        const raw = pick(RAW);
        const { status } = parseRaw(await rawRequest(t.url, raw, 300));
        // No answer at all (the parser closed the socket, or a request still waiting for its body) is
        // allowed; an answer must not be a 5xx.
        if (status !== 0) count(status);
        if (status >= 500) failures.push(`#${i} raw ${JSON.stringify(raw.slice(0, 60))}: ${status}`);
        return;
      }
      const method = r() < 0.85 ? 'POST' : pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);
      let path = r() < 0.85 ? pick(ROUTES) : pick(PATHS);
      if (r() < 0.15) path += pick(['?fields=entities', '?fields=', '?fields=nope,,', '?fields=id&fields=status', '?__proto__[x]=1', '?a=%zz', `?${'q'.repeat(3000)}`]);
      const b = method === 'GET' || method === 'HEAD' ? undefined : body();
      const h = { ...headers(), ...(b?.type !== undefined ? { 'content-type': b.type } : {}) };
      let response: Response;
      try {
        response = await fetch(`${t.url}${path}`, { method, headers: h, ...(b ? { body: b.text } : {}) });
      } catch (err) {
        failures.push(`#${i} ${method} ${path}: no answer (${(err as Error).message})`);
        return;
      }
      const text = await response.text();
      count(response.status);
      const where = `#${i} ${method} ${path.slice(0, 80)} ${h['content-type'] ?? '-'}: ${response.status}`;
      if (response.status < 200 || response.status >= 500) failures.push(`${where} ${text.slice(0, 200)}`);
      if (!response.headers.get('x-request-id')) failures.push(`${where}: no x-request-id`);
      if (response.status >= 400) {
        if (!/^application\/problem\+json/.test(response.headers.get('content-type') ?? '')) failures.push(`${where}: not a problem (${response.headers.get('content-type')})`);
        else if (method !== 'HEAD') {
          const problem = ProblemSchema.safeParse(JSON.parse(text));
          if (!problem.success || problem.data.status !== response.status) failures.push(`${where}: bad problem body ${text.slice(0, 200)}`);
        }
      } else if (response.status === 200 && method === 'POST' && path === '/v1/analyze') {
        if (!SummarySchema.safeParse(JSON.parse(text)).success) failures.push(`${where}: not a summary`);
      }
    }

    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) await one(next++);
      }),
    );

    expect(failures).toEqual([]);
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(REQUESTS * 0.9);
    // The mix reached analysis, and every kind of refusal.
    for (const s of [200, 400, 404, 413, 415]) expect(statuses.get(s) ?? 0, `status ${s}`).toBeGreaterThan(0);

    // Still answering, and properly.
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    const after = await post(`${t.url}/v1/analyze`, { ...sampleArticle(), id: 'sesudah' });
    expect(after.status).toBe(200);
    expect(SummarySchema.parse(await after.json()).status).not.toBe('error');
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics.split('\n').filter((l) => /^warta_http_requests_total\{.*status="5\d\d"\}/.test(l))).toEqual([]);
  });
});
