import { z } from 'zod';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import { loadCompromise } from './compromise.js';
import { groupEnglishEntities } from './group.js';
import { englishPieces, MAX_ENGLISH_CHARS } from './pieces.js';
import { recognizeEnglish, type EnglishCandidate, type EnglishValueProblem } from './recognize.js';
import { sectionAt } from '../../doc/span.js';

export { recognizeEnglish, readAmount, type EnglishCandidate, type EnglishValueProblem } from './recognize.js';
export { englishPieces, PIECE_CHARS, MAX_ENGLISH_CHARS } from './pieces.js';

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
        const candidates: EnglishCandidate[] = [];
        const onProblem = (p: EnglishValueProblem) => {
          const span = { start: p.start, end: p.end };
          if (p.kind === 'unread') ctx.report('amount-ambiguous', `cannot read the value of "${doc.text.slice(p.start, p.end)}"; the amount is kept without one`, { span });
          else ctx.report('amount-out-of-range', `the value of "${doc.text.slice(p.start, p.end)}" is beyond 2^53; left out rather than rounded`, { span });
        };
        let left = MAX_ENGLISH_CHARS;
        let unread = 0;
        for (const p of spans) {
          // English paragraphs only: a quoted Indonesian paragraph would only give compromise noise.
          if (p.language && p.language.code !== 'en' && p.language.code !== 'und') continue;
          // compromise is given bounded pieces, and a bounded total: its time grows faster than
          // the length of a piece without sentence ends (see pieces.ts).
          const end = Math.min(p.end, p.start + left);
          unread += p.end - end;
          for (const [from, to] of englishPieces(doc.text, p.start, end)) candidates.push(...recognizeEnglish(nlp, doc.text, from, to, onProblem));
          left -= end - p.start;
        }
        if (unread > 0) {
          ctx.report('article-truncated', `English entities were looked for in the first ${MAX_ENGLISH_CHARS} characters of English text only; ${unread} more were not read`, {
            data: { read: MAX_ENGLISH_CHARS, unread },
          });
        }
        doc.entities = groupEnglishEntities(candidates, (offset) => sectionAt(doc, offset));
      },
  }),
});
