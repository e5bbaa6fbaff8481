import type { Doc } from '../../doc/doc.js';
import { WartaConfigError } from '../../errors.js';
import { getLexicon } from '../../lexicon/index.js';
import { defineStage } from '../../pipeline/stage.js';
import { extractSummary } from './extract.js';
import { rankKeywords } from './keywords.js';


/** Options of {@link createSummarizeStage}. */
export interface SummarizeOptions {
  /** Sentences in the extractive summary (default 3). */
  summarySentences?: number;
  /** Keywords to report (default 10). */
  keywords?: number;
}

function checkCount(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 0 || v > 1000) {
    throw new WartaConfigError(`${name} must be an integer from 0 to 1000, got ${String(value)}`);
  }
  return v;
}

/** The summarize stage: keywords ranked by stem and an extractive summary of the top sentences. */
export function createSummarizeStage(options: SummarizeOptions = {}) {
  const sentences = checkCount('summarySentences', options.summarySentences, 3);
  const limit = checkCount('keywords', options.keywords, 10);
  const { stopwords } = getLexicon();
  return defineStage({
    name: 'summarize',
    requires: ['sentences', 'tokens'],
    provides: ['keywords'],
    run(doc: Doc) {
      doc.keywords = rankKeywords(doc, { limit, stopwords });
      doc.summary = extractSummary(doc, doc.keywords, sentences);
    },
  });
}
