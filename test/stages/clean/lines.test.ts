import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetMapBuilder } from '../../../src/doc/offset-map.js';
import { appendLine, appendOtherLine, displayLine, key, keyIs, lineShape, mayMatchKey } from '../../../src/stages/clean/lines.js';

const PIECES = [
  'kata', 'Durov', 'café', 'cafe\u0301', '“Ya,”', '—', '…', '1.500', ' ', ' ', '  ', '\t', '\u00a0', '\u3000', '\u2003',
  '\u200b', '\u00ad', '\ufeff', 'ﬁ', 'Å', '\u212b', 'x\u0327',
];

function cleaned(raw: string, full: boolean): { text: string; pieces: unknown } {
  const out = new OffsetMapBuilder();
  const line = { start: 0, end: raw.length, text: raw };
  if (full) appendOtherLine(out, raw, line);
  else appendLine(out, raw, line, lineShape(raw, 0, raw.length));
  return { text: out.text, pieces: out.build().pieces };
}

describe('clean lines', () => {
  it('append a plain line as the run-by-run path does: same text, same offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        const raw = parts.join('');
        expect(cleaned(raw, false)).toEqual(cleaned(raw, true));
        expect(displayLine(raw, lineShape(raw, 0, raw.length))).toBe(displayLine(raw, 'other'));
      }),
      { numRuns: 3000 },
    );
  });

  it('tell a part of a line its shape as reading it character by character does', () => {
    // (The reference: every character read; lineShape reads a run of ASCII words by an expression first.)
    const isSpace = (ch: string) => /\s/.test(ch);
    const byCharacter = (raw: string, start: number, end: number) => {
      let shape = 'display';
      let prevSpace = true;
      for (const ch of raw.slice(start, end)) {
        if (lineShape(`a${ch}`, 1, 2) === 'other') return 'other';
        if (isSpace(ch) && (prevSpace || ch !== ' ')) shape = 'plain';
        prevSpace = isSpace(ch);
      }
      return prevSpace && end > start ? 'plain' : shape;
    };
    const piece = fc.constantFrom('kata', 'Durov,', '“Ya,”', 'café', ' ', '  ', '\t', '\u00a0', '\u200b', '1.500', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.nat(40), fc.nat(40), (parts, a, b) => {
        const raw = parts.join('');
        const start = Math.min(a, b, raw.length);
        const end = Math.min(Math.max(a, b), raw.length);
        expect(lineShape(raw, start, end)).toBe(byCharacter(raw, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('take a line for plain only where NFC cannot change its words', () => {
    // whitespace only separates the words: it is never copied
    const plain: string[] = [];
    for (let c = 0; c < 0x2100; c++) {
      const ch = String.fromCharCode(c);
      if (lineShape(`a${ch}`, 0, 2) !== 'other' && !/\s/.test(ch)) plain.push(ch);
    }
    expect(plain.length).toBeGreaterThan(800);
    const changed: string[] = [];
    for (const a of plain) for (const b of plain) if ((a + b).normalize('NFC') !== a + b) changed.push(a + b);
    expect(changed).toEqual([]);
  });

  it('only rule out a repeated title whose key cannot match', () => {
    const word = fc.constantFrom('Harga', 'beras', 'naik', '10', 'Persen', '-', ':', ' ', '  ', 'é');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 10 }), fc.array(word, { maxLength: 10 }), (a, b) => {
        const line = a.join('');
        const titleKey = key(b.join(''));
        if (key(line) === titleKey) expect(mayMatchKey(line, titleKey)).toBe(true);
        expect(mayMatchKey(line, key(line))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells whether a line has a key as making the key does', () => {
    // (A mark after an ASCII letter composes with it: "e\u0301" is "é" in the key.)
    const word = fc.constantFrom('Harga', 'beras', 'NAIK', '10', '-', ': ', ' ', '  ', 'é', 'e\u0301', '\u0301', 'İ', '“', '”', '—', '…', 'x');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.array(word, { maxLength: 8 }), (a, b) => {
        const line = a.join('');
        for (const k of [key(b.join('')), key(line)]) if (k) expect(keyIs(line, k)).toBe(key(line) === k);
      }),
      { numRuns: 3000 },
    );
  });
});
