import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/schema/summary.js';
import { runCli } from '../helpers/cli.js';
import { checkSummary } from '../helpers/invariants.js';

const good = (id: string, n: number) => JSON.stringify({ id, title: `Berita ${n}`, body: `JAKARTA - Pemerintah daerah nomor ${n} mengumumkan anggaran Rp ${n + 1} miliar untuk perbaikan jalan.` });

/**
 * The hostile inputs of #16, each row as a file (made here, at run time, in a temporary folder),
 * with a good record or two around them.
 */
function writeCorpus(dir: string): void {
  // Row 1: "Prof. Dr. H. " × 30,000 (390 KB, English).
  writeFileSync(join(dir, 'r1-prof.jsonl'), [good('r1-before', 1), JSON.stringify({ id: 'prof', body: 'Prof. Dr. H. '.repeat(30_000) }), good('r1-after', 2)].join('\n'));
  // Row 2: "a\n" × 30,000.
  writeFileSync(join(dir, 'r2-newlines.jsonl'), `${JSON.stringify({ id: 'a-newlines', body: 'a\n'.repeat(30_000) })}\n`);
  // Row 3: 2,000 and 3,000 nested <div>s, 5,000 unclosed.
  writeFileSync(join(dir, 'r3-deep2000.html'), `<html><body>${'<div>'.repeat(2000)}Isi berita${'</div>'.repeat(2000)}</body></html>`);
  writeFileSync(join(dir, 'r3-deep3000.html'), `<html><body>${'<div>'.repeat(3000)}Isi berita${'</div>'.repeat(3000)}</body></html>`);
  writeFileSync(join(dir, 'r3-open5000.html'), `<html><body>${'<div>'.repeat(5000)}Isi berita</body></html>`);
  // Row 4: links to "." and "..".
  mkdirSync(join(dir, 'r4-links', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'r4-links', 'sub', 'once.jsonl'), `${good('r4-once', 4)}\n`);
  symlinkSync('../', join(dir, 'r4-links', 'sub', 'up'));
  symlinkSync('.', join(dir, 'r4-links', 'self1'));
  symlinkSync('.', join(dir, 'r4-links', 'self2'));
  // Row 5: 50 MB of newlines, gzipped (the is 1 GB; the shape is the same), then a record.
  writeFileSync(join(dir, 'r5-blank.jsonl.gz'), gzipSync(Buffer.concat([Buffer.alloc(50_000_000, 0x0a), Buffer.from(`${good('r5-after-blanks', 5)}\n`)])));
  // Row 6: UTF-16LE JSONL with a byte-order mark.
  writeFileSync(join(dir, 'r6-utf16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${good('r6-utf16', 6)}\n`, 'utf16le')]));
  // Row 7: CSV with an unterminated quote in row 2 of 3.
  writeFileSync(join(dir, 'r7-quote.csv'), 'id,title,body\nr7-1,Satu,"Harga beras naik 10 persen."\nr7-2,Dua,"Harga cabai naik 20 persen.\nr7-3,Tiga,Harga gula turun 5 persen.\n');
  // Row 8: a 0-byte .html file.
  writeFileSync(join(dir, 'r8-empty.html'), '');
  // Row 9: an amount compromise reads as NaN.
  writeFileSync(join(dir, 'r9-nan.jsonl'), `${JSON.stringify({ id: 'r9-usd', body: 'The firm paid 1.000.000USD to its workers.' })}\n`);
}

describe('the hostile corpus of #16 through the CLI', () => {
  let dir: string;
  let out: Map<string, Summary>;
  let lines: Summary[];
  let stderr: string;
  let code: number | null;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'warta-hostile-'));
    dir = join(root, 'corpus');
    mkdirSync(dir);
    writeCorpus(dir);
    // A generous record limit: the rows must be analysed in linear time, and a loaded machine must
    // not turn a slow but linear record into a time-limit (the budget has tests of its own).
    const r = await runCli(['analyze', dir, '-o', join(root, 'out.jsonl'), '-w', '2', '--progress', 'none', '--record-timeout', '120']);
    ({ stderr, code } = r);
    lines = readFileSync(join(root, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => checkSummary(JSON.parse(l)));
    out = new Map(lines.map((s) => [s.id, s]));
  }, 180_000);

  it('completes with exit code 1, one line per record, every line a valid summary', () => {
    expect(code, stderr).toBe(1);
    expect(lines.map((s) => s.id).sort()).toEqual(
      ['r1-before', 'prof', 'r1-after', 'a-newlines', 'r3-deep2000', 'r3-deep3000', 'r3-open5000', 'r4-once', 'r5-after-blanks', 'r6-utf16', 'r7-1', 'r7-quote:3', 'r7-3', 'r8-empty', 'r9-usd'].sort(),
    );
  });

  it('rows 1-2: the English shapes are analysed (linear now), with a message for what compromise did not read', () => {
    expect(out.get('prof')).toMatchObject({ status: 'ok', language: { code: 'en' } });
    expect(out.get('prof')!.messages.map((m) => m.code)).toContain('article-truncated');
    expect(out.get('a-newlines')!.status).toBe('ok');
    expect(out.get('r1-before')!.status).toBe('ok');
    expect(out.get('r1-after')!.status).toBe('ok');
  });

  it('row 3: deep HTML is a clear error record', () => {
    for (const id of ['r3-deep2000', 'r3-deep3000', 'r3-open5000']) expect(out.get(id)!.error).toMatchObject({ code: 'input-unreadable', message: expect.stringMatching(/nested more than 200 deep/) });
  });

  it('row 4: the file behind the links is read once, and the loops are told on stderr', () => {
    expect(lines.filter((s) => s.id === 'r4-once')).toHaveLength(1);
    expect(stderr).toMatch(/skipped .*r4-links\/self1: the folder .* is already walked/);
    expect(stderr).toMatch(/skipped .*r4-links\/sub\/up: the folder .* is already walked/);
  });

  it('rows 5-9: blank lines skipped, UTF-16 decoded, the broken CSV row alone an error, an empty page article-empty, no NaN', () => {
    expect(out.get('r5-after-blanks')).toMatchObject({ status: 'ok', source: { line: 50_000_001 } });
    expect(out.get('r6-utf16')).toMatchObject({ status: 'ok', title: 'Berita 6' });
    expect(out.get('r7-1')!.status).toBe('ok');
    expect(out.get('r7-quote:3')!.error).toMatchObject({ code: 'input-invalid', message: expect.stringMatching(/never closed/) });
    expect(out.get('r7-3')!.status).toBe('ok');
    expect(out.get('r8-empty')!.error?.code).toBe('article-empty');
    expect(out.get('r9-usd')!.entities.find((e) => e.type === 'MONEY')?.value).toBe(1_000_000);
  });
});

describe('the budgets through the CLI', () => {
  it('a record that hangs is a time-limit error record, the rest analysed; --resume then finds the run complete', async () => {
    const root = mkdtempSync(join(tmpdir(), 'warta-hang-'));
    const input = join(root, 'dump.jsonl');
    const records = Array.from({ length: 10 }, (_, i) => (i === 4 ? JSON.stringify({ id: 'hang', body: 'Isi berita WARTA-HANG' }) : good(`g${i}`, i)));
    writeFileSync(input, `${records.join('\n')}\n`);
    const config = join(root, 'pipeline.json');
    const defaults = JSON.parse((await runCli(['config'])).stdout) as { stages: unknown[] };
    writeFileSync(config, JSON.stringify({ stages: [...defaults.stages, { name: 'hostile' }] }));
    const args = ['analyze', input, '-o', join(root, 'out.jsonl'), '--config', config, '--plugin', './test/fixtures/plugins/hostile-stage.mjs', '-w', '1', '--record-timeout', '2.5', '-q'];
    const r = await runCli(args);
    expect(r.code, r.stderr).toBe(1);
    const out = readFileSync(join(root, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => checkSummary(JSON.parse(l)));
    expect(out.map((s) => [s.id, s.error?.code])).toEqual(records.map((_, i) => (i === 4 ? ['hang', 'time-limit'] : [`g${i}`, undefined])));
    expect(out[4]!.error!.message).toBe('line 5: analysis took longer than 2.5 s (--record-timeout) and was stopped');
    const again = await runCli([...args, '--resume']);
    expect(again.code).toBe(1);
    expect(readFileSync(join(root, 'out.jsonl'), 'utf8').trim().split('\n')).toHaveLength(10);
  }, 120_000);

  it('refuses a --record-timeout or --worker-memory that is not a number, naming the flag', async () => {
    const a = await runCli(['analyze', 'x.jsonl', '--record-timeout', 'lama']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/--record-timeout must be a number of seconds/);
    const b = await runCli(['analyze', 'x.jsonl', '--worker-memory', '64']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--worker-memory must be a whole number of MB >= 128/);
  });
});
