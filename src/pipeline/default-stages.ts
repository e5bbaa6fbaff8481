import { createCleanStage } from '../stages/clean/index.js';
import { createConsistencyStage } from '../stages/consistency/index.js';
import { createEnglishStage } from '../stages/english/index.js';
import { createEntitiesStage } from '../stages/entities/index.js';
import { createLanguageStage } from '../stages/language/index.js';
import { createNumbersStage } from '../stages/numbers/index.js';
import { createQuotesStage } from '../stages/quotes/index.js';
import { createSegmentStage } from '../stages/segment/index.js';
import { createStemStage } from '../stages/stem/index.js';
import { createSummarizeStage } from '../stages/summarize/index.js';
import type { Stage } from './stage.js';

/** Options of the default stages. */
export interface DefaultStageOptions {
  /** Sentences in the extractive summary (default 3). */
  summarySentences?: number;
  /** Keywords to report (default 10). */
  keywords?: number;
}

/** The default stage order: the one array that says what runs, and in which order. */
export function defaultStages(options: DefaultStageOptions = {}): Stage[] {
  return [
    createCleanStage(),
    createLanguageStage(),
    createSegmentStage(),
    createStemStage(),
    createNumbersStage(),
    createEntitiesStage(),
    createEnglishStage(),
    createQuotesStage(),
    createConsistencyStage(),
    createSummarizeStage(options),
  ];
}
