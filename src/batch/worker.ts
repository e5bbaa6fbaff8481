import { workerData } from 'piscina';
import type { InputRecord } from '../io/record.js';
import { createPipeline } from '../pipeline/pipeline.js';
import type { WorkerSetup } from './processor.js';
import { processChunk, type RecordResult } from './process-record.js';

// Built once per worker thread, at start-up, and reused for every task it runs.
const setup = workerData as WorkerSetup;
const pipeline = createPipeline(setup.pipeline);

/** Piscina task: one chunk of records → one result per record, in order. */
export default function task(records: InputRecord[]): RecordResult[] {
  return processChunk(pipeline, records, setup);
}
