import { z } from 'zod';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import { extractSentences } from './extract.js';

export { extractSentences } from './extract.js';

/**
 * The extract stage: an extractive summary, the body sentences that carry the most keyword weight
 * (normalised by length, with a bonus for the lead), in text order (`summary.summary`).
 */
export const extractStage = defineStageFactory({
  name: 'extract',
  description: 'An extractive summary: the body sentences with the most keyword weight, in text order',
  options: z
    .object({
      sentences: z.number().int().min(0).max(1000).default(3).describe('Sentences in the extractive summary'),
    })
    .strict(),
  create: (options, ctx) =>
    defineStage({
      name: ctx.name,
      requires: ['text', 'sentences', 'tokens', 'keywords'],
      uses: ['stems'],
      provides: ['extract'],
      run(doc) {
        doc.extract = extractSentences(doc, doc.keywords, options.sentences);
      },
    }),
});
