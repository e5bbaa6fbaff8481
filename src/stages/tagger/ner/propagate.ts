import type { Token } from '../../../doc/doc.js';
import type { NerType } from './labels.js';

/** A span found by the tagger, in token indexes of the Doc, with its score. */
export interface FoundSpan {
  type: NerType;
  start: number;
  end: number;
  score: number;
}

/** Rule id of the candidates added by {@link propagateSpans}. */
export const PROPAGATE_SOURCE = 'model/propagate';

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/**
 * Document-level consistency: a name the tagger found once is a name elsewhere in the same article.
 * Adds spans for untagged repeats of a found PERSON/ORG/LOC text ("Badan Pusat Statistik" … "Badan
 * Pusat Statistik") and for capitalised single tokens of a found multi-token PERSON ("Pavel Durov" …
 * "Durov"). Only tokens outside every found span are used; `isCommon` keeps ordinary words out
 * ("Presiden Joko Widodo" must not make "Presiden" a name).
 */
export function propagateSpans(tokens: readonly Token[], found: readonly FoundSpan[], isCommon: (lower: string) => boolean): FoundSpan[] {
  const covered = new Uint8Array(tokens.length);
  for (const f of found) covered.fill(1, f.start, f.end);
  const phrases = new Map<string, { type: NerType; score: number; length: number }>();
  const parts = new Map<string, number>();
  const firsts = new Set<string>();
  let maxLen = 0;
  for (const f of found) {
    const texts = tokens.slice(f.start, f.end).map((t) => t.text);
    const key = texts.join(' ');
    if (!CAPITALISED.test(texts[0] ?? '') && !/^\p{Lu}{2,}/u.test(texts[0] ?? '')) continue;
    if (!phrases.has(key)) phrases.set(key, { type: f.type, score: f.score, length: texts.length });
    firsts.add(texts[0] ?? '');
    maxLen = Math.max(maxLen, texts.length);
    if (f.type === 'PERSON' && texts.length > 1) {
      for (const t of texts) {
        if (t.length >= 3 && CAPITALISED.test(t) && !isCommon(t.toLowerCase())) parts.set(t, Math.max(parts.get(t) ?? 0, f.score));
      }
    }
  }
  const out: FoundSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const text = tokens[i]?.text ?? '';
    if (covered[i] === 1 || (!firsts.has(text) && !parts.has(text))) {
      i++;
      continue;
    }
    let matched: FoundSpan | null = null;
    for (let len = Math.min(maxLen, tokens.length - i); len >= 1 && matched === null; len--) {
      if (covered.subarray(i, i + len).some((c) => c === 1)) continue;
      const toks = tokens.slice(i, i + len);
      if (toks.some((t) => t.sentence !== toks[0]?.sentence)) continue;
      const hit = phrases.get(toks.map((t) => t.text).join(' '));
      if (hit) matched = { type: hit.type, start: i, end: i + len, score: hit.score };
    }
    if (matched === null) {
      const s = parts.get(text);
      // A lone surname followed by a capitalised word may be part of another name: "Durov Brothers".
      const next = tokens[i + 1]?.text ?? '';
      if (s !== undefined && !CAPITALISED.test(next)) matched = { type: 'PERSON', start: i, end: i + 1, score: s };
    }
    if (matched !== null) {
      out.push(matched);
      i = matched.end;
    } else i++;
  }
  return out;
}
