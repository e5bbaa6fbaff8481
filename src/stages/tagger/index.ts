import { z } from 'zod';
import { changeCandidate } from '../../doc/candidate.js';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import { createNerRecognizer, loadNerModel } from './ner/index.js';
import { repairAfterTitles } from './repair.js';

export { createNerRecognizer, marginToScore, tagTokens, NER_SOURCE, type NerRecognizerOptions } from './ner/index.js';
export { repairAfterTitles } from './repair.js';

/**
 * The tagger stage: PERSON, ORG and LOC candidates from the trained sequence tagger (models/ner),
 * sentence by sentence (`doc.candidates`, source `model`). A person span that swallowed the place or
 * organisation of the title before it is split (`model/title-repair`).
 */
export const taggerStage = defineStageFactory({
  name: 'tagger',
  description: 'PERSON, ORG and LOC candidates from the trained tagger (models/ner), with a repair after titles',
  options: z
    .object({
      model: z.string().nullable().default(null).describe('Path of a model file made by scripts/train-ner.ts; null: the shipped model'),
      priority: z
        .number()
        .min(0)
        .default(3)
        .describe(
          "Added to the tagger's confidence (0–1) when its candidates compete with the rules' (scores 0.5–3): 3 makes the tagger decide every span it finds, the rules fill in where it found nothing",
        ),
      minScore: z.number().min(0).max(1).default(0).describe('Candidates whose confidence is below this are dropped'),
      maxSentenceTokens: z.number().int().min(1).default(400).describe('Longest run of tokens tagged in one piece; longer sentences are cut'),
      propagate: z
        .boolean()
        .default(false)
        .describe('Also propose untagged repeats of found names and lone parts of person names (the coref stage links repeats already)'),
    })
    .strict(),
  create(options, ctx) {
    const lexicon = ctx.lexicon;
    const recognise = createNerRecognizer({
      ...(options.model !== null ? { model: loadNerModel(options.model) } : {}),
      propagate: options.propagate,
      minScore: options.minScore,
      maxSentenceTokens: options.maxSentenceTokens,
    });
    const priority = options.priority;
    return defineStage({
      name: ctx.name,
      requires: ['text', 'tokens'],
      provides: ['candidates'],
      languages: ['id', 'ms', 'und'],
      run(doc) {
        for (const c of repairAfterTitles(doc, recognise(doc), lexicon)) doc.candidates.push(changeCandidate(c, { score: (c.score ?? 0) + priority }));
      },
    });
  },
});
