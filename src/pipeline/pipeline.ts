import { createDoc } from '../doc/create.js';
import type { Doc } from '../doc/doc.js';
import { WartaConfigError } from '../errors.js';
import { compiledAfterFirstUse } from '../schema/compiled.js';
import { ArticleInputSchema, type ArticleInput, type ParsedArticleInput } from '../schema/input.js';
import type { Summary } from '../schema/summary.js';
import { errorSummary, toSummary } from '../summary/to-summary.js';
import { defaultStages, type DefaultStageOptions } from './default-stages.js';
import { runStages } from './runner.js';
import type { Stage } from './stage.js';

/** Options of {@link createPipeline}. */
export interface PipelineOptions extends DefaultStageOptions {
  /** Replace the default stage list (see `defaultStages()`). */
  stages?: readonly Stage[];
  /** Record milliseconds per stage in `summary.timings`. */
  timings?: boolean;
  /** Articles longer than this many characters become error records (default 2,000,000). */
  maxChars?: number;
}

/** A built pipeline: stages, lexicons and models are made once and reused for every article. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage and returns the Doc (for callers that want the raw layers). */
  run(input: ArticleInput): Doc;
  /** Runs every stage and returns the validated JSON summary; bad input gives an error summary. */
  analyze(input: unknown): Summary;
}

let counter = 0;

const inputParser = compiledAfterFirstUse(ArticleInputSchema);

/** A fallback id for an article given without one: "doc-1", "doc-2", … in this process. */
function nextId(): string {
  return `doc-${++counter}`;
}

/** Builds a pipeline; throws {@link WartaConfigError} for invalid options. */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const maxChars = options.maxChars ?? 2_000_000;
  if (!Number.isInteger(maxChars) || maxChars <= 0) {
    throw new WartaConfigError(`maxChars must be a positive integer, got ${String(options.maxChars)}`);
  }
  const stages = options.stages ?? defaultStages(options);
  const names = new Set<string>();
  for (const s of stages) {
    if (names.has(s.name)) throw new WartaConfigError(`two stages are named "${s.name}": stage names must be unique`);
    names.add(s.name);
  }
  const timings = options.timings ?? false;

  const runParsed = (parsed: ParsedArticleInput): Doc => runStages(createDoc(parsed, nextId()), stages, { timings });
  const run = (input: ArticleInput): Doc => runParsed(inputParser.parse(input));

  return {
    stages,
    run,
    analyze(input: unknown): Summary {
      const parsed = inputParser.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.join('.') || 'input';
        const source = sourceOf(input);
        return errorSummary({
          id: idOf(input) ?? nextId(),
          code: 'input-invalid',
          message: `invalid article: ${field}: ${issue?.message ?? 'not an article object'}`,
          ...(source ? { source } : {}),
        });
      }
      const body = parsed.data.body ?? parsed.data.text ?? '';
      const size = body.length + (parsed.data.title?.length ?? 0);
      if (size > maxChars) {
        return errorSummary({
          id: parsed.data.id ?? nextId(),
          code: 'article-too-large',
          message: `article has ${size} characters; the limit is ${maxChars} (option maxChars)`,
          ...(parsed.data.source ? { source: parsed.data.source } : {}),
        });
      }
      return toSummary(runParsed(parsed.data), { timings });
    },
  };
}

/** The `id` of an input object when it is a string or a number, as a string. */
export function idOf(input: unknown): string | undefined {
  if (input && typeof input === 'object' && 'id' in input) {
    const id = (input as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return undefined;
}

function sourceOf(input: unknown): Summary['source'] | undefined {
  if (input && typeof input === 'object' && 'source' in input) {
    const s = (input as { source: unknown }).source;
    if (s && typeof s === 'object') return s as Summary['source'];
  }
  return undefined;
}

let shared: Pipeline | undefined;

/** Analyses one article with the default pipeline (built on first use and reused). */
export function analyze(input: ArticleInput | unknown): Summary {
  shared ??= createPipeline();
  return shared.analyze(input);
}
