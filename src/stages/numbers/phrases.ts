import type { ScanToken } from './tokens.js';

/** A fixed word sequence, matched case-insensitively token by token. */
export interface PhraseTable<T> {
  readonly byFirst: ReadonlyMap<string, readonly (readonly [readonly string[], T])[]>;
}

/**
 * Builds a table from phrases written with spaces between tokens ("di bawah", "s . d ."). Longer
 * phrases are tried first so "kurang lebih" is not read as "kurang".
 */
export function phraseTable<T>(entries: readonly (readonly [string, T])[]): PhraseTable<T> {
  const byFirst = new Map<string, [string[], T][]>();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push([words, value]);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { byFirst };
}

/** The longest phrase of the table at token `i`: its value and the token index after it. */
export function matchPhrase<T>(table: PhraseTable<T>, ts: readonly ScanToken[], i: number): { value: T; end: number } | null {
  const first = ts[i];
  if (first === undefined) return null;
  const list = table.byFirst.get(first.lower);
  if (list === undefined) return null;
  for (const [words, value] of list) {
    let ok = true;
    for (let k = 1; k < words.length; k += 1) {
      if (ts[i + k]?.lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { value, end: i + words.length };
  }
  return null;
}
