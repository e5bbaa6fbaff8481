/**
 * A worker thread of the HTTP service's pool (piscina): one task function, `{ name, payload }` → the
 * answer of the named task (below). The pipeline is
 * built once, when the thread starts, from the same setup as a batch worker's (`buildSetupPipeline`:
 * the config plus its plugins), and warmed up on a short article; then the thread tells the pool it is
 * ready. Everything the service computes from an article runs here, never on the event loop.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { workerData } from 'piscina';
import { buildSetupPipeline } from '../batch/processor.js';
import { processChunk, type RecordResult } from '../batch/process-record.js';
import type { InputRecord } from '../io/record.js';
import type { LanguageResponse, NumbersRequest, StemResponse, SummaryField } from '../schema/http.js';
import type { NumberItem } from '../schema/number.js';
import type { Status, Summary } from '../schema/summary.js';
import { summaryJsonSchema } from '../schema/summary.js';
import { detectLanguage } from '../stages/language/index.js';
import { extractNumbers } from '../stages/numbers/index.js';
import { stem as stemWord } from '../stages/stem/stemmer.js';
import { pickFields } from './fields.js';
import { TaskCell, type ServerWorkerSetup, type TaskMessage, type TaskName, type WorkerReport } from './pool.js';

const setup = workerData as ServerWorkerSetup;
const cells = setup.cells ? new Int32Array(setup.cells) : undefined;
const busy = setup.busy ? new BigInt64Array(setup.busy) : undefined;

// A short article through every stage: the first request then finds the code compiled and the
// lazily loaded dictionaries (the stemmer's) in memory.
const WARM_UP = {
  id: 'warm-up',
  title: 'Anggaran Rp 1,5 Triliun untuk 70 Juta Pengguna',
  body: 'JAKARTA - Menteri Keuangan Sri Mulyani mengatakan anggaran Rp 1,5 triliun disiapkan pada Senin (20/10/2025). "Kami ingin program ini selesai tahun ini," ujar Sri Mulyani di Jakarta.',
};

// Why not top-level await: piscina loads a worker with require() (see the default export below),
// which refuses a module with top-level await.
const building = buildSetupPipeline(setup).then((pipeline) => {
  pipeline.analyze(WARM_UP);
  return pipeline;
});
building.then(
  (pipeline) => report({ warta: 'ready', threadId, config: pipeline.hash }),
  // Why not throw: a worker that fails while loading would be restarted by piscina again and again;
  // the pool reports this message instead (the server refuses to start with it).
  (err: unknown) => report({ warta: 'failed', threadId, error: err instanceof Error ? err.message : String(err) }),
);

function report(message: WorkerReport): void {
  parentPort?.postMessage(message);
}

/** What `analyze` returns: the summary as JSON text (sent as it is) and its status. */
export interface AnalyzeResult {
  json: string;
  status: Status;
}

/** One article (already checked against the article schema) → its summary, trimmed to `fields`. */
async function analyze(task: { article: unknown; fields?: SummaryField[] }): Promise<AnalyzeResult> {
  const summary = (await building).analyze(task.article);
  return { json: JSON.stringify(pickFields(summary, task.fields)), status: summary.status };
}

/**
 * Records of a batch request → one output line each, in order (the batch CLI's own record
 * processing: invalid JSON, a non-object or an empty body becomes an error record naming its line).
 */
async function batch(task: { records: InputRecord[]; fields?: SummaryField[] }): Promise<RecordResult[]> {
  const results = processChunk(await building, task.records, setup);
  const { fields } = task;
  if (fields === undefined) return results;
  return results.map((r) => ({ status: r.status, line: JSON.stringify(pickFields(JSON.parse(r.line) as Summary, fields)) }));
}

/** `POST /v1/numbers`. */
function numbers(task: NumbersRequest): NumberItem[] {
  return extractNumbers(task.text, {
    ...(task.publishedAt !== undefined ? { publishedAt: task.publishedAt } : {}),
    ...(task.language !== undefined ? { language: task.language } : {}),
  });
}

/** `POST /v1/stem`. */
function stem(words: string[]): StemResponse['stems'] {
  return words.map((word) => ({ word, stem: stemWord(word) }));
}

/** `POST /v1/language`. */
function language(text: string): LanguageResponse {
  return detectLanguage(text);
}

/** `GET /v1/schema`: the JSON Schema of this pipeline's summaries (with its stages' `ext` fields). */
async function schema(): Promise<Record<string, unknown>> {
  return summaryJsonSchema((await building).summarySchema);
}

const TASKS = { analyze, batch, numbers, stem, language, schema } satisfies Record<TaskName, (payload: never) => unknown>;

/**
 * The pool's task: runs the named task on its payload, once the pipeline is built, unless the pool
 * cancelled it while it waited (then it answers null): the task's shared cell says which (see
 * `TaskCell`). Why one default export rather than named ones: piscina loads a worker with require()
 * and looks for its default export first; without one it falls back to import(), which under tsx
 * (tests, scripts run from source) cannot load TypeScript in a thread.
 */
export default async function task({ name, payload, cell }: TaskMessage): Promise<unknown> {
  // A thread still building its pipeline (a replacement) has not started the task: it waits.
  await building;
  if (cells && Atomics.compareExchange(cells, cell, TaskCell.waiting, TaskCell.started) !== TaskCell.waiting) return null;
  const started = performance.now();
  try {
    return await (TASKS[name] as (payload: unknown) => unknown)(payload);
  } finally {
    if (busy) Atomics.add(busy, 0, BigInt(Math.round((performance.now() - started) * 1000)));
  }
}
