import { ZodError, type z } from 'zod';
import { createDoc, type CreateDocOptions } from '../doc/create.js';
import { articleOutlet } from '../lexicon/outlet.js';
import type { Doc } from '../doc/doc.js';
import type { Stage } from '../doc/stage.js';
import { WartaConfigError } from '../errors.js';
import { getLexicon, type Lexicon } from '../lexicon/index.js';
import { compiledAfterFirstUse } from '../schema/compiled.js';
import type { PipelineConfig, ResolvedPipelineConfig } from '../schema/config.js';
import { ArticleInputSchema, SourceRefSchema, type ArticleInput, type ParsedArticleInput } from '../schema/input.js';
import { summarySchemaWithExt, type Summary } from '../schema/summary.js';
import { errorSummary, toSummary } from '../summary/to-summary.js';
import { checkContracts, configHash, resolveConfig } from './config.js';
import { defaultRegistry, type Registry } from './registry.js';
import { runStages } from './runner.js';

/** What a pipeline is built with besides its config (objects that cannot be written as JSON). */
export interface PipelineBuildOptions {
  /** The stage factories to build from (default: the built-in stages; add yours with `defaultRegistry.with(…)`). */
  registry?: Registry;
  /** The word lists handed to the stages (default: warta's own, loaded once per process). */
  lexicon?: Lexicon;
}

/** A built pipeline: stages, lexicons and models are made once and reused for every article. */
export interface Pipeline {
  /** The config with every stage and option written out. */
  readonly config: ResolvedPipelineConfig;
  /** The config's hash, written into every summary as `warta.config`. */
  readonly hash: string;
  readonly stages: readonly Stage[];
  /** The schema every summary of this pipeline is validated by (with its stages' `ext` fields). */
  readonly summarySchema: z.ZodType<Summary>;
  /** Runs every stage and returns the Doc (for callers that want the raw layers). */
  run(input: ArticleInput): Doc;
  /**
   * Runs every stage and returns the validated JSON summary; bad input gives an error summary.
   * `onDoc` is called with the Doc the stages filled, before it becomes the summary (not for input
   * refused before the stages run).
   */
  analyze(input: unknown, onDoc?: (doc: Doc) => void): Summary;
}

let counter = 0;

const inputParser = compiledAfterFirstUse(ArticleInputSchema);

/** A fallback id for an article given without one: "doc-1", "doc-2", … in this process. */
function nextId(): string {
  return `doc-${++counter}`;
}

/**
 * Builds a pipeline from a config (plain JSON: see `warta config`; default: the default stages).
 * Every stage's options are validated and the stages' contracts checked against their order here,
 * once: an unknown stage or option, or a stage whose required layer no earlier stage provides, throws
 * {@link WartaConfigError} naming it.
 *
 * @example createPipeline({ stages: [{ name: 'clean' }, { name: 'segment' }], timings: true })
 */
export function createPipeline(config: PipelineConfig = {}, options: PipelineBuildOptions = {}): Pipeline {
  const { registry, lexicon: given } = buildOptionsOf(options);
  const { config: resolved, plan } = configError('pipeline config: reading it failed', () => resolveConfig(config, registry));
  const lexicon = given ?? getLexicon();
  const planned = plan.map((p) => ({ name: p.name, factory: p.factory.name }));
  const stages: Stage[] = plan.map((p) => {
    // A factory that throws (a plugin's, or one handed a lexicon that is not one) is a configuration error.
    const hint = given ? ' (option lexicon must be a Lexicon, as getLexicon() returns)' : '';
    const stage = configError(`stage "${p.name}" cannot be built${hint}`, () => p.factory.create(p.options, { lexicon, plan: planned, name: p.name }));
    return stage.name === p.name ? stage : { ...stage, name: p.name };
  });
  checkContracts(stages);
  const ext: Record<string, z.ZodType> = {};
  for (const p of plan) if (p.factory.ext) ext[p.name] = p.factory.ext;
  const summarySchema = summarySchemaWithExt(ext);
  const parser = compiledAfterFirstUse(summarySchema);
  const hash = configHash(resolved);
  const { timings, maxChars } = resolved;
  const docOptions: CreateDocOptions = {
    dates: { order: resolved.dateOrder, timeZone: resolved.timeZone },
    outletOf: (article) => articleOutlet(article, lexicon),
  };

  const runParsed = (parsed: ParsedArticleInput): Doc => runStages(createDoc(parsed, nextId(), docOptions), stages, { timings });
  const run = (input: ArticleInput): Doc => runParsed(inputParser.parse(input));

  return {
    config: resolved,
    hash,
    stages,
    summarySchema,
    run,
    analyze(input: unknown, onDoc?: (doc: Doc) => void): Summary {
      let parsed: ReturnType<typeof inputParser.safeParse>;
      try {
        parsed = inputParser.safeParse(input);
      } catch (err) {
        // A getter or a Proxy trap that throws: the article cannot be read, which is its problem.
        return errorSummary({ id: safely(() => idOf(input)) ?? nextId(), code: 'input-invalid', message: `invalid article: reading it failed: ${reasonOf(err)}`, config: hash });
      }
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.join('.') || 'input';
        const source = safely(() => sourceOf(input));
        return errorSummary({
          id: safely(() => idOf(input)) ?? nextId(),
          code: 'input-invalid',
          message: `invalid article: ${field}: ${issue?.message ?? 'not an article object'}`,
          ...(source ? { source } : {}),
          config: hash,
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
          config: hash,
        });
      }
      const doc = runParsed(parsed.data);
      onDoc?.(doc);
      try {
        return toSummary(doc, { timings, config: hash, parser });
      } catch (err) {
        // A stage wrote what the schema refuses (a NaN value, an invalid ext field): the article
        // gets an error summary naming it, never a throw.
        return errorSummary({
          id: doc.id,
          code: 'internal-error',
          message: `the summary does not pass its schema, so it is not given (a bug: please report it): ${schemaProblem(err)}`,
          ...(parsed.data.source ? { source: parsed.data.source } : {}),
          config: hash,
        });
      }
    },
  };
}

/** The build options, checked: a wrong one throws {@link WartaConfigError} naming it. */
function buildOptionsOf(options: unknown): { registry: Registry; lexicon: Lexicon | undefined } {
  if (options === null || typeof options !== 'object') throw new WartaConfigError('createPipeline: the second argument must be an object ({ registry, lexicon })');
  const { registry, lexicon } = configError('createPipeline: the second argument', () => {
    const o = options as PipelineBuildOptions;
    return { registry: o.registry, lexicon: o.lexicon };
  });
  const isRegistry = (r: unknown) => r !== null && typeof r === 'object' && typeof (r as Registry).get === 'function' && Array.isArray((r as Registry).names);
  if (registry !== undefined && !isRegistry(registry)) {
    throw new WartaConfigError('createPipeline: option registry must be a Registry (defaultRegistry, defaultRegistry.with(…) or createRegistry(…))');
  }
  if (lexicon !== undefined && (lexicon === null || typeof lexicon !== 'object')) {
    throw new WartaConfigError('createPipeline: option lexicon must be a Lexicon, as getLexicon() returns');
  }
  return { registry: registry ?? defaultRegistry, lexicon };
}

/** Runs `read`; anything it throws other than a {@link WartaConfigError} becomes one, led by `what`. */
function configError<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof WartaConfigError) throw err;
    throw new WartaConfigError(`${what}: ${reasonOf(err)}`);
  }
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** `read()`, or undefined when it throws (reading a hostile input for an error summary). */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** "entities[0].value: Invalid input: expected number, received NaN" from a schema error. */
function schemaProblem(err: unknown): string {
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    if (issue) return `${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '')}: ${issue.message}`;
  }
  return reasonOf(err);
}

/** The `id` of an input object when it is a string or a number, as a string. */
export function idOf(input: unknown): string | undefined {
  if (input && typeof input === 'object' && 'id' in input) {
    const id = (input as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return undefined;
}

/** The `source` of an input object when it is a valid one (an error summary must pass its schema too). */
function sourceOf(input: unknown): Summary['source'] | undefined {
  if (input && typeof input === 'object' && 'source' in input) {
    const s = SourceRefSchema.safeParse((input as { source: unknown }).source);
    if (s.success) return s.data;
  }
  return undefined;
}

let shared: Pipeline | undefined;

/** Analyses one article with the default pipeline (built on first use and reused). */
export function analyze(input: ArticleInput | unknown): Summary {
  shared ??= createPipeline();
  return shared.analyze(input);
}
