import type { NumberItem } from '../../schema/number.js';
import { z } from 'zod';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import { recognizeNumbers, separatorsOf, type ExtractNumbersOptions } from './recognizer.js';

export type { ExtractNumbersOptions } from './recognizer.js';

/**
 * Finds numbers, amounts, percentages, quantities, ordinals, dates and times in a text, in text
 * order, without overlaps (a number inside an amount is not reported again).
 *
 * - Values are exact (`1,1 juta` is 1100000); a value beyond 2^53 is left out and `note` says why.
 * - Ranges and bounds use `min`/`max` ("Rp 50-100 ribu", "lebih dari 70 juta"); vague amounts
 *   ("ratusan") have `min` and `approximate: true`.
 * - `date` is ISO 8601: a day ("2025-10-21"), month ("2022-09"), year ("2027"), week ("2025-W42")
 *   or interval ("2025-10-20/2025-10-21"). Relative expressions keep `relative` and get a `date`
 *   only when `publishedAt` is given.
 *
 * @example extractNumbers('Rp 99 triliun') // [{ kind: 'money', value: 99000000000000, currency: 'IDR', … }]
 */
export function extractNumbers(text: string, options: ExtractNumbersOptions = {}): NumberItem[] {
  return recognizeNumbers(text, options).map((r) => r.item);
}

/**
 * The numbers stage: fills `doc.numbers` from the cleaned text and reports unreadable amounts. Each
 * paragraph is read with the separator conventions of its own language, so a Malay paragraph in an
 * Indonesian article reads "RM2.5 bilion" as 2,500,000,000.
 */
export const numbersStage = defineStageFactory({
  name: 'numbers',
  description: 'Numbers, money, percentages, quantities, ordinals, dates and times with exact values',
  options: z.object({}).strict(),
  create: (_options, ctx) =>
    defineStage({
      name: ctx.name,
      requires: ['text'],
      uses: ['paragraphs', 'language'],
      provides: ['numbers'],
      run(doc, ctx) {
        const articleLanguage = doc.language?.code ?? 'id';
        const articleConvention = separatorsOf(articleLanguage);
        const uniform = doc.paragraphs.every((p) => separatorsOf(p.language?.code ?? articleLanguage) === articleConvention);
        const parts = uniform
          ? [{ start: 0, end: doc.text.length, language: articleLanguage }]
          : doc.paragraphs.map((p) => ({ start: p.start, end: p.end, language: p.language?.code ?? articleLanguage }));
        doc.numbers = [];
        for (const part of parts) {
          const text = part.start === 0 && part.end === doc.text.length ? doc.text : doc.text.slice(part.start, part.end);
          const found = recognizeNumbers(text, { publishedAt: doc.meta.publishedAt, language: part.language });
          for (const { item, issues } of found) {
            const shifted = part.start === 0 ? item : { ...item, start: item.start + part.start, end: item.end + part.start };
            doc.numbers.push(shifted);
            for (const issue of issues) ctx.report(issue.code, issue.message, { span: { start: shifted.start, end: shifted.end } });
          }
        }
      },
  }),
});
