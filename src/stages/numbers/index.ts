import type { NumberItem } from '../../schema/number.js';
import { shownValue } from '../../doc/published-at.js';
import { z } from 'zod';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import { recognizeNumbers, separatorsOf, type ExtractNumbersOptions, type RecognizedItem } from './recognizer.js';
import { parseIsoDay } from './calendar.js';
import { inferYears } from './year-inference.js';

export type { ExtractNumbersOptions } from './recognizer.js';

/**
 * Finds numbers, amounts, percentages, quantities, ordinals, dates and times in a text, in text
 * order, without overlaps (a number inside an amount is not reported again).
 *
 * - Values are exact (`1,1 juta` is 1100000); a value beyond 2^53 that a double cannot hold exactly is left out and `note` says why.
 * - Ranges and bounds use `min`/`max` ("Rp 50-100 ribu", "lebih dari 70 juta"); vague amounts
 *   ("ratusan") have `min` and `approximate: true`.
 * - `date` is ISO 8601: a day ("2025-10-21"), month ("2022-09"), year ("2027"), week ("2025-W42")
 *   or interval ("2025-10-20/2025-10-21"). Relative expressions keep `relative` and get a `date`
 *   only when `publishedAt` is given. Without it, a day written without its year ("Selasa (12/8)")
 *   takes the year of a full date of the same text that fits it ("Rabu (13/8/2025)"), with a `note`.
 * - `duration` is ISO 8601 for kind "duration" ("75 tahun": "P75Y"; "40-50 menit": "PT40M/PT50M").
 *
 * @example extractNumbers('Rp 99 triliun') // [{ kind: 'money', value: 99000000000000, currency: 'IDR', … }]
 */
export function extractNumbers(text: string, options: ExtractNumbersOptions = {}): NumberItem[] {
  const found = recognizeNumbers(text, options);
  if (parseIsoDay(options.publishedAt) === null) inferYears(found, options.noDate);
  return found.map((r) => r.item);
}

/**
 * The numbers stage: fills `doc.numbers` from the cleaned text and reports unreadable amounts. Each
 * paragraph is read with the separator conventions of its own language, so a Malay paragraph in an
 * Indonesian article reads "RM2.5 bilion" as 2,500,000,000. An article with no publication date
 * resolves a day written without its year from its own full dates (`date-year-inferred`).
 */
export const numbersStage = defineStageFactory({
  name: 'numbers',
  description: 'Numbers, money, percentages, quantities, durations, ordinals, dates and times with exact values',
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
        // (A paragraph in the article's language is read as it is without asking.)
        const uniform = doc.paragraphs.every((p) => {
          const code = p.language?.code ?? articleLanguage;
          return code === articleLanguage || separatorsOf(code) === articleConvention;
        });
        // A date was given but could not be read: the messages say so, never "no publication date given".
        const given = doc.meta.publishedAt === null ? doc.meta.publishedAtOriginal : undefined;
        const noDate = given === undefined ? undefined : `the publication date "${shownValue(given)}" cannot be read`;
        const parts = uniform
          ? [{ start: 0, end: doc.text.length, language: articleLanguage }]
          : doc.paragraphs.map((p) => ({ start: p.start, end: p.end, language: p.language?.code ?? articleLanguage }));
        const all: RecognizedItem[] = [];
        for (const part of parts) {
          const text = part.start === 0 && part.end === doc.text.length ? doc.text : doc.text.slice(part.start, part.end);
          const found = recognizeNumbers(text, { publishedAt: doc.meta.publishedAt, language: part.language, noDate });
          for (const r of found) {
            all.push(part.start === 0 ? r : { ...r, item: { ...r.item, start: r.item.start + part.start, end: r.item.end + part.start } });
          }
        }
        // No publication date: days without a year take it from the article's own full dates.
        if (parseIsoDay(doc.meta.publishedAt) === null) inferYears(all, noDate);
        doc.numbers = [];
        for (const { item, issues } of all) {
          doc.numbers.push(item);
          for (const issue of issues) {
            const span = { start: item.start, end: item.end };
            ctx.report(issue.code, issue.message, issue.data === undefined ? { span } : { span, data: issue.data });
          }
        }
      },
  }),
});
