import type { Doc } from '../../doc/doc.js';
import { z } from 'zod';
import { relatedStartOf } from '../../doc/span.js';
import { defineStage, defineStageFactory, type Stage, type StageContext } from '../../doc/stage.js';
import { amount, titleNumberMismatches } from './title-numbers.js';

export { titleNumberMismatches } from './title-numbers.js';

let fmt: Intl.NumberFormat | undefined;

/** "70.000.000": Indonesian grouping, built on first use (Intl start-up is not free). */
function formatId(n: number): string {
  fmt ??= new Intl.NumberFormat('id-ID', { maximumFractionDigits: 6 });
  return fmt.format(n);
}

/**
 * The consistency stage: warnings where the article contradicts itself. Today: a number in the
 * title that the body does not back up (`title-number-mismatch`).
 */
export const consistencyStage = defineStageFactory({
  name: 'consistency',
  description: 'Warnings where the article contradicts itself (a title number the body does not back up)',
  options: z.object({}).strict(),
  create: (_options, ctx) => createConsistencyStage(ctx.name),
});

function createConsistencyStage(name: string): Stage {
  return defineStage({
    name,
    requires: ['text', 'numbers'],
    provides: ['consistency'],
    run(doc: Doc, ctx: StageContext) {
      const title = doc.sections.find((s) => s.name === 'title');
      if (!title) return;
      const inTitle = doc.numbers.filter((n) => n.start >= title.start && n.end <= title.end);
      // (A title with no number has nothing to check: the body's numbers are not gathered.)
      if (inTitle.length === 0) return;
      const relatedStart = relatedStartOf(doc);
      const inBody = doc.numbers.filter((n) => n.start >= title.end && n.start < relatedStart);
      for (const m of titleNumberMismatches(inTitle, inBody)) {
        const said = m.body[0];
        const message =
          m.reason === 'scale-dropped' && said
            ? `the title says "${m.title.text}" but the body says "${said.text}" (${formatId(amount(said) ?? 0)}) ${m.body.length} time(s)`
            : said
              ? `the title says "${m.title.text}"; the body never gives that value, but says "${said.text}"`
              : `the title says "${m.title.text}"; the body never gives that value`;
        ctx.report('title-number-mismatch', message, {
          span: { start: m.title.start, end: m.title.end },
          data: {
            reason: m.reason,
            title: { text: m.title.text, value: m.title.value ?? null, unit: m.title.unit ?? null },
            body: m.body.map((b) => ({ text: b.text, start: b.start, end: b.end, value: b.value ?? null, unit: b.unit ?? null })),
          },
        });
      }
    },
  });
}
