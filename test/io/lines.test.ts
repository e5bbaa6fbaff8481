import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines, type Line } from '../../src/io/lines.js';

async function* chunked(data: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let from = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    if (c <= from || c >= data.length) continue;
    yield data.subarray(from, c);
    from = c;
  }
  if (from < data.length) yield data.subarray(from);
}

async function collect(data: Buffer, cuts: number[], max = 1 << 20, skipBlank = false): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of splitLines(chunked(data, cuts), max, { skipBlank })) out.push(l);
  return out;
}

describe('splitLines', () => {
  it('splits on \\n and \\r\\n, numbers lines from 1 and gives byte offsets', async () => {
    const data = Buffer.from('satu\r\ndua\n\nempat');
    const lines = await collect(data, [2, 7]);
    expect(lines.map((l) => [l.line, l.offset, l.bytes.toString()])).toEqual([
      [1, 0, 'satu'],
      [2, 6, 'dua'],
      [3, 10, ''],
      [4, 11, 'empat'],
    ]);
  });

  it('gives the same lines however the stream is chunked (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.stringMatching(/^[a-z \u00e9\u4e2d]{0,12}$/), { maxLength: 12 }), fc.array(fc.nat(200)), async (parts, cuts) => {
        const text = parts.join('\n');
        const lines = await collect(Buffer.from(text), cuts);
        const expected = text === '' ? [] : text.split('\n');
        if (expected.at(-1) === '') expected.pop();
        expect(lines.map((l) => l.bytes.toString())).toEqual(expected);
        for (const l of lines) expect(Buffer.from(text).subarray(l.offset, l.offset + l.bytes.length).toString()).toBe(l.bytes.toString());
      }),
    );
  });

  it('skips an over-long line without buffering it, and goes on with the next', async () => {
    const data = Buffer.from(`kecil\n${'x'.repeat(100)}\nlagi\n${'y'.repeat(30)}`);
    const lines = await collect(data, [3, 20, 50, 90], 25);
    expect(lines.map((l) => [l.line, l.tooLong, l.bytes.toString()])).toEqual([
      [1, false, 'kecil'],
      [2, true, ''],
      [3, false, 'lagi'],
      [4, true, ''],
    ]);
  });

  it('with skipBlank, gives the same lines as without, less the blank ones, however chunked (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('', '', '\r', 'ab', 'x y', '\u00e9', '  '), { maxLength: 40 }), fc.array(fc.nat(120)), fc.boolean(), async (parts, cuts, crlf) => {
        const data = Buffer.from(parts.join(crlf ? '\r\n' : '\n'));
        const all = await collect(data, [], 1 << 20);
        const skipped = await collect(data, cuts, 1 << 20, true);
        expect(skipped).toEqual(all.filter((l) => l.bytes.length > 0));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('skips 20 MB of blank lines (one chunk or many) and numbers the line after them (#16 row 5)', async () => {
    const data = Buffer.concat([Buffer.from('awal\n'), Buffer.alloc(20_000_000, 0x0a), Buffer.from('\r\n\r\nakhir\n')]);
    for (const cuts of [[], [7, 5000, 1_000_001, 19_999_999]]) {
      const lines = await collect(data, cuts, 1 << 20, true);
      expect(lines.map((l) => [l.line, l.offset, l.bytes.toString()])).toEqual([
        [1, 0, 'awal'],
        [20_000_004, 20_000_009, 'akhir'],
      ]);
    }
  });
});
