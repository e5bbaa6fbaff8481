/**
 * The PostgreSQL job queue (pg-boss): `queueAdd` stores a dump in chunks and enqueues a job per
 * chunk; `runWorker` analyses them into the fact store, each chunk exactly once; `queueStatus`,
 * `queueExport`, `queueRetry` watch and finish a run.
 * @packageDocumentation
 */
export { queueAdd, type QueueAddOptions, type QueueAddResult } from './add.js';
export { runWorker, type WorkerOptions, type WorkerResult } from './worker.js';
export { queueStatus, queueRetry, queueExport, type QueueStatus, type QueueExportResult } from './manage.js';
export { parseQueueUrl, DEFAULT_JOB_POLICY, QUEUE_NAME, type JobPolicy, type QueueLocation } from './db.js';
