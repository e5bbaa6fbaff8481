import type { z } from 'zod';
import type { Lexicon } from '../lexicon/index.js';
import type { MessageCode, Severity } from '../schema/message.js';
import type { Doc, Layer } from './doc.js';

export interface ReportOptions {
  span?: { start: number; end: number };
  data?: Record<string, unknown>;
  severity?: Severity;
}

/** What a stage may use besides the Doc: a way to report messages, nothing else global. */
export interface StageContext {
  /** Adds a typed message to the Doc (with the span's text filled in from `doc.text`). */
  report(code: MessageCode, message: string, options?: ReportOptions): void;
}

/**
 * A processing stage: a plain object, synchronous, no I/O, no console, no globals. Its contract
 * says which layers of the Doc it reads and writes; building a pipeline checks the contracts of
 * its stages against their order.
 */
export interface Stage {
  readonly name: string;
  /** Layers it cannot run without: a pipeline in which no earlier stage provides one does not build. */
  readonly requires: readonly Layer[];
  /** Layers it writes. */
  readonly provides: readonly Layer[];
  /**
   * Layers it reads when they are there and does without otherwise (the numbers stage reads the
   * paragraphs' languages, and reads the article as Indonesian without them). A pipeline in which a
   * stage that provides one comes only later does not build.
   */
  readonly uses?: readonly Layer[];
  /**
   * Languages (BCP-47 primary codes) the stage applies to; it is skipped, with a message, for an
   * article in any other language. Omitted: every language.
   */
  readonly languages?: readonly string[];
  /**
   * Whether skipping this stage for another language is worth a `stages-skipped` message (default
   * true). An alternative path for one language (the English entity stage) sets it to false, so an
   * Indonesian article is not told that its English path did not run.
   */
  readonly reportSkip?: boolean;
  run(doc: Doc, ctx: StageContext): void;
}

/** Identity helper that checks a stage's shape at compile time. */
export function defineStage<S extends Stage>(stage: S): S {
  return stage;
}

/** One stage of a pipeline being built: its name in the config and the factory that makes it. */
export interface PlannedStage {
  readonly name: string;
  readonly factory: string;
}

/** What a stage factory is given besides its options, once, when a pipeline is built. */
export interface BuildContext {
  /** The word lists, loaded once per pipeline (or given by the caller). */
  readonly lexicon: Lexicon;
  /** Every stage of the pipeline being built, in order (a stage may adapt to its neighbours). */
  readonly plan: readonly PlannedStage[];
  /** The name this stage has in the config (the factory's name unless the config renames it). */
  readonly name: string;
}

/**
 * A stage factory: what the registry holds under a name. Its options are a zod schema (every option
 * with its default), validated once when a pipeline is built; `create` builds the stage, with its
 * lexicons and models, once per pipeline.
 */
export interface StageFactory<Options = unknown> {
  readonly name: string;
  /** One line: what the stage does (the README's stage table and `warta config --list`). */
  readonly description: string;
  /** The options: a strict zod object whose fields have defaults, so `{}` gives every default. */
  readonly options: z.ZodType<Options>;
  /**
   * The schema of what the stage adds to the summary under `ext.<stage name>` (custom stages); the
   * stage writes it to `doc.ext[name]`, and every summary is validated with it.
   */
  readonly ext?: z.ZodType;
  create(options: Options, ctx: BuildContext): Stage;
}

/** Identity helper that types a stage factory from its options schema. */
export function defineStageFactory<S extends z.ZodType>(factory: {
  name: string;
  description: string;
  options: S;
  ext?: z.ZodType;
  create(options: z.output<S>, ctx: BuildContext): Stage;
}): StageFactory<z.output<S>> {
  return factory as StageFactory<z.output<S>>;
}
