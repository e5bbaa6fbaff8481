/**
 * Batch processing of article dumps (JSONL, CSV/TSV, HTML, WARC, folders, gzip) with worker threads,
 * ordered output, checkpoints and resume: `import { runBatch } from 'warta/batch'`. A separate entry
 * point, so that importing `warta` itself stays light.
 * @packageDocumentation
 */
export { runBatch, exitCodeOf, EXIT, type BatchOptions } from './run-batch.js';
