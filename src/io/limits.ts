/** Size limits of reading input; every limit turns into a clear error record, never a crash. */
export interface InputLimits {
  /** An article (a .txt or .html file, a WARC record, a JSONL article body) larger than this is an error record. */
  maxArticleBytes: number;
  /** A JSONL/CSV line longer than this is skipped without being buffered, as an error record. */
  maxLineBytes: number;
}

/** 5 MiB: far above any news article (~2–20 KB), low enough to keep a worker's memory bounded. */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** 8 MiB: a JSONL line holds one article plus its JSON escaping and metadata. */
export const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;

/** The default limits. */
export const DEFAULT_INPUT_LIMITS: InputLimits = {
  maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES,
  maxLineBytes: DEFAULT_MAX_LINE_BYTES,
};

/**
 * How error messages name the options a user can change: the library's option names by default;
 * the CLI gives its flags ("--max-line-bytes"), so that a message says what to type.
 */
export interface OptionNames {
  maxArticleBytes: string;
  maxLineBytes: string;
  map: string;
  format: string;
}

/** The library's names of the options (`runBatch` and the readers). */
export const OPTION_NAMES: OptionNames = {
  maxArticleBytes: 'option maxArticleBytes',
  maxLineBytes: 'option maxLineBytes',
  map: 'option map',
  format: 'option format',
};
