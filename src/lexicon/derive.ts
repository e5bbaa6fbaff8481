/**
 * Memoises what is derived from a lexicon (a set, a regex), keyed by the lexicon object: lexicons
 * are read-only once loaded, so each derivation is built once per lexicon, whoever asks first
 * (a stage factory, or a recogniser called on its own), and never inside a stage's `run`.
 */
export function perLexicon<L extends object, V>(build: (lex: L) => V): (lex: L) => V {
  const cache = new WeakMap<L, V>();
  return (lex) => {
    let value = cache.get(lex);
    if (value === undefined) {
      value = build(lex);
      cache.set(lex, value);
    }
    return value;
  };
}

/** A word as the lexicon lists it: without a final "." ("Kompol." → "Kompol", "Jl." → "Jl"). */
export function withoutTrailingDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Words as the alternatives of a regex ("a|b|c"), each matched literally, in the given order. */
export function alternation(words: Iterable<string>): string {
  return [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** A word with its first letter upper case ("senin" → "Senin"), as a capitalised word is written. */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const CONFIX_NOUN = /^(?:ke|pe)\p{Ll}+an$/u;

/**
 * Whether a lowercase word has the shape of a noun made with the confixes ke-…-an or
 * pe(r/m/n/ng/ny)-…-an ("keamanan", "pemantauan") around at least `minCore` letters: no given name
 * of the lexicon is shaped so. The names stage (titles' portfolios) and the coref stage (common
 * words that name no one) ask with their own bounds.
 */
export function confixNounShape(lower: string, minCore: number): boolean {
  return lower.length >= minCore + 4 && CONFIX_NOUN.test(lower);
}

/**
 * The cached value of `key`, made and kept on first use; a cache holding `max` values is emptied
 * before the next one is kept (a bound, not an LRU: the names of one article are met again soon).
 */
export function remembered<T>(cache: Map<string, T>, key: string, max: number, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/**
 * What a title's run may open with: every title of the lexicon ("kepala dinas pendidikan") and each
 * of its beginnings that ends before a space ("kepala", "kepala dinas"). A word without a space is in
 * it exactly when it is the first word of a title, so a reader of single words asks the same set.
 */
export const titleOpeners = perLexicon((lex: { readonly titles: ReadonlySet<string> }): ReadonlySet<string> => {
  const set = new Set<string>();
  for (const title of lex.titles) {
    for (let at = title.indexOf(' '); at >= 0; at = title.indexOf(' ', at + 1)) set.add(title.slice(0, at));
    set.add(title);
  }
  return set;
});
