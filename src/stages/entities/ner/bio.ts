import { NER_LABELS, type NerType } from './labels.js';

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
