/*
 * natural's port of the Sastrawi stemmer (natural/lib/natural/stemmers/indonesian/stemmer_id.js,
 * suffix_rules.js, prefix_rules.js), step for step, with the same results for every word: the same
 * rules in the same order, the same dictionary (natural's kata-dasar.json), the same quirks (the
 * removals list shared by the two halves of a plural, a disambiguator's result being its last
 * rule's). What differs is only how it runs: rules in fixed arrays walked by index instead of
 * `for…in` over arrays built on every call, results returned in a local object instead of written
 * to the global object (natural's rule functions run with `this` being `globalThis`), and the
 * dictionary loaded once instead of twice, and the regexes of a prefix rule skipped for a word
 * without the letters they all need (GUARDS). Roughly ten times faster per uncached word.
 *
 * Copyright (c) 2017, Alif Bhaskoro, Andy Librian, R. Kukuh (reimplemented from
 * https://github.com/sastrawi/sastrawi). Permission is hereby granted, free of charge, to any
 * person obtaining a copy of this software and associated documentation files (the "Software"), to
 * deal in the Software without restriction, including without limitation the rights to use, copy,
 * modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
 * persons to whom the Software is furnished to do so, subject to the following conditions: The above
 * copyright notice and this permission notice shall be included in all copies or substantial
 * portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS
 * OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
 * PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
 * LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
 * OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
 * THE SOFTWARE.
 */
import { createRequire } from 'node:module';
import { WordTable } from '../../lexicon/word-table.js';
import { PREFIX_RULES } from './sastrawi-rules.js';

const require = createRequire(import.meta.url);
const DICTIONARY_PATH = 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json';

/** Affix types of a removal: derivational prefix, derivational suffix, possessive pronoun, particle. */
type AffixType = 'DP' | 'DS' | 'PP' | 'P';

/** One affix taken off a word (natural's Removal). */
interface Removal {
  readonly originalWord: string;
  readonly result: string;
  /** What was taken off (left empty for a prefix, where nothing reads it). */
  readonly removedPart: string;
  readonly affixType: AffixType;
}

const PARTICLE = /-*(lah|kah|tah|pun)$/;
const POSSESSIVE = /-*(ku|mu|nya)$/;
const DERIVATIONAL = /(is|isme|isasi|i|kan|an)$/;
/**
 * The suffix rules in natural's order: the regex natural takes the suffix off with, its type, and
 * the length of what the regex would take off the end of a word, which the stemmer uses instead of
 * running the regex (a test checks that the two agree).
 * @internal
 */
export const SUFFIX_RULES: ReadonlyArray<readonly [RegExp, AffixType, (word: string) => number]> = [
  [PARTICLE, 'P', particleLength],
  [POSSESSIVE, 'PP', possessiveLength],
  [DERIVATIONAL, 'DS', derivationalLength],
];
/** natural's plain prefixes, /^(di|ke|se)/, which {@link hasPlainPrefix} tests. */
const PLAIN_PREFIX = /^(di|ke|se)/;

/** Whether a word starts with "di", "ke" or "se" ({@link PLAIN_PREFIX}). */
function hasPlainPrefix(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  return (a === 100 && b === 105) || ((a === 107 || a === 115) && b === 101);
}

/**
 * Length of what {@link PARTICLE} takes off the end: "lah", "kah", "tah" or "pun" with the hyphens
 * before it ("buku-lah" → "buku"), 0 when the word has none of them.
 */
function particleLength(w: string): number {
  const n = w.length;
  if (n < 3 || !(w.endsWith('lah') || w.endsWith('kah') || w.endsWith('tah') || w.endsWith('pun'))) return 0;
  return withHyphens(w, 3);
}

/** {@link particleLength} for {@link POSSESSIVE}: "ku", "mu" or "nya" and the hyphens before it. */
function possessiveLength(w: string): number {
  if (w.endsWith('nya')) return withHyphens(w, 3);
  return w.endsWith('ku') || w.endsWith('mu') ? withHyphens(w, 2) : 0;
}

/** A suffix of `cut` characters and the run of hyphens before it. */
function withHyphens(w: string, cut: number): number {
  while (cut < w.length && w.charCodeAt(w.length - cut - 1) === 45) cut++;
  return cut;
}

/** {@link particleLength} for {@link DERIVATIONAL}: the longest of "isasi", "isme", "kan", "is", "an", "i". */
function derivationalLength(w: string): number {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 105) return w.endsWith('isasi') ? 5 : 1; // -i
  if (last === 110) return n < 2 || w.charCodeAt(n - 2) !== 97 ? 0 : w.endsWith('kan') ? 3 : 2; // -an
  if (last === 115) return n >= 2 && w.charCodeAt(n - 2) === 105 ? 2 : 0; // -is
  return w.endsWith('isme') ? 4 : 0;
}
const PRECEDENCE = [/^be(.*)lah$/, /^be(.*)an$/, /^me(.*)i$/, /^di(.*)i$/, /^pe(.*)i$/, /^ter(.*)i$/];
const PLURAL_SUFFIXES = ['ku', 'mu', 'nya', 'lah', 'kah', 'tah', 'pun'];

/**
 * Per entry of {@link PREFIX_RULES}: text without which none of its rules can match, and where:
 * at that index (0: the start; rules 37-40 read "er", "el", "em", "in" after a first consonant) or
 * anywhere (-1: rules 3 and 5 are not anchored). A word without it skips the entry's regexes: the
 * entry would return no result and change nothing. Null: no guard (RemovePlainPrefix).
 */
const GUARDS: ReadonlyArray<readonly [string, number] | null> = [
  null,
  ['ber', 0], ['ber', 0], ['ber', -1], ['be', 0], ['be', -1],
  ['ter', 0], ['ter', 0], ['ter', 0], ['te', 0],
  ['me', 0], ['mem', 0], ['mempe', 0], ['mem', 0], ['men', 0], ['men', 0], ['meng', 0], ['meng', 0], ['meny', 0], ['memp', 0],
  ['pe', 0], ['pe', 0], ['per', 0], ['per', 0], ['pem', 0], ['pem', 0], ['pen', 0], ['pen', 0], ['peng', 0], ['peng', 0], ['peny', 0], ['pe', 0], ['pe', 0],
  ['ter', 0], ['pe', 0],
  ['er', 1], ['el', 1], ['em', 1], ['in', 1],
  ['ku', 0], ['kau', 0],
];
if (GUARDS.length !== PREFIX_RULES.length) throw new Error('sastrawi: one guard per prefix rule');

/**
 * Per first code unit of a word (128 for any other than ASCII): the indices of the prefix rules
 * whose guard does not rule that first letter out, in order. A word starting "m" tries the me-
 * rules, the unanchored and infix ones, never the pe- or ter- rules.
 */
const RULES_BY_FIRST: readonly Uint8Array[] = Array.from({ length: 129 }, (_, c) =>
  Uint8Array.from(
    GUARDS.flatMap((guard, j) => (guard === null || guard[1] !== 0 || (c < 128 && guard[0].charCodeAt(0) === c) ? [j] : [])),
  ),
);

/** Whether the prefix rule at `j` may give a result for `word` (see {@link GUARDS}). */
function mayMatch(j: number, word: string): boolean {
  const guard = GUARDS[j]!;
  if (guard === null) return true;
  return guard[1] < 0 ? word.includes(guard[0]) : word.startsWith(guard[0], guard[1]);
}

/** The Sastrawi stemmer over one dictionary of root words; not reentrant (one word at a time). */
export class SastrawiStemmer {
  private readonly dictionary: WordTable;
  private removals: Removal[] = [];
  private originalWord = '';
  private currentWord = '';
  // The last word looked up and the answer: most lookups repeat the one before (the current word
  // is looked up again after a step that did not change it).
  private lastFound = '';
  private lastAnswer = false;

  constructor(dictionary: Iterable<string>) {
    this.dictionary = new WordTable(dictionary);
  }

  /** The stem of one word: its root when the rules reach a word of the dictionary, else the word (lowercase). */
  stem(token: string): string {
    const word = token.toLowerCase();
    this.removals = [];
    return isPlural(word) ? this.stemPluralWord(word) : this.stemSingularWord(word);
  }

  private find(word: string | undefined): boolean {
    if (word === undefined) return false;
    if (word === this.lastFound) return this.lastAnswer;
    this.lastFound = word;
    return (this.lastAnswer = this.dictionary.has(word));
  }

  private stemPluralWord(pluralWord: string): string {
    let matches = pluralWord.match(/^(.*)-(.*)$/);
    if (!matches) return pluralWord;
    const words = [matches[1]!, matches[2]!];
    // malaikat-malaikat-nya -> malaikat malaikat-nya
    const suffix = words[1]!;
    matches = words[0]!.match(/^(.*)-(.*)$/);
    if (PLURAL_SUFFIXES.indexOf(suffix) !== -1 && matches) {
      words[0] = matches[1]!;
      words[1] = `${matches[2]!}-${suffix}`;
    }
    // berbalas-balasan -> balas
    const rootWord1 = this.stemSingularWord(words[0]!);
    let rootWord2 = this.stemSingularWord(words[1]!);
    // meniru-nirukan -> tiru
    if (!this.find(words[1]) && rootWord2 === words[1]) rootWord2 = this.stemSingularWord(`me${words[1]!}`);
    return rootWord1 === rootWord2 ? rootWord1 : pluralWord;
  }

  private stemSingularWord(word: string): string {
    this.originalWord = word;
    this.currentWord = word;
    if (this.currentWord.length > 3) this.stemmingProcess();
    return this.find(this.currentWord) ? this.currentWord : this.originalWord;
  }

  private stemmingProcess(): void {
    if (this.find(this.currentWord)) return;
    // Confix stripping: prefixes before suffixes when the specification is met
    if (precedenceAdjustment(this.originalWord)) {
      this.removePrefixes();
      if (this.find(this.currentWord)) return;
      this.removeSuffixes();
      if (this.find(this.currentWord)) return;
      this.currentWord = this.originalWord;
      this.removals = [];
    }
    this.removeSuffixes();
    if (this.find(this.currentWord)) return;
    this.removePrefixes();
    if (this.find(this.currentWord)) return;
    this.loopRestorePrefixes();
  }

  private removeSuffixes(): void {
    for (let i = 0; i < SUFFIX_RULES.length; i++) {
      const [, type, suffixLength] = SUFFIX_RULES[i]!;
      const word = this.currentWord;
      const cut = suffixLength(word);
      const result = cut === 0 ? word : word.slice(0, word.length - cut);
      if (result !== word) this.removals.push({ originalWord: word, result, removedPart: word.slice(result.length), affixType: type });
      this.currentWord = result;
      if (this.find(this.currentWord)) return;
    }
  }

  private removePrefixes(): void {
    for (let i = 0; i < 3; i++) {
      this.checkPrefixRules();
      if (this.find(this.currentWord)) return;
    }
  }

  private checkPrefixRules(): void {
    const removalCount = this.removals.length;
    // The loop ends once a rule changes the word, so its first letter holds throughout.
    const first = this.currentWord.charCodeAt(0);
    const candidates = RULES_BY_FIRST[first < 128 ? first : 128]!;
    for (let r = 0; r < candidates.length; r++) {
      const j = candidates[r]!;
      const word = this.currentWord;
      if (!mayMatch(j, word)) continue;
      const rules = PREFIX_RULES[j]!;
      let result: string | undefined;
      if (rules === null) {
        // RemovePlainPrefix
        const plain = hasPlainPrefix(word) ? word.slice(2) : word;
        if (plain !== word) result = plain;
        this.currentWord = plain;
      } else {
        // runDisambiguator: the result is the last rule's, or the first one in the dictionary
        for (let k = 0; k < rules.length; k++) {
          result = rules[k]!(word);
          if (this.find(result)) break;
        }
        if (result !== undefined) this.currentWord = result;
      }
      // removedPart is only read for suffixes (the "kan" of loopRestorePrefixes)
      if (result !== undefined) this.removals.push({ originalWord: word, result, removedPart: '', affixType: 'DP' });
      if (this.find(this.currentWord)) return;
      if (this.removals.length > removalCount) return;
    }
  }

  private loopRestorePrefixes(): void {
    this.restorePrefix();
    const reversed = this.removals.reverse();
    const tempCurrentWord = this.currentWord;
    // natural walks the list with for…in, which visits the entries there when the walk starts
    const n = reversed.length;
    for (let i = 0; i < n; i++) {
      const removal = reversed[i]!;
      const type = removal.affixType;
      if (type !== 'DS' && type !== 'PP' && type !== 'P') continue;
      if (removal.removedPart === 'kan') {
        this.currentWord = `${removal.result}k`;
        this.removePrefixes();
        if (this.find(this.currentWord)) return;
        this.currentWord = `${removal.result}kan`;
      } else {
        this.currentWord = removal.originalWord;
      }
      this.removePrefixes();
      if (this.find(this.currentWord)) return;
      this.currentWord = tempCurrentWord;
    }
  }

  private restorePrefix(): void {
    const removals = this.removals;
    for (let i = 0; i < removals.length; i++) this.currentWord = removals[i]!.originalWord;
    for (let i = 0; i < removals.length; i++) {
      if (removals[i]!.affixType === 'DP') {
        removals.splice(i, 1);
        i--;
      }
    }
  }
}

/** Whether a word is a plural ("gelas-gelas", "anak-anaknya"), natural's test. */
function isPlural(token: string): boolean {
  if (!token.includes('-')) return false;
  const matches = token.match(/^(.*)-(ku|mu|nya|lah|kah|tah|pun)$/);
  if (matches) return matches[1]!.includes('-');
  return token.includes('-');
}

/** Whether the prefix is taken off before the suffix (natural's precedenceAdjustmentSpecification). */
function precedenceAdjustment(word: string): boolean {
  // Every regex needs "be", "me", "pe", "te(r)" or "di" at the start.
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  if (b === 101 ? a !== 98 && a !== 109 && a !== 112 && a !== 116 : !(a === 100 && b === 105)) return false;
  for (let i = 0; i < PRECEDENCE.length; i++) if (PRECEDENCE[i]!.test(word)) return true;
  return false;
}

let loaded: SastrawiStemmer | null = null;

/**
 * The stemmer over natural's root dictionary, loaded on first use (a ~30,000-word list, about 20 ms,
 * which a program that never stems should not pay for at import).
 */
export function sastrawiStemmer(): SastrawiStemmer {
  if (loaded === null) {
    const words = require(DICTIONARY_PATH) as string[];
    loaded = new SastrawiStemmer(new Set(words.filter(Boolean)));
  }
  return loaded;
}
