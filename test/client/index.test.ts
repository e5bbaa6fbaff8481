import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, WartaHttpError, type TrimmedSummary } from '../../src/client/index.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import type { Summary } from '../../src/schema/summary.js';
import { sampleArticle, startServer, type TestServer } from '../server/helpers.js';

const TOKEN = 'rahasia-0123456789abcdef';
let t: TestServer;

beforeAll(async () => {
  t = await startServer({ workers: 2, tokens: [TOKEN] });
}, 60_000);

afterAll(async () => {
  await t?.close();
}, 60_000);

describe('createClient', () => {
  it('analyses an article: the same summary as the library, typed and checked', async () => {
    const warta = createClient({ url: `${t.url}/`, token: TOKEN });
    const summary: Summary = await warta.analyze({ ...sampleArticle(), id: 'contoh' });
    expect(JSON.stringify(summary)).toBe(JSON.stringify(createPipeline().analyze({ ...sampleArticle(), id: 'contoh' })));
  });

  it('trims with fields, typed to the fields asked for', async () => {
    const warta = createClient({ url: t.url, token: TOKEN });
    const trimmed: TrimmedSummary<'quotes'> = await warta.analyze(sampleArticle(), { fields: ['quotes'], requestId: 'klien-1' });
    expect(trimmed.id).toBe('klien-1');
    expect(Object.keys(trimmed).sort()).toEqual(['id', 'quotes', 'status', 'warta']);
    expect(trimmed.quotes.length).toBeGreaterThan(0);
  });

  it('streams a batch: one summary or error record per article, in order', async () => {
    const warta = createClient({ url: t.url, token: TOKEN });
    const articles = [{ id: 'a', body: 'Harga beras naik 10 persen.' }, { id: 'b', body: '  ' }, { id: 'c', ...sampleArticle() }];
    const out: string[] = [];
    for await (const s of warta.analyzeBatch(articles, { fields: ['counts'] })) out.push(`${s.id}:${s.status}:${s.counts.words}`);
    expect(out).toEqual(['a:ok:4', 'b:error:0', expect.stringMatching(/^c:ok:\d+$/)]);
  });

  it('calls the building blocks and the schema', async () => {
    const warta = createClient({ url: t.url, token: TOKEN });
    expect((await warta.numbers('Rp1,5 triliun')).map((n) => n.value)).toEqual([1_500_000_000_000]);
    expect((await warta.numbers('kemarin', { publishedAt: '2025-10-23' }))[0]?.date).toBe('2025-10-22');
    expect(await warta.stem(['menangani'])).toEqual([{ word: 'menangani', stem: 'tangan' }]);
    expect((await warta.language('Pemerintah mengatakan bahwa tingkat inflasi tetap rendah tahun ini.')).code).toBe('id');
    expect((await warta.schema()).type).toBe('object');
    expect((await warta.ready()).workers).toBe(2);
  });

  it('throws WartaHttpError with the problem the service sent', async () => {
    const warta = createClient({ url: t.url, token: TOKEN });
    const invalid = await warta.analyze({ title: 3 } as never).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(WartaHttpError);
    expect((invalid as WartaHttpError).status).toBe(400);
    expect((invalid as WartaHttpError).code).toBe('validation-failed');
    expect((invalid as WartaHttpError).problem?.errors?.[0]?.field).toBe('title');
    const anonymous = await createClient({ url: t.url })
      .analyze({ body: 'x' })
      .catch((e: unknown) => e);
    expect((anonymous as WartaHttpError).status).toBe(401);
    const wrong = await createClient({ url: t.url, token: 'salah-0123456789abcdef' })
      .stem(['makan'])
      .catch((e: unknown) => e);
    expect((wrong as WartaHttpError).code).toBe('forbidden');
  });

  it('loads neither fastify nor the pipeline: only the schemas and zod', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../../src/client/index.ts', import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'neutral',
      format: 'esm',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    const ours = inputs.filter((p) => !p.includes('node_modules/'));
    expect(ours.every((p) => /src\/(client|schema)\//.test(p) || p.endsWith('src/version.ts')), ours.join('\n')).toBe(true);
    expect(inputs.filter((p) => p.includes('node_modules/') && !p.includes('node_modules/zod/'))).toEqual([]);
  });
});
