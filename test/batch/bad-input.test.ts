import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run-batch.js';
import type { Summary } from '../../src/schema/summary.js';
import { articleBody, memoryStream, summaries, tempDir } from './helpers.js';

const good = (id: string) => JSON.stringify({ id, title: 'Judul', body: articleBody(1) });

async function run(inputs: string[], extra: { workers?: number; limits?: { maxArticleBytes?: number; maxLineBytes?: number } } = {}) {
  const stdout = memoryStream();
  const result = await runBatch({ inputs, progress: 'none', stdout, workers: extra.workers ?? 0, ...(extra.limits ? { limits: extra.limits } : {}) });
  const out = summaries(stdout.text());
  expect(out).toHaveLength(result.records); // one output line per record, whatever happened
  return { result, out };
}

function only(out: Summary[], id: string): Summary {
  const found = out.filter((s) => s.id === id);
  expect(found, id).toHaveLength(1);
  return found[0]!;
}

describe('bad input: each case is one clear error record, and the run completes', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it('binary junk: a line and a whole file', async () => {
    const junk = Buffer.from([0x00, 0x01, 0xff, 0x9c, 0x00, 0x42, 0x7f, 0x80, 0x00]);
    const jsonl = join(dir, 'junk.jsonl');
    writeFileSync(jsonl, Buffer.concat([Buffer.from(`${good('g1')}\n`), junk, Buffer.from(`\n${good('g2')}\n`)]));
    const txt = join(dir, 'sampah.txt');
    writeFileSync(txt, Buffer.concat([junk, junk, junk]));
    const { out, result } = await run([jsonl, txt]);
    expect(out.map((s) => s.status)).toEqual(['ok', 'error', 'ok', 'error']);
    expect(out[1]!.error).toMatchObject({ code: 'input-unreadable', message: expect.stringMatching(/line 2: .*binary/) });
    expect(out[1]!.source).toEqual({ file: jsonl, line: 2 });
    expect(out[3]!.error).toMatchObject({ code: 'input-unreadable', message: expect.stringMatching(/binary/) });
    expect(result).toMatchObject({ ok: 2, error: 2 });
  });

  it('invalid UTF-8: a line and a whole file', async () => {
    const jsonl = join(dir, 'utf8.jsonl');
    const bad = Buffer.concat([Buffer.from('{"id":"u1","body":"Harga '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' naik"}')]);
    writeFileSync(jsonl, Buffer.concat([bad, Buffer.from(`\n${good('u2')}\n`)]));
    const txt = join(dir, 'rusak.txt');
    writeFileSync(txt, Buffer.concat([Buffer.from('Judul\n\nIsi berita '), Buffer.from([0xe2, 0x82]), Buffer.from(' rusak.')]));
    const { out } = await run([jsonl, txt]);
    expect(out.map((s) => [s.id, s.status])).toEqual([['utf8:1', 'error'], ['u2', 'ok'], ['rusak', 'error']]);
    expect(out[0]!.error!.message).toMatch(/line 1: .*invalid UTF-8/);
    expect(out[2]!.error!.message).toMatch(/invalid UTF-8/);
  });

  it('a 20 MB article: as a JSONL line, as a .txt file, and under a raised line limit', async () => {
    const big = 'kata '.repeat(4_000_000); // 20 MB
    const jsonl = join(dir, 'besar.jsonl');
    writeFileSync(jsonl, `${good('b1')}\n${JSON.stringify({ id: 'raksasa', body: big })}\n${good('b2')}\n`);
    const txt = join(dir, 'besar.txt');
    writeFileSync(txt, `Judul\n\n${big}`);
    const { out } = await run([jsonl, txt]);
    expect(out.map((s) => s.status)).toEqual(['ok', 'error', 'ok', 'error']);
    expect(out[1]!.error).toMatchObject({ code: 'line-too-long', message: expect.stringMatching(/line 2: .*8388608 bytes \(option maxLineBytes\)/) });
    expect(out[3]!.error).toMatchObject({ code: 'article-too-large', message: expect.stringMatching(/\(option maxArticleBytes\)/) });
    expect(out[3]!.id).toBe('besar');
    // With room for the line, the article limit (5 MB by default) names the article.
    const raised = await run([jsonl], { limits: { maxLineBytes: 32 * 1024 * 1024 } });
    expect(only(raised.out, 'raksasa').error).toMatchObject({ code: 'article-too-large', message: expect.stringMatching(/20000000 bytes; the limit is 5242880/) });
  });

  it('invalid JSON, missing body, empty article, non-object lines', async () => {
    const jsonl = join(dir, 'rusak.jsonl');
    writeFileSync(jsonl, ['{"id":"x1","body":', '{"id":"x2","title":"Tanpa isi"}', '{"id":"x3","body":""}', '"teks saja"', '{"id":"x5","body":42}', good('x6')].join('\n'));
    const { out } = await run([jsonl], { workers: 2 });
    expect(out.map((s) => [s.source?.line, s.status, s.error?.code])).toEqual([
      [1, 'error', 'input-invalid'],
      [2, 'error', 'input-invalid'],
      [3, 'error', 'article-empty'],
      [4, 'error', 'input-invalid'],
      [5, 'error', 'input-invalid'],
      [6, 'ok', undefined],
    ]);
    expect(out[0]!.error!.message).toMatch(/invalid JSON/);
    expect(out[1]!.error!.message).toMatch(/needs a "body"/);
    expect(out[3]!.error!.message).toMatch(/expected a JSON object/);
  });

  it('a CSV quote left open over a long file: one error record, and the rows it swallowed are read again', async () => {
    const csv = join(dir, 'terbuka.csv');
    const rows = Array.from({ length: 200 }, (_, i) => `r${i + 3},Judul ${i},Isi berita nomor ${i} yang biasa saja.`); // ~9 KB
    writeFileSync(csv, ['id,title,body', 'r1,Baik,Isi berita pertama.', 'r2,"Kutip terbuka,Isi', ...rows].join('\n'));
    const { out } = await run([csv, join(dir, 'sampah.txt')], { limits: { maxLineBytes: 2000 }, workers: 2 });
    expect(out.map((s) => [s.id, s.error?.code])).toEqual([
      ['r1', undefined],
      ['terbuka:3', 'line-too-long'],
      ...rows.map((_, i) => [`r${i + 3}`, undefined]),
      ['sampah', 'input-unreadable'], // the next input is read as usual
    ]);
    expect(out[1]!.error!.message).toMatch(/line 3: .*grows past 2000 bytes .*an unclosed quote.*read again as rows/);
    // A small file with the same open quote ends the parse instead: the same rows come back.
    const small = join(dir, 'terbuka-kecil.csv');
    writeFileSync(small, ['id,title,body', 'r1,Baik,Isi berita pertama.', 'r2,"Kutip terbuka,Isi', ...rows.slice(0, 3)].join('\n'));
    const { out: out2 } = await run([small], { limits: { maxLineBytes: 2000 } });
    expect(out2.map((s) => [s.id, s.error?.code])).toEqual([['r1', undefined], ['terbuka-kecil:3', 'input-invalid'], ['r3', undefined], ['r4', undefined], ['r5', undefined]]);
    expect(out2[1]!.error!.message).toMatch(/never closed.*lines 4–6 read again as rows/);
  });

  it('a quoted CSV field too long to be a row, whose lines are no rows either, stops that file with one record', async () => {
    const csv = join(dir, 'panjang.csv');
    const prose = Array.from({ length: 100 }, (_, i) => `Paragraf ${i} dari isi yang sangat panjang tanpa koma`); // ~5 KB, one field each
    writeFileSync(csv, ['id,title,body', 'r1,Baik,Isi berita pertama.', 'r2,Panjang,"Awal isi', ...prose, 'akhir isi",', 'r9,Lagi,Isi lagi.'].join('\n'));
    const { out } = await run([csv, join(dir, 'sampah.txt')], { limits: { maxLineBytes: 2000 } });
    expect(out.map((s) => [s.id, s.error?.code])).toEqual([
      ['r1', undefined],
      ['panjang:3', 'line-too-long'],
      ['sampah', 'input-unreadable'],
    ]);
    expect(out[1]!.error!.message).toMatch(/grows past 2000 bytes .*rest of the file is skipped/);
  });

  it('an empty .txt file, an HTML page without text, a gzip that is not gzip', async () => {
    const empty = join(dir, 'kosong.txt');
    writeFileSync(empty, '\n \n');
    const html = join(dir, 'kosong.html');
    writeFileSync(html, '<html><head><title>Kosong</title></head><body><script>var a=1;</script></body></html>');
    const fake = join(dir, 'palsu.jsonl.gz');
    writeFileSync(fake, Buffer.concat([gzipSync(`${good('z1')}\n`).subarray(0, 10), Buffer.from('bukan gzip sama sekali')]));
    const { out } = await run([empty, html, fake]);
    expect(out.map((s) => [s.id, s.error?.code])).toEqual([
      ['kosong', 'article-empty'],
      ['kosong', 'article-empty'],
      ['palsu:1', 'input-unreadable'],
    ]);
    expect(out[2]!.error!.message).toMatch(/gzip/);
  });
});
