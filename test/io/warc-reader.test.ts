import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/batch/limits.js';
import type { InputRecord } from '../../src/io/record.js';
import { readWarc } from '../../src/io/warc-reader.js';
import { writeWarc } from './warc-fixture.js';

const page = (title: string, para: string) =>
  `<html><head><title>${title}</title><meta property="og:title" content="${title}"></head><body><article><h1>${title}</h1><p>${para}</p><p>${para}</p></article></body></html>`;

async function collect(path: string, limits = DEFAULT_LIMITS): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const r of readWarc({ path, format: 'warc' }, { limits })) out.push(r);
  return out;
}

describe('readWarc', () => {
  it('takes the 2xx text/html responses of a .warc.gz, with file, record id and offset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-warc-'));
    const file = join(dir, 'crawl.warc.gz');
    const ids = await writeWarc(file, [
      { url: 'https://berita.example/a', type: 'request', body: '' },
      { url: 'https://berita.example/a', body: page('Harga Cabai Turun', 'JAKARTA - Harga cabai rawit turun menjadi Rp 40.000 per kilogram di pasar induk.') },
      { url: 'https://berita.example/logo.png', contentType: 'image/png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
      { url: 'https://berita.example/hilang', status: 404, body: page('Tidak ditemukan', 'Halaman tidak ada.') },
      { url: 'https://berita.example/b', contentType: 'text/html; charset=windows-1252', body: Buffer.from(page('Caf\xe9 Baru di Bandung', 'BANDUNG - Sebuah caf\xe9 baru dibuka di Jalan Braga, menarik ratusan pengunjung.'), 'latin1') },
    ]);
    const records = await collect(file);
    expect(records).toHaveLength(2);
    const [a, b] = records as [InputRecord, InputRecord];
    expect(a.source).toMatchObject({ file, record: ids[1] });
    expect(a.source.offset).toBeGreaterThan(0);
    expect(b.source.offset).toBeGreaterThan(a.source.offset!);
    expect(a.payload).toMatchObject({ kind: 'html', url: 'https://berita.example/a' });
    expect(a.payload.kind === 'html' && a.payload.html).toContain('Harga cabai rawit');
    // windows-1252 decoded by its declared charset
    expect(b.payload.kind === 'html' && b.payload.html).toContain('café baru');
    // The offset points at the record in the decompressed WARC.
    const text = gunzipSync(readFileSync(file)).toString('latin1');
    expect(text.slice(a.source.offset!, a.source.offset! + 9)).toBe('WARC/1.1\r');
    expect(text.slice(a.source.offset!, a.source.offset! + 400)).toContain(ids[1]!);
  });

  it('reads an uncompressed .warc too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-warc-'));
    const file = join(dir, 'crawl.warc');
    await writeWarc(file, [{ url: 'https://x.example/', body: page('Satu', 'Isi berita.') }], false);
    expect((await collect(file)).map((r) => r.payload.kind)).toEqual(['html']);
  });

  it('gives an error record for a page over the size limit and for a truncated file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-warc-'));
    const file = join(dir, 'big.warc.gz');
    await writeWarc(file, [
      { url: 'https://x.example/big', body: page('Besar', 'kata '.repeat(5000)) },
      { url: 'https://x.example/small', body: page('Kecil', 'Isi kecil.') },
    ]);
    const records = await collect(file, { ...DEFAULT_LIMITS, maxArticleBytes: 1000 });
    expect(records.map((r) => r.payload.kind)).toEqual(['error', 'html']);
    expect(records[0]!.payload).toMatchObject({ code: 'article-too-large' });

    // Truncated at several points, gzipped or not: whole records first, then one error record.
    for (const gzip of [true, false]) {
      const name = join(dir, `cut-src.warc${gzip ? '.gz' : ''}`);
      await writeWarc(name, [
        { url: 'https://x.example/1', body: page('Satu', 'kata '.repeat(400)) },
        { url: 'https://x.example/2', body: page('Dua', 'kata '.repeat(400)) },
      ], gzip);
      const whole = readFileSync(name);
      for (const fraction of [0.3, 0.6, 0.9]) {
        const cut = join(dir, `cut-${fraction}.warc${gzip ? '.gz' : ''}`);
        writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * fraction)));
        const partial = await collect(cut);
        const kinds = partial.map((r) => r.payload.kind);
        expect(kinds.at(-1), `${cut}`).toBe('error');
        expect(kinds.filter((k) => k === 'error'), `${cut}`).toHaveLength(1);
        expect(partial.at(-1)!.payload).toMatchObject({ code: 'input-unreadable', message: expect.stringMatching(/truncated/) });
      }
    }
  });
});
