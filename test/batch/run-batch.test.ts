import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exitCodeOf, runBatch, type BatchOptions } from '../../src/batch/run-batch.js';
import { writeWarc } from '../io/warc-fixture.js';
import { articleBody, memoryStream, readSummaries, summaries, tempDir } from './helpers.js';

const fx = 'test/fixtures/batch';

async function run(options: Omit<BatchOptions, 'progress'>) {
  const stdout = memoryStream();
  const result = await runBatch({ progress: 'none', stdout, ...options });
  return { result, out: summaries(stdout.text()) };
}

function writeJsonl(path: string, n: number): string[] {
  const ids = Array.from({ length: n }, (_, i) => `a${i}`);
  writeFileSync(path, ids.map((id, i) => JSON.stringify({ id, title: `Berita ${i}`, body: articleBody(i) })).join('\n') + '\n');
  return ids;
}

describe('runBatch', () => {
  it('walks a folder recursively in sorted order, skipping unknown and hidden files', async () => {
    const { result, out } = await run({ inputs: [`${fx}/folder`], workers: 0 });
    expect(out.map((s) => s.id)).toEqual(['f-1', 'f-2', 'banjir-semarang', 'pelabuhan']);
    expect(result).toMatchObject({ records: 4, ok: 4, error: 0 });
    expect(exitCodeOf(result)).toBe(0);
    // Named explicitly, a file of unknown type is an error record (or give --format).
    const named = await run({ inputs: [`${fx}/folder/CATATAN.md`], workers: 0 });
    expect(named.out[0]!.error).toMatchObject({ code: 'input-unreadable', message: expect.stringMatching(/unknown file type/) });
    const forced = await run({ inputs: [`${fx}/folder/CATATAN.md`], workers: 0, format: 'txt' });
    expect(forced.out[0]).toMatchObject({ id: 'CATATAN', status: 'ok' });
  });

  it('extracts an HTML page: body by Readability, title, author, date and URL from meta tags', async () => {
    const { out } = await run({ inputs: [`${fx}/folder/sub/pelabuhan.html`], workers: 0 });
    const s = out[0]!;
    expect(s.title).toBe('Pelabuhan Tanjung Priok Tambah Dua Dermaga Baru');
    expect(s.author).toBe('Sari Wulandari');
    expect(s.publishedAt).toBe('2024-05-20T10:15:00+07:00');
    expect(s.url).toBe('https://kabar-nusantara.example/ekonomi/priok-dermaga');
    expect(s.text).toContain('Investasi proyek ini mencapai Rp 3,2 triliun');
    expect(s.text).toContain('"Ini bagian dari upaya menurunkan biaya logistik nasional," ujarnya');
    // paragraphs stay apart; navigation, scripts and footers stay out
    expect(s.text).toMatch(/akhir 2025\.\n\nDirektur Utama/);
    for (const junk of ['Beranda', 'dataLayer', 'Hak cipta', 'Harga emas hari ini']) expect(s.text).not.toContain(junk);
  });

  it('analyses the HTML responses of a .warc.gz on worker threads, with the WARC record as source', async () => {
    const dir = tempDir();
    const file = join(dir, 'cc-news.warc.gz');
    const html = readFileSync(`${fx}/folder/sub/pelabuhan.html`, 'utf8');
    const ids = await writeWarc(file, [
      { url: 'https://kabar-nusantara.example/priok', body: html },
      { url: 'https://kabar-nusantara.example/gambar.png', contentType: 'image/png', body: 'PNG' },
      { url: 'https://kabar-nusantara.example/kosong', body: '<html><body></body></html>' },
    ]);
    const { out, result } = await run({ inputs: [file], workers: 2 });
    expect(out.map((s) => [s.id, s.status])).toEqual([
      [ids[0], 'ok'],
      [ids[2], 'error'],
    ]);
    expect(out[0]!.source).toMatchObject({ file, record: ids[0] });
    expect(out[0]!.title).toBe('Pelabuhan Tanjung Priok Tambah Dua Dermaga Baru');
    expect(out[0]!.text).toContain('Rp 3,2 triliun');
    expect(out[1]!.error).toMatchObject({ code: 'article-empty' });
    // Three records are one chunk: one worker runs it, the second is never started.
    expect(result.threads).toBe(1);
  });

  it('starts no more worker threads than a small input has chunks', async () => {
    const dir = tempDir();
    const ids = writeJsonl(join(dir, 'a.jsonl'), 7);
    const two = await run({ inputs: [join(dir, 'a.jsonl')], workers: 4, chunkSize: 4 });
    expect(two.result.threads).toBe(2);
    expect(two.out.map((s) => s.id)).toEqual(ids);
    const one = await run({ inputs: [join(dir, 'a.jsonl')], workers: 4, chunkSize: 8 });
    expect(one.result.threads).toBe(1);
    expect(one.out).toEqual(two.out);
    // A larger input gets every worker asked for.
    const many = await run({ inputs: [join(dir, 'a.jsonl')], workers: 3, chunkSize: 2 });
    expect(many.result.threads).toBe(3);
    expect(many.out).toEqual(two.out);
  });

  it('maps CSV columns with --map and turns broken quotes into error records', async () => {
    const map = { title: 'judul', body: 'isi_berita', url: 'tautan', publishedAt: 'tanggal', author: 'penulis' };
    const { result, out } = await run({ inputs: [`${fx}/berita.csv`], map, workers: 0 });
    expect(out.map((s) => [s.id, s.status, s.source?.line])).toEqual([
      ['c-1', 'ok', 2],
      ['c-2', 'ok', 5],
      ['berita:6', 'error', 6],
      ['c-4', 'ok', 7],
      ['berita:8', 'error', 8],
      ['c-6', 'ok', 9], // swallowed by the open quote of line 8, read again
    ]);
    expect(out[0]!).toMatchObject({ title: 'Kereta Cepat Layani 5 Juta Penumpang', url: 'https://contoh.id/c-1', publishedAt: '2024-04-02', author: 'Dewi Lestari' });
    expect(out[0]!.text).toContain('"Animo masyarakat sangat tinggi," kata');
    expect(out[2]!.error!.message).toMatch(/broken quote/);
    expect(out[4]!.error!.message).toMatch(/never closed.*line 9 read again as rows/);
    expect(exitCodeOf(result)).toBe(1);
  });

  it('reads TSV, and says which mapped column is missing', async () => {
    const { out } = await run({ inputs: [`${fx}/berita.tsv`], workers: 0 });
    expect(out.map((s) => [s.id, s.title, s.status])).toEqual([
      ['t-1', 'Cuaca Cerah di Bali', 'ok'],
      ['t-2', 'Inflasi 2,8 Persen', 'ok'],
    ]);
    const bad = await run({ inputs: [`${fx}/berita.tsv`], map: { body: 'isi_berita' }, workers: 0 });
    expect(bad.out.map((s) => s.error?.message)).toEqual([expect.stringMatching(/no column "isi_berita" \(option map body=isi_berita\)/), expect.anything()]);
  });

  it('reads .jsonl.gz, and a truncated .gz gives its whole lines then one error record', async () => {
    const gz = await run({ inputs: [`${fx}/articles.jsonl.gz`], workers: 0 });
    expect(gz.out.map((s) => s.id)).toEqual(['gz-1', 'gz-2', 'gz-3', 'gz-4', 'gz-5']);
    const cut = await run({ inputs: [`${fx}/truncated.jsonl.gz`, `${fx}/harga-beras.txt`], workers: 0 });
    const errors = cut.out.filter((s) => s.status === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.error!.message).toMatch(/truncated gzip/);
    const lines = cut.out.filter((s) => s.source?.file?.endsWith('.gz')).map((s) => s.source!.line!);
    expect(lines).toEqual(Array.from({ length: lines.length }, (_, i) => i + 1)); // no gaps
    expect(cut.out.at(-1)!.id).toBe('harga-beras'); // the run went on
    expect(cut.result.records).toBe(cut.out.length);
  });

  it('keeps input order on 2 worker threads, and --unordered gives the same set', async () => {
    const dir = tempDir();
    const ids = writeJsonl(join(dir, 'a.jsonl'), 300);
    const ordered = await run({ inputs: [join(dir, 'a.jsonl')], workers: 2, chunkSize: 4 });
    expect(ordered.result.threads).toBe(2);
    expect(ordered.out.map((s) => s.id)).toEqual(ids);
    const unordered = await run({ inputs: [join(dir, 'a.jsonl')], workers: 2, chunkSize: 4, ordered: false });
    expect(unordered.out.map((s) => s.id).sort()).toEqual([...ids].sort());
    // Same summaries either way, whichever thread made them.
    const byId = new Map(unordered.out.map((s) => [s.id, s]));
    for (const s of ordered.out) expect(byId.get(s.id)).toEqual(s);
  });

  it('starts worker threads from a script given with node --input-type=module -e', () => {
    const dir = tempDir();
    const input = join(dir, 'in.jsonl');
    writeJsonl(input, 3);
    const script = `const { runBatch } = await import(${JSON.stringify(new URL('../../src/batch/run-batch.ts', import.meta.url).href)});
const r = await runBatch({ inputs: [process.argv[1]], output: process.argv[2], workers: 1, progress: 'none' });
console.log(JSON.stringify({ ok: r.ok, threads: r.threads }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, input, join(dir, 'out.jsonl')], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ ok: 3, threads: 1 });
    expect(readSummaries(join(dir, 'out.jsonl')).map((s) => s.id)).toEqual(['a0', 'a1', 'a2']);
  });

  it('renames JSONL keys with the same --map', async () => {
    const dir = tempDir();
    const input = join(dir, 'cc.jsonl');
    writeFileSync(input, `${JSON.stringify({ uid: 7, headline: 'Judul Peta', content: articleBody(7), date: '2024-01-02' })}\n`);
    const { out } = await run({ inputs: [input], workers: 0, map: { id: 'uid', title: 'headline', body: 'content', publishedAt: 'date' } });
    expect(out[0]).toMatchObject({ id: '7', title: 'Judul Peta', publishedAt: '2024-01-02', status: 'ok' });
    expect(out[0]!.text).toContain('Pemerintah daerah nomor 7');
  });

  it('splits error records into --errors FILE; together they hold every record once', async () => {
    const dir = tempDir();
    const output = join(dir, 'out.jsonl');
    const errors = join(dir, 'err.jsonl');
    const { result } = await run({ inputs: [`${fx}/articles.jsonl`], output, errors, workers: 0 });
    const good = readSummaries(output);
    const bad = readSummaries(errors);
    expect(good.map((s) => s.status)).toEqual(['ok', 'ok', 'ok']);
    expect(bad.map((s) => s.source?.line)).toEqual([3, 4, 6]);
    expect(result).toMatchObject({ records: 6, ok: 3, error: 3 });
  });

  it('splits by --shard i/n deterministically: shards are disjoint and cover every record', async () => {
    const dir = tempDir();
    const ids = writeJsonl(join(dir, 'a.jsonl'), 50);
    const shards = [];
    for (let i = 1; i <= 3; i++) {
      shards.push((await run({ inputs: [join(dir, 'a.jsonl')], shard: { index: i, count: 3 }, workers: 0 })).out.map((s) => s.id));
    }
    expect(shards.map((s) => s.length)).toEqual([17, 17, 16]);
    expect(shards.flat().sort()).toEqual([...ids].sort());
    const again = (await run({ inputs: [join(dir, 'a.jsonl')], shard: { index: 2, count: 3 }, workers: 0 })).out.map((s) => s.id);
    expect(again).toEqual(shards[1]);
  });

  it('resumes after an interruption exactly once, ordered and unordered, on threads', async () => {
    for (const ordered of [true, false]) {
      const dir = tempDir();
      const input = join(dir, 'a.jsonl');
      const ids = writeJsonl(input, 400);
      const output = join(dir, 'out.jsonl');
      const controller = new AbortController();
      const first = await runBatch({
        inputs: [input], output, workers: 2, chunkSize: 8, ordered, progress: 'none', checkpointIntervalMs: 0,
        signal: controller.signal,
        onProgress: (done) => {
          if (done >= 40) controller.abort();
        },
      });
      expect(first.interrupted).toBe(true);
      expect(exitCodeOf(first)).toBe(130);
      const before = readSummaries(output).length;
      expect(before).toBeGreaterThanOrEqual(40);
      expect(before).toBeLessThan(400);
      const second = await runBatch({ inputs: [input], output, workers: 2, chunkSize: 8, ordered, progress: 'none', resume: true });
      expect(second).toMatchObject({ records: 400, ok: 400, interrupted: false });
      expect(second.resumed).toBe(before);
      const got = readSummaries(output).map((s) => s.id);
      if (ordered) expect(got).toEqual(ids);
      else expect([...got].sort()).toEqual([...ids].sort());
      // A completed run resumed again does nothing.
      const third = await runBatch({ inputs: [input], output, workers: 0, progress: 'none', resume: true });
      expect(third.records).toBe(400);
      expect(readSummaries(output)).toHaveLength(400);
    }
  });

  it('reads .txt.gz, .csv.gz and .html.gz in a folder, and gzipped JSONL or CSV from stdin', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt.gz'), gzipSync('Judul A\n\nIsi berita A.'));
    writeFileSync(join(dir, 'b.csv.gz'), gzipSync('id,title,body\nb1,Judul B,Isi berita B.\n'));
    writeFileSync(join(dir, 'c.html.gz'), gzipSync(readFileSync(`${fx}/folder/sub/pelabuhan.html`)));
    const { out } = await run({ inputs: [dir], workers: 0 });
    expect(out.map((s) => [s.id, s.title, s.status])).toEqual([
      ['a', 'Judul A', 'ok'],
      ['b1', 'Judul B', 'ok'],
      ['c', 'Pelabuhan Tanjung Priok Tambah Dua Dermaga Baru', 'ok'],
    ]);
  });

  it('cannot resume when the output lost what its checkpoint counts', async () => {
    const dir = tempDir();
    const input = join(dir, 'a.jsonl');
    writeJsonl(input, 30);
    const output = join(dir, 'out.jsonl');
    const controller = new AbortController();
    await runBatch({ inputs: [input], output, workers: 0, chunkSize: 2, progress: 'none', checkpointIntervalMs: 0, signal: controller.signal, onProgress: (d) => d >= 4 && controller.abort() });
    writeFileSync(output, '');
    await expect(runBatch({ inputs: [input], output, workers: 0, progress: 'none', resume: true })).rejects.toThrow(/fewer than the \d+ its checkpoint counts/);
  });

  it('refuses to resume with other inputs or options than the checkpoint', async () => {
    const dir = tempDir();
    const input = join(dir, 'a.jsonl');
    writeJsonl(input, 5);
    const output = join(dir, 'out.jsonl');
    await runBatch({ inputs: [input], output, workers: 0, progress: 'none' });
    await expect(runBatch({ inputs: [input], output, workers: 0, progress: 'none', resume: true, shard: { index: 1, count: 2 } })).rejects.toThrow(/other inputs or options/);
  });
});
