/**
 * warta: Indonesian news articles to structured, checkable JSON.
 * @packageDocumentation
 */
export { analyze, createPipeline, type Pipeline, type PipelineBuildOptions } from './pipeline/pipeline.js';
export { createRegistry, defaultRegistry, BUILTIN_STAGES, type Registry } from './pipeline/registry.js';
export { buildStage, defaultPipelineConfig, configHash, resolveConfig, checkContracts } from './pipeline/config.js';
export { runStages } from './pipeline/runner.js';
export {
  defineStage,
  defineStageFactory,
  type Stage,
  type StageContext,
  type StageFactory,
  type BuildContext,
  type PlannedStage,
  type ReportOptions,
} from './doc/stage.js';
export type { Doc, Layer, Token, Sentence, Paragraph } from './doc/doc.js';
export type { Candidate, RoleCandidate } from './doc/candidate.js';
export { toRawOffset, toRawSpan, type OffsetMap } from './doc/offset-map.js';
export { toSummary, errorSummary } from './summary/to-summary.js';
export { getLexicon, type Lexicon } from './lexicon/index.js';
export { cleanStage } from './stages/clean/index.js';
export { languageStage, detectLanguage } from './stages/language/index.js';
export { segmentStage, splitSentences, tokenize } from './stages/segment/index.js';
export { stemStage, stem, createStemmer, type Stemmer, type StemmerOptions } from './stages/stem/index.js';
export { numbersStage, extractNumbers, type ExtractNumbersOptions } from './stages/numbers/index.js';
export { amountsStage } from './stages/amounts/index.js';
export { namesStage } from './stages/names/index.js';
export { taggerStage } from './stages/tagger/index.js';
export { corefStage } from './stages/coref/index.js';
export { rolesStage } from './stages/roles/index.js';
export { englishStage } from './stages/english/index.js';
export { quotesStage } from './stages/quotes/index.js';
export { consistencyStage } from './stages/consistency/index.js';
export { keywordsStage } from './stages/keywords/index.js';
export { extractStage } from './stages/extract/index.js';
export { WartaConfigError, WartaInputError } from './errors.js';
export { VERSION, SCHEMA_VERSION } from './version.js';
export * from './schema/index.js';
export { createClient, WartaHttpError, type WartaClient, type ClientOptions } from './client/index.js';
