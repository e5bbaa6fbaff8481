import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/create.js';
import type { Doc } from '../../../src/doc/doc.js';
import { runStages } from '../../../src/pipeline/runner.js';
import { buildStage } from '../../../src/pipeline/config.js';
import { segmentStage, paragraphBlocks, splitSentences, tokenize } from '../../../src/stages/segment/index.js';

function docOf(text: string, parts: Partial<Pick<Doc, 'paragraphs' | 'sections'>> = {}): Doc {
  const doc = createDoc({ body: text }, 'test');
  doc.layers.push('text');
  if (parts.paragraphs) doc.paragraphs = parts.paragraphs;
  if (parts.sections) doc.sections = parts.sections;
  return doc;
}

function checkInvariants(doc: Doc): void {
  let previousEnd = 0;
  doc.sentences.forEach((s) => {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    const text = doc.text.slice(s.start, s.end);
    expect(text.trim()).toBe(text);
    previousEnd = s.end;
  });
  let previousToken = 0;
  for (const t of doc.tokens) {
    expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(t.start).toBeGreaterThanOrEqual(previousToken);
    previousToken = t.end;
    const s = doc.sentences[t.sentence];
    expect(s).toBeDefined();
    expect(t.start).toBeGreaterThanOrEqual(s!.start);
    expect(t.end).toBeLessThanOrEqual(s!.end);
  }
}

describe('segment stage', () => {
  const stage = buildStage(segmentStage);

  it('declares its layers', () => {
    expect(stage.name).toBe('segment');
    expect(stage.requires).toEqual(['text']);
    expect(stage.provides).toEqual(['sentences', 'tokens']);
  });

  it('never crosses the title/body boundary, even without a blank line', () => {
    const text = 'Harga Naik Lagi\nPemerintah menaikkan harga. Warga mengeluh.';
    const doc = docOf(text, {
      sections: [
        { name: 'title', start: 0, end: 15 },
        { name: 'body', start: 16, end: text.length },
      ],
    });
    doc.text = 'Harga Naik Lagi pemerintah menaikkan harga. Warga mengeluh.';
    runStages(doc, [stage]);
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'Harga Naik Lagi',
      'pemerintah menaikkan harga.',
      'Warga mengeluh.',
    ]);
    checkInvariants(doc);
  });

  it('uses doc.paragraphs when present, and their indexes', () => {
    const text = 'Satu dua. Tiga empat Lima enam. Tujuh.';
    const doc = docOf(text, {
      paragraphs: [
        { start: 0, end: 20 },
        { start: 21, end: text.length },
      ],
    });
    runStages(doc, [stage]);
    expect(doc.sentences.map((s) => [doc.text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['Satu dua.', 0],
      ['Tiga empat', 0],
      ['Lima enam.', 1],
      ['Tujuh.', 1],
    ]);
    checkInvariants(doc);
  });

  it('treats blank lines as paragraph breaks when there are no paragraphs', () => {
    const doc = docOf('Judul\n\nParagraf satu. Kalimat dua.\n \nParagraf dua');
    runStages(doc, [stage]);
    expect(doc.sentences.map((s) => [doc.text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['Judul', 0],
      ['Paragraf satu.', 1],
      ['Kalimat dua.', 1],
      ['Paragraf dua', 2],
    ]);
    expect(paragraphBlocks(doc)).toHaveLength(3);
    checkInvariants(doc);
  });

  it('tokenises every sentence with its index', () => {
    const doc = docOf('CEO Telegram, Pavel Durov mengatakan. “Kami bangga,” ujar Durov.');
    runStages(doc, [stage]);
    expect(doc.layers).toContain('tokens');
    expect(doc.tokens.filter((t) => t.sentence === 1).map((t) => t.text)).toEqual([
      '“', 'Kami', 'bangga', ',', '”', 'ujar', 'Durov', '.',
    ]);
    checkInvariants(doc);
  });

  it('keeps its invariants on any text', () => {
    const pieces = fc.constantFrom(
      'Prof.', 'Dr.', 'kata', 'Budi', ' ', ' ', '\n', '\n\n', '.', '. ', '?', '!', '…', '“', '”', '"', ',', '1.500', 'Rp99',
      'anak-anak', 'detik.com', 'B.', 'dll.', 'Namun', 'ujar', "Jum'at", '\u200b', '😀', 'é',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const doc = docOf(parts.join(''));
        runStages(doc, [stage]);
        checkInvariants(doc);
        // every non-space character is inside some sentence and some token
        const covered = new Uint8Array(doc.text.length);
        for (const t of doc.tokens) covered.fill(1, t.start, t.end);
        for (let i = 0; i < doc.text.length; i++) {
          if (!/[\s\u200b]/.test(doc.text[i]!)) expect(covered[i], `char ${i} of ${JSON.stringify(doc.text)}`).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('exposes the pure helpers', () => {
    expect(splitSentences('A b. C d.')).toHaveLength(2);
    expect(tokenize('a b')).toHaveLength(2);
  });
});
