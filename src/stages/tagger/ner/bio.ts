import { NER_LABELS, NER_TYPES, type NerType } from './labels.js';

/** A typed run of tokens `[start, end)` (token indexes). */
export interface TokenSpan {
  type: NerType;
  start: number;
  end: number;
}

/**
 * Turns BIO labels ("B-PERSON", "I-PERSON", "O", …) into token spans. Lenient like conlleval: an
 * `I-X` that does not continue an `X` span starts a new one, so a bad sequence still yields spans.
 */
export function bioToSpans(labels: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  labels.forEach((label, i) => {
    const dash = label.indexOf('-');
    const tag = dash < 0 ? label : label.slice(0, dash);
    const type = (dash < 0 ? '' : label.slice(dash + 1)) as NerType;
    if (tag === 'I' && cur !== null && cur.type === type) {
      cur.end = i + 1;
      return;
    }
    if (cur !== null) spans.push(cur);
    cur = tag === 'B' || tag === 'I' ? { type, start: i, end: i + 1 } : null;
  });
  if (cur !== null) spans.push(cur);
  return spans;
}

/** Label ids (indexes into {@link NER_LABELS}) to label names. */
export function labelNames(ids: ArrayLike<number>): string[] {
  return Array.from({ length: ids.length }, (_, i) => NER_LABELS[ids[i] ?? 0] ?? 'O');
}

/**
 * {@link bioToSpans} of {@link labelNames}`(ids)`, without building the label strings: `B-X` is id
 * `1 + 2k` and `I-X` id `2 + 2k` for type `NER_TYPES[k]`.
 */
export function idsToSpans(ids: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  let curType = -1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    const type = id >= 1 && id < NER_LABELS.length ? (id - 1) >> 1 : -1;
    const inside = type >= 0 && (id - 1) % 2 === 1;
    if (inside && cur !== null && curType === type) {
      cur.end = i + 1;
      continue;
    }
    if (cur !== null) spans.push(cur);
    cur = type >= 0 ? { type: NER_TYPES[type] ?? 'PERSON', start: i, end: i + 1 } : null;
    curType = type;
  }
  if (cur !== null) spans.push(cur);
  return spans;
}

/**
 * The smallest decoding margin over the tokens `[start, end)` of a span: its weakest token decides
 * how sure the tagger is of the whole span (Infinity for an empty range).
 */
export function spanMargin(margins: ArrayLike<number>, start: number, end: number): number {
  let m = Infinity;
  for (let i = start; i < end; i++) m = Math.min(m, margins[i] ?? 0);
  return m;
}
