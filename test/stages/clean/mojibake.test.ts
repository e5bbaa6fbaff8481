import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRepairs, findMojibake, repairMojibake } from '../../../src/stages/clean/mojibake.js';

// Windows-1252's characters for 0x80-0x9F (the five it leaves undefined stay C1 controls).
const CP1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x2c6,
  0x89: 0x2030, 0x8a: 0x160, 0x8b: 0x2039, 0x8c: 0x152, 0x8e: 0x17d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x2dc, 0x99: 0x2122, 0x9a: 0x161, 0x9b: 0x203a,
  0x9c: 0x153, 0x9e: 0x17e, 0x9f: 0x178,
};
const CP1252_BYTE = new Map(Object.entries(CP1252).map(([b, c]) => [c, Number(b)]));
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Whether some characters of a text, taken as Windows-1252 bytes, are a whole UTF-8 sequence of
 * three bytes or more of another character ("é—•" are the bytes of "闕"): the text itself then
 * reads as that character mis-decoded, and read once or twice it cannot be told from that character
 * read twice or three times, so no repair can bring back both. (Two bytes make a Greek, Cyrillic,
 * Hebrew or Arabic letter here, which the repair does not take from a second pass: see below.)
 */
function readsAsUtf8(s: string): boolean {
  const bytes = [...s].map((ch) => {
    const c = ch.codePointAt(0)!;
    return c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : (CP1252_BYTE.get(c) ?? -1);
  });
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const n = b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) continue;
    const seq = bytes.slice(i, i + n);
    if (!seq.slice(1).every((x) => x >= 0x80 && x <= 0xbf)) continue;
    try {
      STRICT_UTF8.decode(Uint8Array.from(seq));
      return true;
    } catch {
      // not UTF-8 (an overlong form or a surrogate)
    }
  }
  return false;
}

/** UTF-8 read as Latin-1 (C1 controls kept), as many scrapers do. */
const asLatin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
/** UTF-8 read as Windows-1252. */
const asCp1252 = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => String.fromCharCode(CP1252[b] ?? b)).join('');

describe('mojibake repair', () => {
  it.each([
    ['JÃ³hann ViÃ°ar Ã\u008dvarsson', 'Jóhann Viðar Ívarsson'],
    ['AsociaciÃ³n', 'Asociación'],
    ['2,5Â±1%', '2,5±1%'],
    ['suhu 23Â°C', 'suhu 23°C'],
    ['seluas 12.713 mÂ² di KIPP', 'seluas 12.713 m² di KIPP'],
    ['3.320Ã\u00971.490Ã\u00971.640 mm', '3.320×1.490×1.640 mm'],
    ['sektor informalâ\u0080\u0094kelompok', 'sektor informal—kelompok'],
    ['sekitar 30â\u0080\u009350 jenis', 'sekitar 30–50 jenis'],
    ['â€œkutipanâ€\u009d', '“kutipan”'],
    ['skorâ\u0089¤60', 'skor≤60'],
    ['mahar â\u0082¬63,5 juta', 'mahar €63,5 juta'],
    ['ðŸ”¥ Panas', '🔥 Panas'],
    ['Ratu Marie-AmÃ©lie', 'Ratu Marie-Amélie'],
    ['GaudÃ\u00ad', 'Gaudí'],
    ['ModriÄ‡ dan SzczÄ™sny', 'Modrić dan Szczęsny'],
    ['oráº¡ng', 'orạng'],
    ['Ù\u0082Ù\u008fÙ\u0084Ù\u0092 Ù\u0087Ù\u008fÙ\u0088Ù\u008e', 'قُلْ هُوَ'],
    ['Ù‚Ù„ Ù‡Ùˆ', 'قل هو'],
    ['ä¸­æ–‡', '中文'],
    ['ï»¿Judul', '\ufeffJudul'],
    // encoded twice
    ['AmÃƒÂ©lie', 'Amélie'],
    ['informalÃ¢â‚¬â€\u009dkelompok', 'informal—kelompok'],
  ])('repairs %j', (broken, meant) => {
    expect(repairMojibake(broken)).toBe(meant);
  });

  it.each([
    'Harga beras naik 10 persen di Jakarta.',
    'Café São Paulo, Pelé, Müller, Straße, naïve, Ñandú',
    'SÃO PAULO — “CAFÉ”, JOSÉ…, café…”, NESCAFÉ®, “PELÉ’S”',
    'ESPAÑ…, IRMÃ”, SCHRÄ”, Straße…, 3×½, Ö’',
    'suhu 23°C, 2,5±1%, 12.713 m², €63,5 juta, ™, ½',
    'Nguyễn Phú Trọng, Łódź, Ștefan, Δ, μg, Москва, 中文, قُلْ هُوَ, 🔥',
    'Ã', 'Â ', 'ÂÃ', 'â', 'ð',
  ])('leaves %j as it is', (text) => {
    expect(findMojibake(text)).toEqual([]);
    expect(repairMojibake(text)).toBe(text);
  });

  it('reports each run with the raw offsets it came from', () => {
    const raw = 'Ratu Marie-AmÃ©lie dan BjÃ¶rn, 30â\u0080\u009350';
    const repairs = findMojibake(raw);
    expect(repairs.map((r) => [raw.slice(r.start, r.end), r.text])).toEqual([
      ['Ã©', 'é'],
      ['Ã¶', 'ö'],
      ['â\u0080\u0093', '–'],
    ]);
    expect(applyRepairs(raw, repairs)).toBe('Ratu Marie-Amélie dan Björn, 30–50');
  });

  it('covers all the input of a character encoded twice with one run', () => {
    const raw = 'xÃƒÂ©y';
    expect(findMojibake(raw)).toEqual([{ start: 1, end: 5, text: 'é' }]);
  });

  // Characters the repair must bring back from either mis-decoding: Latin, Greek, Cyrillic,
  // Arabic, symbols, emoji, and CJK in words of two or more. (No ASCII capital: a capital, an
  // accented capital and a punctuation mark at the end of a word are left as they are, see
  // "ESPAÑ…" above.)
  const LATIN_AND_SYMBOLS = [
    'a', 'z', ' ', '1', '.', 'é', 'Í', 'ñ', 'ß', 'ø', 'ü', '×', '°', '±', '²', '©', 'ć', 'ę', 'ł', 'ś', 'ș', 'ạ', 'ễ',
    '—', '–', '“', '”', '’', '…', '•', '€', '™', '≤', '●', '\u2060', '🔥', '😀', '中文', '新闻报道', 'ニュース', '한국어',
  ];
  const text = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((parts) => parts.join(''));

  it('repairs any such text read as Latin-1 or as Windows-1252', () => {
    fc.assert(
      fc.property(text([...LATIN_AND_SYMBOLS, 'Ω', 'μ', 'д', 'Я', 'ا', 'ل', 'ـ', 'ש']), (s) => {
        fc.pre(!readsAsUtf8(s));
        expect(repairMojibake(asLatin1(s))).toBe(s);
        expect(repairMojibake(asCp1252(s))).toBe(s);
      }),
      { numRuns: 1500 },
    );
  });

  // Twice, a Greek, Cyrillic, Hebrew or Arabic letter looks like two correct characters ("×’"
  // could be "ג"), so only Latin letters and longer sequences are taken from a second pass.
  it('leaves out of those properties only texts that are themselves a character mis-decoded', () => {
    expect(readsAsUtf8('é—•é”±')).toBe(true);
    expect(repairMojibake(asCp1252(asCp1252('é—•é”±')))).toBe('闕锱');
    expect(readsAsUtf8('é—')).toBe(false);
    expect(readsAsUtf8('Café São Paulo — “PELÉ’S” ±1, 3×—')).toBe(false);
  });

  it('repairs Latin text and symbols read as Windows-1252 twice', () => {
    fc.assert(
      fc.property(text(LATIN_AND_SYMBOLS), (s) => {
        fc.pre(!readsAsUtf8(s));
        expect(repairMojibake(asCp1252(asCp1252(s)))).toBe(s);
        expect(repairMojibake(asLatin1(asCp1252(s)))).toBe(s);
      }),
      { numRuns: 1500 },
    );
  });

  it('never touches text without a character from Latin-1 "Â" to "ô"', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        fc.pre(!/[\u00c2-\u00f4]/.test(s));
        expect(repairMojibake(s)).toBe(s);
      }),
      { numRuns: 1500 },
    );
  });
});
