import { z } from 'zod';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import type { Sentence, Token } from '../../doc/doc.js';
import { paragraphBlocks } from './paragraph-blocks.js';
import { splitSentences } from './split-sentences.js';
import { tokenizeInto } from './tokenize.js';

export { splitSentences } from './split-sentences.js';
export { tokenize } from './tokenize.js';
export { paragraphBlocks } from './paragraph-blocks.js';

/**
 * The segment stage: fills `doc.sentences` ({start, end, paragraph}) and `doc.tokens` ({start, end,
 * text, kind, sentence}). Sentences never cross a paragraph or the title/body boundary; see
 * {@link splitSentences} and {@link tokenize} for the rules.
 */
export const segmentStage = defineStageFactory({
  name: 'segment',
  description: 'Sentences and tokens (Indonesian abbreviations, initials, numbers, URLs); never across paragraphs',
  options: z.object({}).strict(),
  create: (_options, ctx) =>
    defineStage({
      name: ctx.name,
      requires: ['text'],
      uses: ['paragraphs'],
      provides: ['sentences', 'tokens'],
      run(doc) {
        const sentences: Sentence[] = [];
        const tokens: Token[] = [];
        for (const block of paragraphBlocks(doc)) {
          for (const s of splitSentences(doc.text, block.start, block.end, block.paragraph)) {
            const index = sentences.length;
            sentences.push(s);
            tokenizeInto(doc.text, s.start, s.end, index, tokens);
          }
        }
        doc.sentences = sentences;
        doc.tokens = tokens;
      },
  }),
});
