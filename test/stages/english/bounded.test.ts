import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline/pipeline.js';
import { loadCompromise, type Nlp } from '../../../src/stages/english/compromise.js';
import { englishPieces, MAX_ENGLISH_CHARS, PIECE_CHARS, readAmount, readEnglish } from '../../../src/stages/english/index.js';
import { checkSummary } from '../../helpers/invariants.js';

/** compromise itself, counting what it is given. */
function countingNlp(): { nlp: Nlp; calls: number[] } {
  const real = loadCompromise();
  const calls: number[] = [];
  const nlp: Nlp = (text) => {
    calls.push(text.length);
    return real(text);
  };
  return { nlp, calls };
}

describe('englishPieces', () => {
  it('keeps a paragraph that fits whole, and cuts a longer one after a sentence end', () => {
    const text = 'He paid. She left. They came back.';
    expect(englishPieces(text, 0, text.length, 100)).toEqual([[0, text.length]]);
    const pieces = englishPieces(text, 0, text.length, 20);
    expect(pieces.map(([a, b]) => text.slice(a, b))).toEqual(['He paid. She left.', 'They came back.']);
  });

  it('does not cut after "Mr." or an initial, and cuts a word longer than a piece without splitting a surrogate pair', () => {
    const text = 'Then Mr. Smith paid. John F. Kennedy met them there.';
    expect(englishPieces(text, 0, text.length, 30).map(([a, b]) => text.slice(a, b))[0]).toBe('Then Mr. Smith paid.');
    const mr = 'Then Mr. Smith and others came along.';
    // The space after "Smith", not the "sentence end" after "Mr.".
    expect(englishPieces(mr, 0, mr.length, 16).map(([a, b]) => mr.slice(a, b))[0]).toBe('Then Mr. Smith');
    const emoji = '🙂'.repeat(20); // 40 UTF-16 units, no space
    for (const [a, b] of englishPieces(emoji, 0, emoji.length, 7)) {
      expect(b - a).toBeLessThanOrEqual(7);
      expect(emoji.slice(a, b)).toBe([...emoji.slice(a, b)].join('')); // whole code points
      expect(emoji.charCodeAt(a) >= 0xdc00 && emoji.charCodeAt(a) <= 0xdfff).toBe(false);
    }
  });

  it('gives pieces of at most max characters, in order, leaving out only spaces at the cuts (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '.', ' ', '\n', '!', 'Mr.', '🙂', '"'), maxLength: 300 }), fc.integer({ min: 4, max: 50 }), (text, max) => {
        const pieces = englishPieces(text, 0, text.length, max);
        let at = 0;
        for (const [a, b] of pieces) {
          expect(b - a).toBeLessThanOrEqual(max);
          expect(b).toBeGreaterThan(a);
          expect(text.slice(at, a).trim()).toBe(''); // only spaces between pieces
          at = b;
        }
        expect(text.slice(at).trim()).toBe('');
      }),
      { numRuns: 300, seed: 16 },
    );
  });
});

describe('compromise is given bounded work (#16 rows 1 and 2)', () => {
  it.each([
    ['"Prof. Dr. H. " × 30,000 (390 KB)', 'Prof. Dr. H. '.repeat(30_000)],
    ['"a\\n" × 30,000 joined into one paragraph', 'a '.repeat(30_000)],
    ['"paid $1 and " × 600', 'paid $1 and '.repeat(600)],
  ])('%s: pieces of at most PIECE_CHARS, at most MAX_ENGLISH_CHARS in all', (_name, text) => {
    const { nlp, calls } = countingNlp();
    const { unread } = readEnglish(nlp, text, [{ start: 0, end: text.length }]);
    expect(Math.max(...calls)).toBeLessThanOrEqual(PIECE_CHARS);
    const read = calls.reduce((a, b) => a + b, 0);
    expect(read).toBeLessThanOrEqual(MAX_ENGLISH_CHARS);
    expect(unread).toBe(Math.max(0, text.length - MAX_ENGLISH_CHARS));
  });

  it('reads a normal English article whole, in one piece per paragraph', () => {
    const paragraphs = ['Telegram founder Pavel Durov said on Monday that the company would invest $99 million in Jakarta.', 'Microsoft welcomed the plan.'];
    const text = paragraphs.join('\n\n');
    const { nlp, calls } = countingNlp();
    const spans = [
      { start: 0, end: paragraphs[0]!.length },
      { start: paragraphs[0]!.length + 2, end: text.length },
    ];
    const { candidates, unread } = readEnglish(nlp, text, spans);
    expect(calls).toEqual(spans.map((s) => s.end - s.start));
    expect(unread).toBe(0);
    expect(candidates.find((c) => c.type === 'MONEY')).toMatchObject({ text: '$99 million', value: 99e6 });
  });

  it('the whole pipeline on row 1: a summary, English, with a message for what compromise did not read', () => {
    const s = checkSummary(analyze({ id: 'prof', body: 'Prof. Dr. H. '.repeat(30_000) }));
    expect(s.status).toBe('ok');
    expect(s.language.code).toBe('en');
    expect(s.messages.find((m) => m.code === 'article-truncated')).toMatchObject({ stage: 'english', data: { read: MAX_ENGLISH_CHARS } });
  });
});

describe('English amounts never carry NaN (#16 row 9)', () => {
  it('reads "1.000.000USD", which compromise gives as NaN', () => {
    const s = checkSummary(analyze({ body: 'The firm paid 1.000.000USD to its workers.' }));
    expect(s.status).toBe('ok');
    expect(s.entities.find((e) => e.type === 'MONEY')).toMatchObject({ text: '1.000.000USD', value: 1_000_000 });
  });

  it.each([
    ['1.000.000USD', 1_000_000],
    ['$1,000,000.50', 1_000_000.5],
    ['€1.000,50', 1000.5],
    ['2.5 dollars', 2.5],
    ['1,000', 1000],
    ['$7', 7],
    ['1.00.0', undefined],
    ['1,0,0.5', undefined],
    ['USD', undefined],
  ])('readAmount(%j) = %j', (span, value) => {
    expect(readAmount(span)).toBe(value);
  });

  it('leaves out a value beyond 2^53, with a message', () => {
    const s = checkSummary(analyze({ body: 'The firm paid $99999999999999999999999 to its workers in London today.' }));
    const money = s.entities.find((e) => e.type === 'MONEY');
    expect(money?.value).toBeUndefined();
    expect(s.messages.some((m) => m.code === 'amount-out-of-range' && m.stage === 'english')).toBe(true);
  });
});
