import { createDoc } from '../../../../src/doc/create.js';
import type { Doc, Token } from '../../../../src/doc/doc.js';
import { ArticleInputSchema } from '../../../../src/schema/input.js';

/**
 * A Doc with hand-made sentences and tokens (what the segment stage would produce): sentences are
 * split after ". " and tokens are words, numbers or single punctuation marks.
 */
export function docOf(text: string): Doc {
  const doc = createDoc(ArticleInputSchema.parse({ text }), 'test');
  const tokens: Token[] = [];
  let sentence = 0;
  let sentenceStart = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*|\S/gu)) {
    const t = m[0];
    const start = m.index;
    const kind = /^\p{N}+$/u.test(t) ? 'number' : /^[\p{L}\p{N}]/u.test(t) ? 'word' : 'punct';
    tokens.push({ start, end: start + t.length, text: t, kind, sentence });
    if (t === '.') {
      doc.sentences.push({ start: sentenceStart, end: start + 1, paragraph: 0 });
      sentence++;
      sentenceStart = start + 2;
    }
  }
  if (sentenceStart < text.length) doc.sentences.push({ start: sentenceStart, end: text.length, paragraph: 0 });
  doc.tokens = tokens;
  return doc;
}
