import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, WartaHttpError } from '../../src/client/index.js';
import { EntityProfileSchema, ProblemSchema } from '../../src/schema/index.js';
import { openStore } from '../../src/store/index.js';
import { BACKENDS, knownSummaries, type TestStore } from '../store/fixture.js';
import { startServer, type TestServer } from './helpers.js';

/** Writes the small known store (four articles and an error record) at a place. */
async function fill(place: TestStore): Promise<void> {
  const store = await openStore(place.url);
  const writer = store.writer();
  for (const s of knownSummaries()) writer.add(s);
  await writer.close();
  await store.close();
}

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
  return ProblemSchema.parse(await response.json());
}

describe.each(BACKENDS)('GET /v1/facts/* on a real store (%s)', (_name, make) => {
  let place: TestStore;
  let s: TestServer;

  beforeAll(async () => {
    place = make();
    await fill(place);
    // The service opens the store by its URL, read-only, as `warta serve --db` does.
    s = await startServer({ store: place.url, webRoot: false });
    // Starting the workers takes seconds, more on a busy machine: more than the hooks' 10 s default.
  }, 60_000);

  afterAll(async () => {
    await s?.close();
    await place?.drop();
  }, 60_000);

  const get = (path: string) => fetch(`${s.url}${path}`);

  it('says what the store holds', async () => {
    const info = (await (await get('/v1/facts/info')).json()) as { articles: number; byStatus: Record<string, number> };
    expect(info.articles).toBe(5);
    expect(info.byStatus).toEqual({ error: 1, ok: 4 });
  });

  it('finds entities by part of a name or of an alias, an alias and its name being one hit, exact names first', async () => {
    const kpk = (await (await get('/v1/facts/search?q=kpk')).json()) as { items: { name: string; type: string; names: string[]; articles: number; exact: boolean }[] };
    expect(kpk.items).toEqual([{ name: 'Komisi Pemberantasan Korupsi', type: 'ORG', key: 'komisi pemberantasan korupsi', names: ['komisi pemberantasan korupsi', 'kpk'], articles: 2, exact: true }]);
    const mulyani = (await (await get('/v1/facts/search?q=MULYANI')).json()) as { items: { name: string; exact: boolean }[] };
    expect(mulyani.items.map((m) => [m.name, m.exact])).toEqual([['Sri Mulyani Indrawati', false]]);
    const jakarta = (await (await get('/v1/facts/search?q=jak&type=LOC&limit=1')).json()) as { items: { name: string }[] };
    expect(jakarta.items.map((m) => m.name)).toEqual(['Jakarta']);
    expect((await (await get('/v1/facts/search?q=tidak-ada')).json()) as unknown).toEqual({ items: [] });
  });

  it("answers an entity's profile by an alias: months, roles, quotes, co-occurring entities", async () => {
    const response = await get('/v1/facts/entity?name=sri%20mulyani&limit=5');
    expect(response.status).toBe(200);
    const profile = EntityProfileSchema.parse(await response.json());
    expect(profile).toMatchObject({ name: 'Sri Mulyani Indrawati', type: 'PERSON', articles: 3 });
    expect(profile.months).toEqual([
      { month: '2025-01', articles: 1, mentions: 3 },
      { month: '2025-03', articles: 1, mentions: 1 },
      { month: '2025-06', articles: 1, mentions: 1 },
    ]);
    expect(profile.roles).toEqual([{ title: 'Menteri Keuangan', org: 'Kemenkeu', articles: 1 }]);
    expect(profile.quotes.map((q) => q.text)).toEqual(['Subsidi energi naik tahun ini,', 'Anggaran subsidi tetap dijaga,']);
    expect(profile.cooccurring[0]).toMatchObject({ name: 'Jakarta', articles: 3 });
  });

  it('answers quotes, amounts, co-occurrences, warnings and one article with the store\'s own queries', async () => {
    const quotes = (await (await get('/v1/facts/quotes?speaker=Sri+Mulyani&contains=ANGGARAN')).json()) as { items: { articleId: string; text: string }[] };
    expect(quotes.items.map((q) => [q.articleId, q.text])).toEqual([['a2', 'Anggaran subsidi tetap dijaga,']]);
    const amounts = (await (await get('/v1/facts/amounts?currency=idr&min=1e12&sort=value')).json()) as { items: { text: string }[] };
    expect(amounts.items.map((a) => a.text)).toEqual(['Rp 1-3 triliun', 'Rp 2 triliun']);
    const cooccur = (await (await get('/v1/facts/cooccur?name=Prabowo&limit=2')).json()) as { items: { name: string }[] };
    expect(cooccur.items.map((c) => c.name)).toEqual(['Jakarta', 'Sri Mulyani Indrawati']);
    const warnings = (await (await get('/v1/facts/warnings?code=title-number-mismatch')).json()) as { items: { articleId: string; span: string }[] };
    expect(warnings.items.map((w) => [w.articleId, w.span])).toEqual([['a2', '3']]);
    const article = (await (await get('/v1/facts/articles/a3')).json()) as { title: string; text: string; date: string };
    expect(article).toMatchObject({ title: 'Prabowo bertemu Sri Mulyani', date: '2025-06-30' });
    expect(article.text.startsWith('Prabowo bertemu Sri Mulyani\n\nPresiden Prabowo Subianto')).toBe(true);
  });

  it('refuses bad parameters naming them, and answers 404 for names and articles it does not know', async () => {
    const badLimit = await problemOf(await get('/v1/facts/quotes?speaker=Prabowo&limit=banyak'));
    expect(badLimit).toMatchObject({ status: 400, code: 'validation-failed' });
    expect(badLimit.errors?.[0]?.field).toBe('limit');
    expect(await problemOf(await get('/v1/facts/quotes?speaker=Prabowo&limit=0'))).toMatchObject({ status: 400 });
    expect((await problemOf(await get('/v1/facts/quotes?from=2025-13'))).errors?.[0]?.field).toBe('from');
    expect((await problemOf(await get('/v1/facts/quotes?speeker=Prabowo'))).status).toBe(400);
    expect((await problemOf(await get('/v1/facts/entity'))).errors?.[0]?.field).toBe('name');
    expect(await problemOf(await get('/v1/facts/entity?name=Siapa+Saja'))).toMatchObject({ status: 404, code: 'entity-not-found', detail: expect.stringContaining('Siapa Saja') });
    expect(await problemOf(await get('/v1/facts/quotes?speaker=Siapa+Saja'))).toMatchObject({ status: 404, code: 'entity-not-found' });
    expect(await problemOf(await get('/v1/facts/articles/tidak-ada'))).toMatchObject({ status: 404, code: 'article-not-found' });
  });

  it('answers many requests at once on its one store connection, each in full', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => get(i % 2 === 0 ? '/v1/facts/entity?name=Jakarta' : '/v1/facts/search?q=a')));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
    const bodies = await Promise.all(answers.map((a) => a.text()));
    expect(new Set(bodies.filter((_, i) => i % 2 === 0)).size).toBe(1);
    expect(new Set(bodies.filter((_, i) => i % 2 === 1)).size).toBe(1);
  });

  it('is what the typed client reads', async () => {
    const facts = createClient({ url: s.url }).facts;
    expect((await facts.search({ q: 'prabowo' })).map((m) => m.name)).toEqual(['Prabowo Subianto']);
    expect((await facts.entity({ name: 'KPK' })).name).toBe('Komisi Pemberantasan Korupsi');
    expect((await facts.quotes({ speaker: 'Prabowo' })).map((q) => q.text)).toEqual(['Kita harus hemat,']);
    expect(await facts.amounts({ entity: 'KPK', currency: 'IDR' })).toHaveLength(2);
    expect((await facts.cooccur({ name: 'Bekasi' })).length).toBe(0);
    expect((await facts.warnings()).map((w) => w.code)).toContain('title-number-mismatch');
    expect((await facts.article('a4')).title).toBe('Banjir di Bekasi');
    expect((await facts.info()).articles).toBe(5);
    await expect(facts.entity({ name: 'Siapa Saja' })).rejects.toMatchObject({ status: 404, code: 'entity-not-found' });
  });
});

describe('GET /v1/facts/* without a store', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ webRoot: false });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  }, 60_000);

  it('answers 404 no-store, saying how to give one, and the OpenAPI document lists no fact routes', async () => {
    const response = await fetch(`${s.url}/v1/facts/entity?name=Jakarta`);
    expect(response.status).toBe(404);
    expect(await problemOf(response)).toMatchObject({ code: 'no-store', detail: expect.stringContaining('--db') });
    await expect(createClient({ url: s.url }).facts.search({ q: 'x' })).rejects.toBeInstanceOf(WartaHttpError);
    const paths = Object.keys(((await (await fetch(`${s.url}/openapi.json`)).json()) as { paths: object }).paths);
    expect(paths.some((p) => p.startsWith('/v1/facts'))).toBe(false);
  });
});

describe('a store given to the service', () => {
  it('is refused at start when it cannot be opened, and a store the caller opened stays open after the server closes', async () => {
    await expect(startServer({ store: '/nonexistent-dir/nope/facts.duckdb', webRoot: false })).rejects.toThrow();
    const { duckdbStore } = await import('../store/fixture.js');
    const place = duckdbStore();
    await fill(place);
    const store = await openStore(place.url, { readOnly: true });
    const s = await startServer({ store, webRoot: false });
    const paths = Object.keys(((await (await fetch(`${s.url}/openapi.json`)).json()) as { paths: object }).paths);
    expect(paths).toEqual(expect.arrayContaining(['/v1/facts/search', '/v1/facts/entity', '/v1/facts/quotes', '/v1/facts/articles/{id}']));
    await s.close();
    expect((await store.info()).articles).toBe(5);
    await store.close();
    await place.drop();
  });
});
