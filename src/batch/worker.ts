import { workerData } from 'piscina';
import { markRecordStart, type WorkerTask } from './budget.js';
import { buildSetupPipeline, type WorkerSetup } from './processor.js';
import { processChunk, type RecordResult } from './process-record.js';

// Built once per worker thread, when it starts, and reused for every task it runs.
const setup = workerData as WorkerSetup;
const pipeline = buildSetupPipeline(setup);
// A pipeline that cannot be built fails the first task; until then the rejection is not unhandled.
pipeline.catch(() => {});

/**
 * Piscina task: one chunk of records → one result per record, in order. Before each record the
 * worker writes its index and start time into the task's shared memory, where the calling thread's
 * watchdog reads them (see `BudgetedRunner`).
 */
export default async function task(work: WorkerTask): Promise<RecordResult[]> {
  const built = await pipeline;
  return processChunk(built, work.records, setup, (i) => markRecordStart(work, i));
}
