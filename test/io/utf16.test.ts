import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode.js';
import { looksLikeUtf16, utf8Chunks } from '../../src/io/utf16.js';

async function* chunked(data: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let from = 0;
  for (const c of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (c <= from || c >= data.length) continue;
    yield data.subarray(from, c);
    from = c;
  }
  if (from < data.length) yield data.subarray(from);
}

async function utf8Of(data: Buffer, cuts: number[] = []): Promise<string> {
  const out: Buffer[] = [];
  for await (const c of utf8Chunks(chunked(data, cuts))) out.push(c);
  return Buffer.concat(out).toString('utf8');
}

const le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);

describe('UTF-16 with a byte-order mark (#16 row 6)', () => {
  it('re-encodes a UTF-16LE or BE stream as UTF-8, however it is chunked (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.nat(130)), async (text, cuts) => {
        expect(await utf8Of(le(text), cuts)).toBe(text);
        expect(await utf8Of(be(text), cuts)).toBe(text);
      }),
      { numRuns: 200, seed: 16 },
    );
  });

  it('passes UTF-8 (and a lone first byte) through untouched', async () => {
    expect(await utf8Of(Buffer.from('{"body":"Harga naik"}\n'), [1, 2])).toBe('{"body":"Harga naik"}\n');
    expect(await utf8Of(Buffer.from('x'))).toBe('x');
    expect(await utf8Of(Buffer.alloc(0))).toBe('');
  });

  it('throws at a lone surrogate, after what came before it', async () => {
    const bad = Buffer.concat([le('baik\n'), Buffer.from([0x00, 0xd8]), Buffer.from('x\n', 'utf16le')]);
    const got: Buffer[] = [];
    await expect(
      (async () => {
        for await (const c of utf8Chunks(chunked(bad, [12]))) got.push(c);
      })(),
    ).rejects.toThrow(/invalid UTF-16/);
    expect(Buffer.concat(got).toString()).toBe('baik\n');
  });

  it('decodeText reads a whole UTF-16 file, and names UTF-16 without a byte-order mark', () => {
    expect(decodeText(le('Judul\n\nIsi berita.'))).toEqual({ ok: true, text: 'Judul\n\nIsi berita.' });
    expect(decodeText(be('Isi'))).toEqual({ ok: true, text: 'Isi' });
    const bare = Buffer.from('{"id":"u16","body":"Harga beras naik."}', 'utf16le');
    expect(looksLikeUtf16(bare)).toBe(true);
    expect(decodeText(bare)).toEqual({ ok: false, reason: expect.stringMatching(/UTF-16 without a byte-order mark/) });
    expect(decodeText(Buffer.from([0x00, 0x01, 0xff, 0x9c, 0x00, 0x42]))).toEqual({ ok: false, reason: expect.stringMatching(/binary data/) });
  });
});
