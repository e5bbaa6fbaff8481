import { z } from 'zod';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import { loadCompromise } from './compromise.js';
import { groupEnglishEntities } from './group.js';
import { recognizeEnglish, type EnglishCandidate } from './recognize.js';
import { sectionAt } from '../../doc/span.js';

export { recognizeEnglish, type EnglishCandidate } from './recognize.js';

/**
 * The English entity stage: people, organisations, places, money and percentages found by
 * compromise in English articles, as `doc.entities` (source "compromise"). It runs only when the
 * article's language is English (`languages: ['en']`); compromise is loaded on the first English
 * article, so other articles never pay for it.
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
      run(doc) {
        const nlp = loadCompromise();
        const spans = doc.paragraphs.length > 0 ? doc.paragraphs : [{ start: 0, end: doc.text.length }];
        const candidates: EnglishCandidate[] = [];
        for (const p of spans) {
          // English paragraphs only: a quoted Indonesian paragraph would only give compromise noise.
          if (p.language && p.language.code !== 'en' && p.language.code !== 'und') continue;
          candidates.push(...recognizeEnglish(nlp, doc.text, p.start, p.end));
        }
        doc.entities = groupEnglishEntities(candidates, (offset) => sectionAt(doc, offset));
      },
  }),
});
