import { FNV_OFFSET, hashInto } from './hash.js';

/**
 * A fixed set of words in an open-addressing hash table whose hash (FNV-1a over the UTF-16 code
 * units, as the tagger hashes its features) is computed here. Two kinds of lookup pay for it over a Set:
 * - words that are new strings (the stemmer's rules make them), which a Set would have V8 hash in
 *   the runtime, costing more than this loop;
 * - a small list looked up by every token of an article (the stopwords), where a Set's buckets,
 *   entries and key strings lie apart in the heap and are out of the cache again by the next
 *   article, while here a word that is not in the list is answered from one small typed array.
 * Slots hold a word's hash (never 0) and the word; a lookup compares hashes before strings.
 */
export class WordTable {
  readonly #mask: number;
  readonly #hashes: Int32Array;
  readonly #words: string[];

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)];
    let size = 1024;
    while (size < list.length * 2) size *= 2;
    this.#mask = size - 1;
    this.#hashes = new Int32Array(size);
    this.#words = new Array<string>(size).fill('');
    for (const word of list) {
      const h = hashOf(word);
      let i = h & this.#mask;
      while (this.#hashes[i] !== 0) i = (i + 1) & this.#mask;
      this.#hashes[i] = h;
      this.#words[i] = word;
    }
  }

  has(word: string): boolean {
    const h = hashOf(word);
    const hashes = this.#hashes;
    for (let i = h & this.#mask; ; i = (i + 1) & this.#mask) {
      const at = hashes[i]!;
      if (at === 0) return false;
      if (at === h && this.#words[i] === word) return true;
    }
  }
}

/** FNV-1a of a string's code units, never 0 (0 marks an empty slot of {@link WordTable}). */
function hashOf(word: string): number {
  return hashInto(FNV_OFFSET, word) | 1;
}
