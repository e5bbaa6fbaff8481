import { createDoc } from '../doc/create.js';
import type { Doc } from '../doc/doc.js';
import { WartaConfigError } from '../errors.js';
import { ArticleInputSchema, type ArticleInput } from '../schema/input.js';
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

  const run = (input: ArticleInput): Doc => {
    const parsed = ArticleInputSchema.parse(input);
    const doc = createDoc(parsed, `doc-${++counter}`);
    return runStages(doc, stages, { timings });
  };

  return {
    stages,
    run,
    analyze(input: unknown): Summary {
      const parsed = ArticleInputSchema.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.join('.') || 'input';
        return errorSummary({
          id: idOf(input) ?? `doc-${++counter}`,
          code: 'input-invalid',
          message: `invalid article: ${field}: ${issue?.message ?? 'not an article object'}`,
          ...(sourceOf(input) ? { source: sourceOf(input)! } : {}),
        });
      }
      const body = parsed.data.body ?? parsed.data.text ?? '';
      const size = body.length + (parsed.data.title?.length ?? 0);
      if (size > maxChars) {
        return errorSummary({
          id: parsed.data.id ?? `doc-${++counter}`,
          code: 'article-too-large',
          message: `article has ${size} characters; the limit is ${maxChars} (option maxChars)`,
          ...(parsed.data.source ? { source: parsed.data.source } : {}),
        });
      }
      const doc = createDoc(parsed.data, `doc-${++counter}`);
      runStages(doc, stages, { timings });
      return toSummary(doc, { timings });
    },
  };
}

function idOf(input: unknown): string | undefined {
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
