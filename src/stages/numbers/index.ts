import type { NumberItem } from '../../schema/number.js';
import { defineStage } from '../../pipeline/stage.js';

/** Options of {@link extractNumbers}. */
export interface ExtractNumbersOptions {
  /** ISO date the article was published, to resolve relative dates ("kemarin"). */
  publishedAt?: string | null;
  /** BCP-47 code; "ms" switches to Malay conventions ("RM2.5 bilion"). Default "id". */
  language?: string;
}

/** Finds numbers, amounts, percentages, quantities, ordinals, dates and times in a text. */
export function extractNumbers(text: string, options: ExtractNumbersOptions = {}): NumberItem[] {
  void text;
  void options;
  return [];
}

/** The numbers stage: fills `doc.numbers` from the cleaned text. */
export function createNumbersStage() {
  return defineStage({
    name: 'numbers',
    requires: ['text'],
    provides: ['numbers'],
    run(doc) {
      doc.numbers = extractNumbers(doc.text, {
        publishedAt: doc.meta.publishedAt,
        language: doc.language?.code ?? 'id',
      });
    },
  });
}
