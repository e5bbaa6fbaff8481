import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetMapBuilder, toRawOffset, toRawSpan } from '../../../src/doc/offset-map.js';
import { createPipeline } from '../../../src/pipeline/pipeline.js';
import { findMojibake, repairMojibake } from '../../../src/stages/clean/mojibake.js';
import { RepairedText } from '../../../src/stages/clean/repaired-text.js';

const clean = createPipeline({ stages: [{ name: 'clean' }] });
const asLatin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

/** The raw text behind a span of the cleaned text. */
function rawOf(doc: { raw: string; offsets: Parameters<typeof toRawSpan>[0] }, start: number, end: number): string {
  const r = toRawSpan(doc.offsets, start, end);
  return doc.raw.slice(r.start, r.end);
}

describe('clean stage: mojibake', () => {
  it('repairs the text, reports the repairs, and maps every repaired run to its raw characters', () => {
    const body = 'Penggemar serangga, BjÃ¶rn Hjaltason, menemukan 30â\u0080\u009350 nyamuk.\n\nLuas lahan 12.713 mÂ² di KIPP.';
    const doc = clean.run({ title: 'Nyamuk di Islandia, kata JosÃ©', body });
    expect(doc.text).toBe('Nyamuk di Islandia, kata José\n\nPenggemar serangga, Björn Hjaltason, menemukan 30–50 nyamuk.\n\nLuas lahan 12.713 m² di KIPP.');
    expect(doc.meta.title).toBe('Nyamuk di Islandia, kata José');
    expect(doc.sections[0]).toEqual({ name: 'title', start: 0, end: 'Nyamuk di Islandia, kata José'.length });
    const message = doc.messages.find((m) => m.code === 'mojibake-repaired');
    expect(message?.data).toEqual({ count: 4 });
    expect(message?.message).toContain('"Ã¶" → "ö"');
    expect(message?.message).toContain('"â\\u0080\\u0093" → "–"');

    const at = (w: string) => [doc.text.indexOf(w), doc.text.indexOf(w) + w.length] as const;
    expect(rawOf(doc, ...at('José'))).toBe('JosÃ©');
    expect(rawOf(doc, ...at('é'))).toBe('Ã©');
    expect(rawOf(doc, ...at('Björn'))).toBe('BjÃ¶rn');
    expect(rawOf(doc, ...at('ö'))).toBe('Ã¶');
    expect(rawOf(doc, ...at('30–50'))).toBe('30â\u0080\u009350');
    expect(rawOf(doc, ...at('–'))).toBe('â\u0080\u0093');
    expect(rawOf(doc, ...at('m²'))).toBe('mÂ²');
    // Around the repairs, plain text maps one to one.
    expect(rawOf(doc, ...at('Hjaltason'))).toBe('Hjaltason');
    expect(rawOf(doc, ...at('nyamuk.'))).toBe('nyamuk.');
    expect(rawOf(doc, ...at('KIPP'))).toBe('KIPP');
    expect(toRawOffset(doc.offsets, doc.text.indexOf('rn Hj'))).toBe(doc.raw.indexOf('rn Hj'));
  });

  it('reads the repaired text everywhere: bylines, repeated titles, whitespace and invisible characters', () => {
    const doc = clean.run({
      title: 'Harga Kopi di CafÃ©',
      body: 'Harga Kopi di CafÃ©\n\nHarga naik, kata voilÃ\u00a0 pemilik kafe.\n\nKataâ\u0081\u00a0kunci tetap.\n\nPenulis: JosÃ© Ramos',
    });
    expect(doc.text).toBe('Harga Kopi di Café\n\nHarga naik, kata voilà pemilik kafe.\n\nKatakunci tetap.');
    expect(doc.meta.author).toBe('José Ramos');
    expect(doc.messages.map((m) => m.code)).toEqual(['mojibake-repaired', 'title-repeated-removed', 'byline-extracted']);
    const i = doc.text.indexOf('voilà');
    expect(rawOf(doc, i, i + 5)).toBe('voilÃ\u00a0');
    const k = doc.text.indexOf('Katakunci');
    expect(rawOf(doc, k, k + 9)).toBe('Kataâ\u0081\u00a0kunci');
  });

  it('leaves an article without mojibake as it was, with no message', () => {
    const doc = clean.run({ title: 'Café São Paulo', body: 'Pelé dan Müller bermain di São Paulo — 2,5±1%, suhu 23°C.' });
    expect(doc.text).toBe('Café São Paulo\n\nPelé dan Müller bermain di São Paulo — 2,5±1%, suhu 23°C.');
    expect(doc.messages).toEqual([]);
    expect(doc.offsets.pieces.every((p) => p.rawLength === undefined)).toBe(true);
  });

  // Every word of the cleaned text comes from raw characters that repair to it.
  const piece = fc.constantFrom(
    'kata', 'Björn', 'Amélie', '30–50', '“Ya,”', 'm²', '🔥', 'قُلْ', 'Modrić', 'café', 'cafe\u0301', ' ', '  ', '\n', '\n\n',
    '\u00a0', '\u200b',
  );
  it('maps each word of the cleaned text back to raw text that repairs to it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.boolean()), { minLength: 1, maxLength: 14 }), (parts) => {
        const body = parts.map(([p, broken]) => (broken ? asLatin1(p) : p)).join('');
        const doc = clean.run({ body: `Judul\n\n${body}` });
        for (const m of doc.text.matchAll(/\S+/g)) {
          const raw = rawOf(doc, m.index, m.index + m[0].length);
          expect(repairMojibake(raw).replace(/[\u200b\u00a0\s]/g, '').normalize('NFC')).toBe(m[0]);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('RepairedText', () => {
  const raw = 'aÃ©bâ\u0080\u0094c';
  const repaired = new RepairedText(raw, findMojibake(raw));

  it('holds the repaired text and maps its offsets back', () => {
    expect(repaired.text).toBe('aéb—c');
    expect([0, 1, 2, 3, 4, 5].map((o) => repaired.toRaw(o))).toEqual([0, 1, 3, 4, 7, 8]);
    expect([1, 2, 3, 4, 5].map((o) => repaired.toRaw(o, 'end'))).toEqual([1, 3, 4, 7, 8]);
    expect(repaired.fromRaw(3)).toBe(2);
    expect(repaired.fromRaw(8)).toBe(5);
  });

  it('writes copies around the repairs and a replacement for each', () => {
    const builder = new OffsetMapBuilder();
    const out = repaired.writer(builder);
    out.append(repaired.text, 0);
    expect(out.text).toBe('aéb—c');
    expect(builder.build().pieces).toEqual([
      { clean: 0, raw: 0, length: 1 },
      { clean: 1, raw: 1, length: 1, rawLength: 2 },
      { clean: 2, raw: 3, length: 1 },
      { clean: 3, raw: 4, length: 1, rawLength: 3 },
      { clean: 4, raw: 7, length: 1 },
    ]);
  });
});
