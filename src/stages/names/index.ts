import { z } from 'zod';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import { nameRecogniser } from './recognise.js';

export { nameRecogniser, recogniseNames, type NameCandidates } from './recognise.js';

/** The score of the structural rules (titles, appositives, organisation markers): see `minScore`. */
const STRUCTURAL_ONLY = 2.5;

/**
 * The names stage: PERSON, ORG and LOC candidates read by rules from capitalisation, titles,
 * appositives, organisation markers and the lexicon's lists (`doc.candidates`), and the titles that
 * stand next to names (`doc.roleCandidates`). Every candidate carries its rule id as `source`.
 */
export const namesStage = defineStageFactory({
  name: 'names',
  description: 'PERSON, ORG and LOC candidates and titles next to names, read by rules and word lists',
  options: z
    .object({
      minScore: z
        .number()
        .min(0)
        .nullable()
        .default(null)
        .describe(
          'Rule candidates below this score are not made. null: 2.5 when the pipeline has a tagger stage (the rules add only what they read from structure: titles, appositives, organisation markers, chosen with scripts/eval-entities.ts), 0 without one',
        ),
    })
    .strict(),
  create(options, ctx) {
    const minScore = options.minScore ?? (ctx.plan.some((s) => s.factory === 'tagger') ? STRUCTURAL_ONLY : 0);
    const recognise = nameRecogniser(ctx.lexicon, minScore);
    return defineStage({
      name: ctx.name,
      requires: ['text', 'sentences', 'tokens'],
      // The tagger's person spans, when it ran before: where a name starts after a title.
      uses: ['candidates'],
      provides: ['candidates', 'role-candidates'],
      languages: ['id', 'ms', 'und'],
      run(doc) {
        const found = recognise(doc);
        for (const c of found.candidates) doc.candidates.push(c);
        for (const r of found.roles) doc.roleCandidates.push(r);
      },
    });
  },
});
