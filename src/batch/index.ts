/**
 * Batch processing of article dumps (JSONL, CSV/TSV, HTML, WARC, folders, gzip) with worker threads,
 * ordered output, checkpoints and resume: `import { runBatch } from 'warta/batch'`. A separate entry
 * point, so that importing `warta` itself stays light.
 * @packageDocumentation
 */
export { EXIT } from './exit.js';
export { runBatch, exitCodeOf, type BatchOptions, type BatchResult, type BatchOptionNames } from './run-batch.js';
export type { RecordSink } from './sink.js';
