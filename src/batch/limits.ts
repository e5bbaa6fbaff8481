export {
  DEFAULT_INPUT_LIMITS as DEFAULT_LIMITS,
  DEFAULT_MAX_ARTICLE_BYTES,
  DEFAULT_MAX_LINE_BYTES,
  type InputLimits as BatchLimits,
} from '../io/limits.js';

/** 10 s: a news article takes a few milliseconds; a record still running after this is pathological. */
export const DEFAULT_RECORD_TIMEOUT_MS = 10_000;
/** 1 GiB: a 5 MiB article (the largest the default limits let through) peaks at a few hundred MB. */
export const DEFAULT_WORKER_MEMORY_MB = 1024;
/** A worker's heap cannot be set below this: building the pipeline (lexicons, models) takes ~60 MB. */
export const MIN_WORKER_MEMORY_MB = 128;
