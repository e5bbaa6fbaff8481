import { defineStage } from '../../pipeline/stage.js';
import { nameTokenFlags } from './name-tokens.js';
import { createStemmer, type StemmerOptions } from './stemmer.js';

export { stem, createStemmer, type Stemmer, type StemmerOptions } from './stemmer.js';

/** Options of {@link createStemStage}. */
export interface StemStageOptions extends StemmerOptions {
  /**
   * Leave name-like words unstemmed (lowercased only): capitalised inside a sentence and never
   * written in lowercase in the article, so "Kediri" does not become "diri" (default true).
   */
  keepNames?: boolean;
}

/**
 * The stem stage: sets `token.stem` on every word token of an Indonesian, Malay or undetermined
 * article (numbers, punctuation and symbols get none). Each stage has its own bounded cache, so a
 * pipeline reused over a batch stems each distinct word once. Name-like words keep their lowercase
 * form (see {@link nameTokenFlags}) unless `keepNames` is false.
 */
export function createStemStage(options: StemStageOptions = {}) {
  const stemmer = createStemmer(options.cacheSize === undefined ? {} : { cacheSize: options.cacheSize });
  const keepNames = options.keepNames ?? true;
  return defineStage({
    name: 'stem',
    requires: ['tokens'],
    provides: ['stems'],
    languages: ['id', 'ms', 'und'],
    run(doc) {
      const names = keepNames ? nameTokenFlags(doc) : null;
      const tokens = doc.tokens;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (token.kind !== 'word') continue;
        token.stem = names !== null && names[i] === 1 ? token.text.toLowerCase() : stemmer.stem(token.text);
      }
    },
  });
}
