import { workerData } from 'piscina';
import { markRecordStart, type WorkerTask } from './budget.js';
import { buildSetupPipeline, type WorkerSetup } from './processor.js';
import { processChunk, type RecordResult } from './process-record.js';

// Built once per worker thread, when it starts, and reused for every task it runs.
const setup = workerData as WorkerSetup;
const pipeline = buildSetupPipeline(setup);
// A pipeline that cannot be built fails the first task; until then the rejection is not unhandled.
pipeline.catch(() => {});

let warm = false;

/**
 * Piscina task: one chunk of records → one result per record, in order. Before each record the
 * worker writes its index and start time into the task's shared memory, where the calling thread's
 * watchdog reads them (see `BudgetedRunner`).
 */
export default async function task(work: WorkerTask): Promise<RecordResult[]> {
  const built = await pipeline;
  if (!warm) {
    // One short article first, so that what the stages load on first use (the stemmer's
    // dictionary, compiled schemas) is not charged to the first record. It is watched as the first
    // record (a stage that never finishes stops here too); that record's clock restarts after it.
    markRecordStart(work, 0);
    built.analyze({ title: 'Harga Beras Naik', body: 'JAKARTA - Harga beras naik 10 persen menjadi Rp 15.000 per kilogram, kata Budi Santoso, Senin.' });
    warm = true;
  }
  return processChunk(built, work.records, setup, (i) => markRecordStart(work, i));
}
