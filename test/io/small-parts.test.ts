import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpointPath, readCheckpoint, writeCheckpoint, type Checkpoint } from '../../src/batch/checkpoint.js';
import { progressLine } from '../../src/batch/progress.js';
import { inShard, parseShard } from '../../src/batch/shard.js';
import { mappingProblem, rowToArticle } from '../../src/io/csv-reader.js';
import { decodeText } from '../../src/io/decode.js';
import { parseFieldMap } from '../../src/io/field-map.js';
import { formatOf, stemOf } from '../../src/io/format.js';
import { decodeHtml } from '../../src/io/charset.js';
import { splitTitle } from '../../src/io/text-reader.js';

describe('formats and names', () => {
  it('knows formats by extension, through .gz', () => {
    expect(['a.jsonl', 'a.ndjson', 'a.jsonl.gz', 'b.CSV', 'c.tsv.gz', 'd.txt', 'e.htm', 'f.html.gz', 'g.warc.gz', 'h.warc'].map(formatOf)).toEqual([
      'jsonl', 'jsonl', 'jsonl', 'csv', 'tsv', 'txt', 'html', 'html', 'warc', 'warc',
    ]);
    expect(formatOf('notes.md')).toBeUndefined();
    expect(formatOf('x.gz')).toBeUndefined();
    expect(stemOf('dir/berita-1.txt.gz')).toBe('berita-1');
    expect(stemOf('-')).toBe('stdin');
  });
});

describe('splitTitle', () => {
  it('takes the first non-empty line as the title', () => {
    expect(splitTitle('\n\n  Judul Berita \n\nIsi pertama.\nIsi kedua.')).toEqual({ title: 'Judul Berita', body: 'Isi pertama.\nIsi kedua.' });
    expect(splitTitle('Hanya satu baris')).toEqual({ title: null, body: 'Hanya satu baris' });
    expect(splitTitle(' \n ')).toEqual({ title: null, body: '' });
  });
});

describe('decodeText and decodeHtml', () => {
  it('rejects invalid UTF-8 and NUL bytes, drops a BOM', () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ ok: true, text: 'A' });
    expect(decodeText(Buffer.from([0x41, 0xff]))).toEqual({ ok: false, reason: 'invalid UTF-8' });
    expect(decodeText(Buffer.from([0x41, 0x00]))).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
  });
  it('decodes HTML by header charset, then meta charset, else UTF-8', () => {
    const latin = Buffer.from('<p>caf\xe9</p>', 'latin1');
    expect(decodeHtml(latin, 'text/html; charset=ISO-8859-1')).toBe('<p>café</p>');
    expect(decodeHtml(Buffer.concat([Buffer.from('<meta charset="windows-1252">'), latin]))).toContain('café');
    expect(decodeHtml(Buffer.from('<p>kopi ☕</p>'))).toBe('<p>kopi ☕</p>');
  });
});

describe('field map and CSV rows', () => {
  it('parses --map and rejects unknown fields', () => {
    expect(parseFieldMap('title=judul, body=isi_berita,id=id')).toEqual({ title: 'judul', body: 'isi_berita', id: 'id' });
    expect(() => parseFieldMap('judul=title')).toThrow(/field one of/);
    expect(() => parseFieldMap('body=')).toThrow(/field=column/);
  });
  it('builds articles from mapped and same-named columns', () => {
    expect(rowToArticle({ judul: 'J', isi: 'B', url: 'u', extra: 'x', id: '' }, { title: 'judul', body: 'isi' })).toEqual({ title: 'J', body: 'B', url: 'u' });
    expect(mappingProblem(['judul', 'isi'], { title: 'judul', body: 'isi' })).toBeUndefined();
    expect(mappingProblem(['judul', 'isi'], {})).toMatch(/no "body" or "text" column/);
    expect(mappingProblem(['judul'], { body: 'isi' })).toMatch(/no column "isi"/);
  });
});

describe('shards', () => {
  it('parses i/n and deals records round-robin', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(/a shard is i\/n/);
    const owners = Array.from({ length: 9 }, (_, i) => [1, 2, 3].filter((k) => inShard(i, { index: k, count: 3 })));
    expect(owners).toEqual([[1], [2], [3], [1], [2], [3], [1], [2], [3]]);
    expect(inShard(5, undefined)).toBe(true);
  });
});

describe('checkpoint', () => {
  it('is written atomically and read back; a foreign file is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-cp-'));
    const path = checkpointPath(join(dir, 'out.jsonl'));
    expect(await readCheckpoint(path)).toBeNull();
    const cp: Checkpoint = { version: 1, fingerprint: 'f', done: 10, extra: [12], outputBytes: 100, errorsBytes: null, counts: { ok: 9, partial: 0, error: 2 }, complete: false };
    await writeCheckpoint(path, cp);
    expect(await readCheckpoint(path)).toEqual(cp);
    expect(readdirSync(dir)).toEqual(['out.jsonl.checkpoint.json']);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(cp);
    await writeCheckpoint(path, { ...cp, version: 2 } as unknown as Checkpoint);
    await expect(readCheckpoint(path)).rejects.toThrow(/not a warta checkpoint/);
  });
});

describe('progressLine', () => {
  it('shows done, errors, rate, and share and ETA when the total is known', () => {
    expect(progressLine({ done: 12000, errors: 3, bytesRead: 40, totalBytes: 100, read: 12000 }, 10)).toBe('12,000 articles, 3 errors, 1,200/s, 40% of input, ETA 15s');
    // half of what was read is still in flight: 20% done, not 40%
    expect(progressLine({ done: 6000, errors: 0, bytesRead: 40, totalBytes: 100, read: 12000 }, 10)).toBe('6,000 articles, 0 errors, 600/s, 20% of input, ETA 40s');
    expect(progressLine({ done: 10, errors: 0, bytesRead: 5, totalBytes: undefined, read: 10 }, 2)).toBe('10 articles, 0 errors, 5/s');
  });
});
