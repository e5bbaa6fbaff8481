import { z } from 'zod';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import { nameTokenFlags } from './name-tokens.js';
import { createStemmer, DEFAULT_STEM_CACHE_SIZE } from './stemmer.js';

export { stem, createStemmer, type Stemmer, type StemmerOptions } from './stemmer.js';

/**
 * The stem stage: sets `token.stem` on every word token of an Indonesian, Malay or undetermined
 * article (numbers, punctuation and symbols get none). Each stage has its own bounded cache, so a
 * pipeline reused over a batch stems each distinct word once. Name-like words keep their lowercase
 * form (see {@link nameTokenFlags}) unless `keepNames` is false.
 */
export const stemStage = defineStageFactory({
  name: 'stem',
  description: 'Stems of Indonesian and Malay words (Sastrawi rules with repairs); names keep their form',
  options: z
    .object({
      keepNames: z
        .boolean()
        .default(true)
        .describe('Leave name-like words unstemmed (lowercased only): capitalised inside a sentence and never written in lowercase in the article, so "Kediri" does not become "diri"'),
      cacheSize: z.number().int().min(1).default(DEFAULT_STEM_CACHE_SIZE).describe('Distinct words whose stems are kept (a pipeline reused over a batch stems each word once)'),
    })
    .strict(),
  create(options, ctx) {
    const stemmer = createStemmer({ cacheSize: options.cacheSize });
    const keepNames = options.keepNames;
    return defineStage({
      name: ctx.name,
      requires: ['text', 'tokens'],
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
  },
});
