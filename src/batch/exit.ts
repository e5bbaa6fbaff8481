/**
 * Exit codes of `warta analyze`. A module of their own: the CLI sets them on usage errors and
 * --help without loading run-batch, which loads the whole pipeline.
 */
export const EXIT = {
  /** Every article was analysed fully. */
  ok: 0,
  /** The run completed, but some records are errors or partial summaries. */
  someFailed: 1,
  /** Usage error, or the output could not be written: the run did not complete. */
  usage: 2,
  /** Interrupted (SIGINT/SIGTERM) after a checkpoint: rerun with --resume. */
  interrupted: 130,
} as const;
