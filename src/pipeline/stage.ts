import type { Doc, Layer } from '../doc/doc.js';
import type { MessageCode, Severity } from '../schema/message.js';

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

/** A processing stage: a plain object, synchronous, no I/O, no console, no globals. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly provides: readonly Layer[];
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
