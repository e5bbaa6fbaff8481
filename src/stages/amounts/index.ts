import { z } from 'zod';
import { sectionAt } from '../../doc/span.js';
import { makeEntity } from '../../doc/entity.js';
import { mapPacked } from '../../doc/arrays.js';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import { numericEntities } from './numeric.js';

export { numericEntities } from './numeric.js';

/**
 * The amounts stage: MONEY, QUANTITY, PERCENT, DATE, TIME, ORDINAL and DURATION entities from the numbers
 * layer (`doc.entities`); equal amounts ("70 juta pengguna" three times) are one entity.
 */
export const amountsStage = defineStageFactory({
  name: 'amounts',
  description: 'MONEY, QUANTITY, PERCENT, DATE, TIME, ORDINAL and DURATION entities from the numbers; equal amounts are one entity',
  options: z
    .object({
      vague: z
        .boolean()
        .default(false)
        .describe('Make entities of vague amounts too ("ratusan miliar rupiah": a lower bound, no value); they stay in the numbers either way'),
    })
    .strict(),
  create: (options, ctx) =>
    defineStage({
      name: ctx.name,
      requires: ['text', 'numbers'],
      provides: ['entities'],
      languages: ['id', 'ms', 'und'],
      run(doc) {
        const numbers = options.vague ? doc.numbers : doc.numbers.filter((n) => !n.source.endsWith('/vague'));
        doc.entities = mapPacked(numericEntities({ numbers, text: doc.text }, ctx.lexicon), (e, i) => makeEntity(`e${i + 1}`, e, sectionAt(doc, e.mentions[0]!.start)));
      },
    }),
});
