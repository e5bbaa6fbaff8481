/**
 * warta: Indonesian news articles to structured, checkable JSON.
 * @packageDocumentation
 */
export { analyze, createPipeline, type Pipeline, type PipelineOptions } from './pipeline/pipeline.js';
export { defaultStages, type DefaultStageOptions } from './pipeline/default-stages.js';
export { runStages } from './pipeline/runner.js';
export { defineStage, type Stage, type StageContext } from './pipeline/stage.js';
export type { Doc, Layer, Token, Sentence, Paragraph } from './doc/doc.js';
export { toRawOffset, toRawSpan, type OffsetMap } from './doc/offset-map.js';
export { toSummary, errorSummary } from './summary/to-summary.js';
export { extractNumbers, type ExtractNumbersOptions } from './stages/numbers/index.js';
export { detectLanguage } from './stages/language/index.js';
export { createEnglishStage } from './stages/english/index.js';
export { stem, createStemmer, type Stemmer, type StemmerOptions } from './stages/stem/index.js';
export { splitSentences, tokenize } from './stages/segment/index.js';
export { WartaConfigError, WartaInputError } from './errors.js';
export { VERSION, SCHEMA_VERSION } from './version.js';
export * from './schema/index.js';
