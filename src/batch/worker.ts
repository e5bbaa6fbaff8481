import { workerData } from 'piscina';
import type { InputRecord } from '../io/record.js';
import { buildSetupPipeline, type WorkerSetup } from './processor.js';
import { processChunk, type RecordResult } from './process-record.js';

// Built once per worker thread, when it starts, and reused for every task it runs.
const setup = workerData as WorkerSetup;
const pipeline = buildSetupPipeline(setup);
// A pipeline that cannot be built fails the first task; until then the rejection is not unhandled.
pipeline.catch(() => {});

/** Piscina task: one chunk of records → one result per record, in order. */
export default async function task(records: InputRecord[]): Promise<RecordResult[]> {
  return processChunk(await pipeline, records, setup);
}
