import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { ProblemSchema } from '../../src/schema/http.js';
import { SummarySchema, summaryJsonSchema, type Summary } from '../../src/schema/summary.js';
import { checkSummary } from '../helpers/invariants.js';
import { metric, parseRaw, post, rawRequest, sampleArticle, startServer, type TestServer } from './helpers.js';

let t: TestServer;
const article = sampleArticle();

beforeAll(async () => {
  t = await startServer({ workers: 2, bodyLimit: 64 * 1024, maxBatchRecords: 5 });
}, 60_000);

afterAll(async () => {
  // Every answer was read to its end, so the shutdown has nothing to wait for.
  expect(await t?.close()).toBe(true);
}, 60_000);

/** Checks a problem answer: status, media type, a body the problem schema accepts; returns the body. */
async function expectProblem(response: Response, status: number, code: string): Promise<z.infer<typeof ProblemSchema>> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = ProblemSchema.parse(await response.json());
  expect(body.status).toBe(status);
  expect(body.code).toBe(code);
  expect(body.requestId).toBe(response.headers.get('x-request-id'));
  return body;
}

describe('POST /v1/analyze', () => {
  it('answers the summary the library gives for the same article and config, byte for byte', async () => {
    const response = await post(`${t.url}/v1/analyze`, { ...article, id: 'sample' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    const summary = checkSummary(JSON.parse(text));
    expect(summary.status).not.toBe('error');
    expect(summary.entities.length).toBeGreaterThan(0);
    expect(text).toBe(JSON.stringify(createPipeline().analyze({ ...article, id: 'sample' })));
  });

  it('names an article sent without an id by its request id', async () => {
    const response = await post(`${t.url}/v1/analyze`, article, { 'x-request-id': 'kiriman-42' });
    expect(response.headers.get('x-request-id')).toBe('kiriman-42');
    expect(((await response.json()) as Summary).id).toBe('kiriman-42');
  });

  it('trims the summary to ?fields=, keeping id, status and warta', async () => {
    const response = await post(`${t.url}/v1/analyze?fields=entities,quotes`, { ...article, id: 'a' });
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['entities', 'id', 'quotes', 'status', 'warta']);
    expect((body.quotes as unknown[]).length).toBeGreaterThan(0);
  });

  it('answers 200 with an error summary for article data that passes the schema but cannot be analysed', async () => {
    const response = await post(`${t.url}/v1/analyze`, { id: 'kosong', body: '   \n  ' });
    expect(response.status).toBe(200);
    const summary = SummarySchema.parse(await response.json());
    expect(summary.status).toBe('error');
    expect(summary.messages[0]?.code).toBe('article-empty');
  });

  it('refuses a field that breaks the article schema with 400 naming the field', async () => {
    const body = await expectProblem(await post(`${t.url}/v1/analyze`, { title: 3, body: 'x' }), 400, 'validation-failed');
    expect(body.errors?.[0]).toMatchObject({ field: 'title', in: 'body' });
    expect(body.detail).toMatch(/^title: /);
    const missing = await expectProblem(await post(`${t.url}/v1/analyze`, { title: 'x' }), 400, 'validation-failed');
    expect(missing.errors?.[0]?.field).toBe('body');
    const notObject = await expectProblem(await post(`${t.url}/v1/analyze`, '[1, 2]'), 400, 'validation-failed');
    expect(notObject.errors?.[0]?.field).toBe('body');
  });

  it('refuses an unknown ?fields= name with 400 naming the query field', async () => {
    const body = await expectProblem(await post(`${t.url}/v1/analyze?fields=entities,nope`, article), 400, 'validation-failed');
    expect(body.errors?.[0]).toMatchObject({ field: 'fields.1', in: 'query' });
  });

  it('refuses invalid JSON, an empty body and prototype keys with 400', async () => {
    const bad = await expectProblem(await post(`${t.url}/v1/analyze`, '{"body": "x",'), 400, 'invalid-json');
    expect(bad.detail).toMatch(/not valid JSON/);
    await expectProblem(await post(`${t.url}/v1/analyze`, ''), 400, 'invalid-json');
    await expectProblem(await post(`${t.url}/v1/analyze`, '{"body": "x", "__proto__": {"admin": true}}'), 400, 'invalid-json');
    await expectProblem(await post(`${t.url}/v1/analyze`, '{"body": "x", "source": {"constructor": {"prototype": {}}}}'), 400, 'invalid-json');
  });

  it('refuses a body over the limit with 413 and another media type with 415', async () => {
    const big = await expectProblem(await post(`${t.url}/v1/analyze`, { body: 'kata '.repeat(20_000) }), 413, 'body-too-large');
    expect(big.detail).toContain(String(64 * 1024));
    const text = await expectProblem(await post(`${t.url}/v1/analyze`, 'Harga beras naik.', { 'content-type': 'text/plain' }), 415, 'unsupported-media-type');
    expect(text.detail).toContain('application/json');
    await expectProblem(await fetch(`${t.url}/v1/analyze`, { method: 'POST', body: new Uint8Array([1, 2, 3]) }), 415, 'unsupported-media-type');
  });
});

describe('POST /v1/analyze/batch', () => {
  const lines = (text: string) => text.trimEnd().split('\n').map((l) => JSON.parse(l) as Summary);

  it('takes JSONL and streams one line per record in input order, error records for bad lines', async () => {
    const body = [
      JSON.stringify({ id: 'a', ...article }),
      '{"id": "b", "body": ',
      '',
      '[1, 2]',
      JSON.stringify({ id: 'd', title: 'Harga Beras', body: 'Harga beras naik 10 persen di Jakarta.' }),
      JSON.stringify({ id: 'e', title: 'Tanpa isi' }),
    ].join('\n');
    const response = await post(`${t.url}/v1/analyze/batch`, body, { 'content-type': 'application/x-ndjson' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const out = lines(await response.text()).map((s) => SummarySchema.parse(s));
    expect(out.map((s) => [s.id, s.status, s.source?.line])).toEqual([
      ['a', 'ok', 1],
      ['line-2', 'error', 2],
      ['line-4', 'error', 4],
      ['d', 'ok', 5],
      ['e', 'error', 6],
    ]);
    expect(out[1]!.error?.message).toMatch(/^line 2: invalid JSON/);
    expect(out[2]!.error?.message).toMatch(/expected a JSON object/);
    expect(out[4]!.error?.message).toMatch(/body/);
  });

  it('takes a JSON array and applies ?fields=', async () => {
    const response = await post(`${t.url}/v1/analyze/batch?fields=counts`, [{ id: 'x', body: 'Harga beras naik.' }, 'teks', { body: 'Dua kalimat. Lagi.' }]);
    const out = lines(await response.text());
    expect(out.map((s) => [s.id, s.status, Object.keys(s).sort().join(',')])).toEqual([
      ['x', 'ok', 'counts,id,status,warta'],
      ['record-2', 'error', 'counts,error,id,status,warta'],
      ['record-3', 'ok', 'counts,id,status,warta'],
    ]);
  });

  it('refuses a record nested too deeply to read as an error record, and analyses its neighbours', async () => {
    const deep = `{"body": "x", "source": ${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`;
    const response = await post(`${t.url}/v1/analyze/batch?fields=counts`, `[${deep}, {"id": "baik", "body": "Harga beras naik."}]`);
    const out = lines(await response.text());
    expect(out.map((s) => [s.id, s.status, s.error?.message])).toEqual([
      ['record-1', 'error', 'record 1: nested too deeply to read'],
      ['baik', 'ok', undefined],
    ]);
  });

  it('keeps the input order over many chunks on two workers', async () => {
    const records = Array.from({ length: 5 }, (_, i) => ({ id: `n${i}`, body: `Harga cabai naik ${i + 1} persen di pasar.` }));
    const response = await post(`${t.url}/v1/analyze/batch?fields=counts`, records);
    expect(lines(await response.text()).map((s) => s.id)).toEqual(records.map((r) => r.id));
  });

  it('refuses more records than the limit with 413, other media types with 415', async () => {
    const six = Array.from({ length: 6 }, () => ({ body: 'x' }));
    const body = await expectProblem(await post(`${t.url}/v1/analyze/batch`, six), 413, 'too-many-records');
    expect(body.detail).toContain('limit is 5');
    await expectProblem(await post(`${t.url}/v1/analyze/batch`, six.map((r) => JSON.stringify(r)).join('\n'), { 'content-type': 'application/jsonl' }), 413, 'too-many-records');
    await expectProblem(await post(`${t.url}/v1/analyze/batch`, 'a,b', { 'content-type': 'text/csv' }), 415, 'unsupported-media-type');
    await expectProblem(await post(`${t.url}/v1/analyze/batch`, '{"body": "x"}'), 400, 'validation-failed');
  });
});

describe('the building blocks', () => {
  it('POST /v1/numbers reads amounts', async () => {
    const response = await post(`${t.url}/v1/numbers`, { text: 'Rp1,5 triliun dan 70 juta pengguna' });
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: { kind: string; value: number }[] };
    expect(items.map((i) => [i.kind, i.value])).toEqual([
      ['money', 1_500_000_000_000],
      ['quantity', 70_000_000],
    ]);
    const dated = (await (await post(`${t.url}/v1/numbers`, { text: 'kemarin', publishedAt: '2025-10-23' })).json()) as { items: { date?: string }[] };
    expect(dated.items[0]?.date).toBe('2025-10-22');
    // Any form an article's publishedAt may take.
    const written = (await (await post(`${t.url}/v1/numbers`, { text: 'kemarin', publishedAt: 'Kamis, 23 Okt 2025 09:00 WIB' })).json()) as { items: { date?: string }[] };
    expect(written.items[0]?.date).toBe('2025-10-22');
    const bad = await expectProblem(await post(`${t.url}/v1/numbers`, { text: 'x', publishedAt: 'besok' }), 400, 'validation-failed');
    expect(bad.errors?.[0]?.field).toBe('publishedAt');
    expect(bad.detail).toMatch(/"besok" is no publication date/);
  });

  it('POST /v1/stem stems each word', async () => {
    const response = await post(`${t.url}/v1/stem`, { words: ['pertumbuhan', 'menangani'] });
    expect(await response.json()).toEqual({ stems: [{ word: 'pertumbuhan', stem: 'tumbuh' }, { word: 'menangani', stem: 'tangan' }] });
    const bad = await expectProblem(await post(`${t.url}/v1/stem`, { words: 'pertumbuhan' }), 400, 'validation-failed');
    expect(bad.errors?.[0]?.field).toBe('words');
  });

  it('POST /v1/language tells Malay from Indonesian', async () => {
    const ms = (await (await post(`${t.url}/v1/language`, { text: 'Kerajaan berkata bahawa kadar inflasi kekal rendah tahun ini.' })).json()) as { code: string };
    const id = (await (await post(`${t.url}/v1/language`, { text: 'Pemerintah mengatakan bahwa tingkat inflasi tetap rendah tahun ini.' })).json()) as { code: string };
    expect([ms.code, id.code]).toEqual(['ms', 'id']);
  });
});

describe('service routes', () => {
  it('GET /healthz and /readyz', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = (await (await fetch(`${t.url}/readyz`)).json()) as { status: string; workers: number; config: string };
    expect(ready).toEqual({ status: 'ready', workers: 2, config: createPipeline().hash });
  });

  it('GET /v1/schema is the JSON Schema of the summary', async () => {
    expect(await (await fetch(`${t.url}/v1/schema`)).json()).toEqual(summaryJsonSchema());
  });

  it('GET /openapi.json is generated from the zod schemas: every route, the summary as a component', async () => {
    const doc = (await (await fetch(`${t.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/healthz', '/metrics', '/readyz', '/v1/analyze', '/v1/analyze/batch', '/v1/language', '/v1/numbers', '/v1/schema', '/v1/stem']);
    const analyze = doc.paths['/v1/analyze']!.post!;
    expect(JSON.stringify(analyze.requestBody)).toContain('#/components/schemas/ArticleInput');
    expect(Object.keys(analyze.responses).sort()).toEqual(['200', '400', '401', '403', '413', '415', '429', '503', '504']);
    expect(analyze.responses['415']!.content!['application/problem+json']!.schema).toEqual({ $ref: '#/components/schemas/Problem' });
    // The summary component has exactly the fields of the zod schema.
    expect(Object.keys(doc.components.schemas.Summary!.properties!).sort()).toEqual(Object.keys(SummarySchema.shape).sort());
    expect(Object.keys(doc.components.schemas.ArticleInput!.properties!).sort()).toEqual(['author', 'body', 'id', 'language', 'publishedAt', 'source', 'text', 'title', 'url']);
  });

  it('serves the API docs page and all its files from itself, with a CSP that allows nothing else', async () => {
    const page = await fetch(`${t.url}/docs/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await page.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThanOrEqual(4);
    for (const ref of refs) {
      expect(ref).not.toMatch(/^(https?:)?\/\//);
      const asset = await fetch(new URL(ref, `${t.url}/docs/`));
      expect(asset.status, ref).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, ref).toBeGreaterThan(0);
    }
    const init = await (await fetch(`${t.url}/docs/static/swagger-initializer.js`)).text();
    expect(init).toContain('validatorUrl: null');
    const code = init.split('\n').filter((l) => !l.trim().startsWith('//'));
    expect(code.filter((l) => /https?:\/\//.test(l))).toEqual([]);
  });

  it('GET /metrics counts requests by route and status, articles, errors and the pool', async () => {
    await post(`${t.url}/v1/analyze`, { body: 'Harga beras naik.' });
    await post(`${t.url}/v1/analyze`, '{');
    await fetch(`${t.url}/tidak-ada`);
    const response = await fetch(`${t.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(metric(text, 'warta_http_requests_total{route="/v1/analyze",method="POST",status="200"}')).toBeGreaterThanOrEqual(1);
    expect(metric(text, 'warta_http_requests_total{route="/v1/analyze",method="POST",status="400"}')).toBeGreaterThanOrEqual(1);
    expect(metric(text, 'warta_http_requests_total{route="unmatched",method="GET",status="404"}')).toBeGreaterThanOrEqual(1);
    expect(metric(text, 'warta_http_request_duration_seconds_count{route="/v1/analyze",method="POST",status="200"}')).toBeGreaterThanOrEqual(1);
    expect(metric(text, 'warta_articles_analysed_total{status="ok"}')).toBeGreaterThanOrEqual(1);
    expect(metric(text, 'warta_errors_total{code="invalid-json"}')).toBeGreaterThanOrEqual(1);
    expect(metric(text, 'warta_pool_threads')).toBe(2);
    expect(text).toMatch(/^warta_pool_queue_length \d+$/m);
    expect(text).toMatch(/^warta_pool_utilization [\d.e-]+$/m);
    expect(text).toMatch(/^warta_process_resident_memory_bytes \d+$/m);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const body = await expectProblem(await fetch(`${t.url}/v2/analyze`), 404, 'not-found');
    expect(body.detail).toContain('/v2/analyze');
    await expectProblem(await fetch(`${t.url}/v1/analyze`), 404, 'not-found');
  });

  it('sends no CORS headers by default', async () => {
    const response = await fetch(`${t.url}/healthz`, { headers: { origin: 'https://example.org' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers malformed HTTP with a problem and closes the connection', async () => {
    const answer = parseRaw(await rawRequest(t.url, 'BLAH / HTTP/1.1\r\nHost: x\r\n\r\n'));
    expect(answer.status).toBe(400);
    expect(answer.headers).toMatch(/content-type: application\/problem\+json/i);
    expect(answer.headers).toMatch(/x-request-id: \S+/i);
    expect(ProblemSchema.parse(JSON.parse(answer.body)).code).toBe('bad-request');
    const huge = parseRaw(await rawRequest(t.url, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));
    expect(huge.status).toBe(431);
  });
});

describe('request ids and logs', () => {
  it('puts a request id on every response and on the log line of every request', async () => {
    const responses = await Promise.all([fetch(`${t.url}/healthz`), post(`${t.url}/v1/analyze`, '{'), fetch(`${t.url}/nope`), post(`${t.url}/v1/stem`, { words: ['makan'] })]);
    await Promise.all(responses.map((r) => r.arrayBuffer()));
    const ids = responses.map((r) => r.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // A bad client id (too long, odd characters) is replaced by a fresh one.
    const odd = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'a b' } });
    await odd.arrayBuffer();
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const logs = t.logs();
    for (const id of ids) {
      const line = logs.find((l) => l.reqId === id && l.msg === 'request');
      expect(line, `log line of ${id}`).toBeDefined();
      expect(typeof line!.status).toBe('number');
    }
    // Every log line written while serving requests names its request.
    const requestLines = logs.filter((l) => l.msg === 'request' || l.msg === 'request failed' || l.msg === 'malformed request refused');
    for (const l of requestLines) expect(typeof l.reqId).toBe('string');
  });
});
