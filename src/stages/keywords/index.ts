import { z } from 'zod';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import { keywordTables, rankKeywords } from './rank.js';

export { neverKeywords, rankKeywords, type KeywordOptions } from './rank.js';

/**
 * The keywords stage: the article's keywords ranked by stem (frequency, with a boost for the title,
 * the lead and names), each reported as its most frequent surface form.
 */
export const keywordsStage = defineStageFactory({
  name: 'keywords',
  description: 'Keywords ranked by stem: frequency, title and lead, names',
  options: z
    .object({
      limit: z.number().int().min(0).max(1000).default(10).describe('Keywords to report'),
    })
    .strict(),
  create(options, ctx) {
    const { stopwords, skipped } = keywordTables(ctx.lexicon);
    const limit = options.limit;
    return defineStage({
      name: ctx.name,
      requires: ['text', 'paragraphs', 'tokens'],
      uses: ['stems'],
      provides: ['keywords'],
      run(doc) {
        doc.keywords = rankKeywords(doc, { limit, stopwords, skipped });
      },
    });
  },
});
