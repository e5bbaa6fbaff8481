import { z } from 'zod';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import { loadCompromise } from './compromise.js';
import { groupEnglishEntities } from './group.js';
import { MAX_ENGLISH_CHARS } from './pieces.js';
import { readEnglish } from './read.js';
import type { EnglishValueProblem } from './recognize.js';
import { sectionAt } from '../../doc/span.js';

export { recognizeEnglish, readAmount, type EnglishCandidate, type EnglishValueProblem } from './recognize.js';
export { englishPieces, PIECE_CHARS, MAX_ENGLISH_CHARS } from './pieces.js';
export { readEnglish } from './read.js';

/**
 * The English entity stage: people, organisations, places, money and percentages found by
 * compromise in English articles, as `doc.entities` (source "compromise"). It runs only when the
 * article's language is English (`languages: ['en']`); compromise is loaded on the first English
 * article, so other articles never pay for it. compromise reads pieces of at most
 * {@link PIECE_CHARS} characters (long paragraphs are cut at sentence ends) and at most
 * {@link MAX_ENGLISH_CHARS} of an article, so its time stays linear in the article's length.
 */
export const englishStage = defineStageFactory({
  name: 'english',
  description: 'PERSON, ORG, LOC, MONEY and PERCENT entities of English articles, found by compromise',
  options: z.object({}).strict(),
  create: (_options, ctx) =>
    defineStage({
      name: ctx.name,
      requires: ['text'],
      uses: ['paragraphs', 'language'],
      provides: ['entities'],
      languages: ['en'],
      reportSkip: false,
      run(doc, ctx) {
        const nlp = loadCompromise();
        const spans = doc.paragraphs.length > 0 ? doc.paragraphs : [{ start: 0, end: doc.text.length }];
        const onProblem = (p: EnglishValueProblem) => {
          const span = { start: p.start, end: p.end };
          if (p.kind === 'unread') ctx.report('amount-ambiguous', `cannot read the value of "${doc.text.slice(p.start, p.end)}"; the amount is kept without one`, { span });
          else ctx.report('amount-out-of-range', `the value of "${doc.text.slice(p.start, p.end)}" is beyond 2^53; left out rather than rounded`, { span });
        };
        const { candidates, unread } = readEnglish(nlp, doc.text, spans, onProblem);
        if (unread > 0) {
          ctx.report('article-truncated', `English entities were looked for in the first ${MAX_ENGLISH_CHARS} characters of English text only; ${unread} more were not read`, {
            data: { read: MAX_ENGLISH_CHARS, unread },
          });
        }
        doc.entities = groupEnglishEntities(candidates, (offset) => sectionAt(doc, offset));
      },
  }),
});
