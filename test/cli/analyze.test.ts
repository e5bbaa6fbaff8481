import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../src/schema/summary.js';
import { projectRoot, runCli } from '../helpers/cli.js';
import { checkSummary } from '../helpers/invariants.js';

const fx = 'test/fixtures/batch';

function parseLines(stdout: string): Summary[] {
  const lines = stdout.split('\n').filter((l) => l !== '');
  return lines.map((l) => checkSummary(JSON.parse(l)));
}

describe('warta analyze (CLI, real child processes)', () => {
  it('analyses a .txt article: first non-empty line is the title, id is the file name', async () => {
    const r = await runCli(['analyze', `${fx}/harga-beras.txt`]);
    expect(r.stderr).not.toContain('{"id"');
    const [s, ...rest] = parseLines(r.stdout);
    expect(rest).toHaveLength(0);
    expect(s!.id).toBe('harga-beras');
    expect(s!.title).toBe('Harga Beras Naik 15 Persen Jelang Ramadan');
    expect(s!.source).toEqual({ file: `${fx}/harga-beras.txt` });
    expect(s!.text).toContain('Pasar Induk Cipinang');
    expect(s!.status).toBe('ok');
    expect(r.code).toBe(0);
  });

  it('writes the summaries to stdout with "-o -", as without -o, and no file named "-"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-dash-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'a1', title: 'Harga beras naik', body: 'Harga beras di Pasar Induk naik lagi pekan ini.' })}\n`);
    // (The CLI runs in the project's folder, where "-" would be written.)
    const dash = join(projectRoot, '-');
    const r = await runCli(['analyze', input, '-o', '-', '--quiet']);
    const wroteFiles = [dash, `${dash}.checkpoint.json`].filter((f) => existsSync(f));
    for (const f of wroteFiles) rmSync(f);
    expect(r.code).toBe(0);
    expect(parseLines(r.stdout).map((s) => s.id)).toEqual(['a1']);
    expect(wroteFiles).toEqual([]);
  });

  it('turns every bad JSONL line into an error record with its line and goes on (exit 1)', async () => {
    const r = await runCli(['analyze', `${fx}/articles.jsonl`]);
    expect(r.code).toBe(1);
    const out = parseLines(r.stdout);
    // 7 lines, one blank: 6 records, in input order.
    expect(out.map((s) => s.source?.line)).toEqual([1, 2, 3, 4, 6, 7]);
    expect(out.map((s) => s.status)).toEqual(['ok', 'ok', 'error', 'error', 'error', 'ok']);
    expect(out[0]!.id).toBe('jk-001');
    expect(out[0]!.url).toBe('https://contoh.id/berita/jk-001');
    expect(out[1]!.id).toBe('articles:2'); // no id in the line: file name and line
    expect(out[2]!.error?.code).toBe('input-invalid');
    expect(out[2]!.error?.message).toMatch(/line 3: invalid JSON/);
    expect(out[3]!.id).toBe('tanpa-isi');
    expect(out[3]!.error?.message).toMatch(/body/);
    expect(out[4]!.error?.code).toBe('article-empty');
    for (const s of out) expect(s.source?.file).toBe(`${fx}/articles.jsonl`);
    // Errors are in the JSONL, not on stderr; the final line on stderr counts them.
    expect(r.stderr).toMatch(/6 records .*3 errors/);
  });

  it('reads JSONL from stdin with -', async () => {
    const input = `${JSON.stringify({ id: 'x1', title: 'Satu', body: 'JAKARTA - Ini berita pertama tentang ekonomi.' })}\n${JSON.stringify({ id: 'x2', body: 'Berita kedua.' })}\n`;
    const r = await runCli(['analyze', '-'], { input });
    expect(r.code).toBe(0);
    const out = parseLines(r.stdout);
    expect(out.map((s) => s.id)).toEqual(['x1', 'x2']);
    expect(out[0]!.source).toEqual({ file: '<stdin>', line: 1 });
  });

  it('reads gzipped CSV from stdin with --format csv and --map', async () => {
    const csv = 'kode,judul,isi\nk1,Satu,Isi berita satu.\nk2,Dua,Isi berita dua.\n';
    const r = await runCli(['analyze', '-', '--format', 'csv', '--map', 'id=kode,title=judul,body=isi', '-q'], { input: gzipSync(csv) });
    expect(r.code).toBe(0);
    expect(parseLines(r.stdout).map((s) => [s.id, s.title, s.source?.line])).toEqual([
      ['k1', 'Satu', 2],
      ['k2', 'Dua', 3],
    ]);
  });

  it('reads stdin when no input is given and stdin is a pipe', async () => {
    const r = await runCli(['analyze', '--quiet'], { input: `${JSON.stringify({ id: 'p', body: 'Isi berita singkat.' })}\n` });
    expect(parseLines(r.stdout).map((s) => s.id)).toEqual(['p']);
    expect(r.stderr).toBe('');
  });

  it('writes to -o FILE, keeps stdout empty, and keeps several inputs in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
    const outFile = join(dir, 'out.jsonl');
    const r = await runCli(['analyze', `${fx}/harga-beras.txt`, `${fx}/banjir-semarang.txt`, '-o', outFile, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const out = parseLines(readFileSync(outFile, 'utf8'));
    expect(out.map((s) => s.id)).toEqual(['harga-beras', 'banjir-semarang']);
  });

  it('makes a missing file an error record, not a crash', async () => {
    const r = await runCli(['analyze', 'test/fixtures/batch/tidak-ada.txt', `${fx}/harga-beras.txt`]);
    expect(r.code).toBe(1);
    const out = parseLines(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[0]!.status).toBe('error');
    expect(out[0]!.error?.code).toBe('input-unreadable');
    expect(out[0]!.error?.message).toMatch(/no such file/);
    expect(out[0]!.source).toEqual({ file: 'test/fixtures/batch/tidak-ada.txt' });
    expect(out[1]!.status).toBe('ok');
  });

  it('adds per-stage timings with --timings', async () => {
    const r = await runCli(['analyze', `${fx}/harga-beras.txt`, '--timings']);
    const [s] = parseLines(r.stdout);
    expect(s!.timings).toBeDefined();
    expect(Object.keys(s!.timings!)).toContain('clean');
    const plain = parseLines((await runCli(['analyze', `${fx}/harga-beras.txt`])).stdout)[0]!;
    expect(plain.timings).toBeUndefined();
  });

  it('prints help with the exit codes, exit 0', async () => {
    const r = await runCli(['analyze', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--output');
    expect(r.stdout).toContain('--resume');
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*130/);
  });

  it('exits 2 on a usage error, with the reason on stderr and nothing on stdout', async () => {
    const bad = await runCli(['analyze', '--workers', 'many', `${fx}/harga-beras.txt`]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--workers/);
    const shard = await runCli(['analyze', '--shard', '3/2', `${fx}/harga-beras.txt`]);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toMatch(/--shard/);
    const resume = await runCli(['analyze', '--resume', `${fx}/harga-beras.txt`]);
    expect(resume.code).toBe(2);
    expect(resume.stderr).toMatch(/--resume needs an output file/);
  });

  it('runs on worker threads and inline with the same output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    await runCli(['analyze', `${fx}/articles.jsonl`, `${fx}/banjir-semarang.txt`, '-o', a, '--workers', '2', '--chunk-size', '1', '-q']);
    await runCli(['analyze', `${fx}/articles.jsonl`, `${fx}/banjir-semarang.txt`, '-o', b, '--workers', '0', '-q']);
    expect(existsSync(a)).toBe(true);
    const strip = (t: string) => parseLines(t).map((s) => ({ ...s, language: { ...s.language } }));
    expect(strip(readFileSync(a, 'utf8'))).toEqual(strip(readFileSync(b, 'utf8')));
  });

  it('names its own flags in the error records of limits and mappings (the library names options)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
    const input = join(dir, 'long.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'long', body: 'kata '.repeat(100) })}\n${JSON.stringify({ id: 'ok', body: 'Harga beras naik.' })}\n`);
    const r = await runCli(['analyze', input, '--max-line-bytes', '200', '-q']);
    const [long, ok] = parseLines(r.stdout);
    expect(long!.error?.message).toMatch(/longer than 200 bytes \(--max-line-bytes\)/);
    expect(ok!.status).toBe('ok');
    const csv = await runCli(['analyze', `${fx}/berita.csv`, '--map', 'body=konten', '-q']);
    expect(parseLines(csv.stdout)[0]!.error?.message).toMatch(/\(--map body=konten\)/);
  });

  it('--date-order and --time-zone: how numeric publication dates and times without a zone are read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-dates-'));
    const file = join(dir, 'berita.csv');
    const body = 'JAYAPURA - Banjir melanda Sentani kemarin sore. Warga mengungsi ke gereja.';
    writeFileSync(file, `judul,isi,tanggal\nBanjir,"${body}",5/11/2025 09:15\n`);
    const r = await runCli(['analyze', file, '--map', 'title=judul,body=isi,publishedAt=tanggal', '--date-order', 'mdy', '--time-zone', 'WIT', '-w', '0']);
    expect(r.code).toBe(0);
    const [s] = parseLines(r.stdout);
    expect([s!.publishedAt, s!.publishedAtOriginal]).toEqual(['2025-05-11T09:15:00+09:00', '5/11/2025 09:15']);
    expect(s!.entities.find((e) => e.type === 'DATE' && e.text === 'kemarin')?.date).toBe('2025-05-10');
    expect(s!.messages.find((m) => m.code === 'published-at-ambiguous')?.message).toMatch(/month\/day\/year/);
    const bad = await runCli(['analyze', file, '--time-zone', 'Jakarta']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--time-zone must be WIB, WITA, WIT, UTC or an offset/);
    const order = await runCli(['analyze', file, '--date-order', 'dym']);
    expect(order.code).toBe(2);
    expect(order.stderr).toMatch(/--date-order/);
  });
});
