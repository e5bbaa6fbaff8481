import type { Doc } from '../../doc/doc.js';
import { relatedStartOf, titleEndOf } from '../../doc/span.js';

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/**
 * Share of capitalised words (in a sentence of at least 5 words) from which it reads as a headline:
 * "Telegram Dapatkan 70 Pengguna Baru Setelah WhatsApp".
 */
const HEADLINE_SHARE = 0.6;

// ASCII first, the Unicode regex only for other letters: this runs on every token.
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(s);
}

function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(s);
}

/**
 * Per first code unit (its low 7 bits) and length (up to 63): 1 when a name candidate's lowercase
 * form has them. Cleared after each article.
 */
const shapes = new Uint8Array(128 * 64);

function shapeOf(word: string): number {
  return ((word.charCodeAt(0) & 127) << 6) | (word.length < 63 ? word.length : 63);
}

/** "Kediri" but not "KPK" or "kediri". */
function capitalised(s: string): boolean {
  return s.length > 1 && startsUpper(s) && startsLower(s.slice(1, 3));
}

/**
 * Flags, 1 at their index, of the word tokens that look like names: capitalised ("Kediri",
 * "Bekasi"), inside a sentence (not its first word, nor the first word after an opening quote,
 * bracket, colon or dash), outside the title and headline-like sentences, and never written in
 * lowercase anywhere in the article.
 * The stem stage leaves these unstemmed, so the town "Kediri" is not the word "diri" and "Bekasi"
 * is not "bekas"; a capitalised common word ("Pemerintah" when "pemerintah" also occurs) is still
 * stemmed.
 */
export function nameTokenFlags(doc: Pick<Doc, 'tokens' | 'sections'>): Uint8Array {
  const tokens = doc.tokens;
  const titleEnd = titleEndOf(doc);
  const relatedStart = relatedStartOf(doc);
  const sentences = tokens.length === 0 ? 0 : tokens[tokens.length - 1]!.sentence + 1;
  const words = new Uint32Array(sentences);
  const upper = new Uint32Array(sentences);
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    words[t.sentence]!++;
    if (startsUpper(t.text)) upper[t.sentence]!++;
  }
  // Candidates first, by their lowercase form: the few of them are then looked up for each
  // lowercase word, rather than every lowercase word collected.
  const names = new Uint8Array(tokens.length);
  const candidates = new Map<string, number[]>();
  const marked: number[] = [];
  let opensSomething = true;
  let sentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      opensSomething = true;
    }
    if (t.kind !== 'word') {
      // after “ ( : - the next word may be capitalised for its own sake; after "," it is a name
      opensSomething = opensSomething || (t.kind === 'punct' && t.text !== ',');
      continue;
    }
    const initial = opensSomething;
    opensSomething = false;
    if (initial || t.start < titleEnd || t.start >= relatedStart || !capitalised(t.text)) continue;
    const n = words[t.sentence] ?? 0;
    if (n >= 5 && (upper[t.sentence] ?? 0) / n >= HEADLINE_SHARE) continue;
    const lower = t.text.toLowerCase();
    const list = candidates.get(lower);
    if (list) list.push(i);
    else {
      candidates.set(lower, [i]);
      const shape = shapeOf(lower);
      if (shapes[shape] === 0) {
        shapes[shape] = 1;
        marked.push(shape);
      }
    }
    names[i] = 1;
  }
  if (candidates.size === 0) return names;
  // A candidate also written in lowercase is a common word ("Pemerintah" and "pemerintah"). Only
  // a word of a candidate's first letter and length is looked up.
  for (const t of tokens) {
    if (t.kind !== 'word' || shapes[shapeOf(t.text)] === 0 || !startsLower(t.text)) continue;
    const list = candidates.get(t.text);
    if (list === undefined) continue;
    for (const i of list) names[i] = 0;
    candidates.delete(t.text);
  }
  for (const shape of marked) shapes[shape] = 0;
  return names;
}

