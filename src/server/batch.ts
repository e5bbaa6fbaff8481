import { Readable } from 'node:stream';
import { errorResult, type RecordResult } from '../batch/process-record.js';
import type { InputRecord } from '../io/record.js';
import type { SummaryField } from '../schema/http.js';
import type { Status } from '../schema/summary.js';
import { PoolError, type AnalysisPool, type CancelSignal } from './pool.js';

/** One line of a JSONL body, kept as text: the worker parses it (an invalid line becomes an error record). */
export class JsonlLine {
  constructor(
    readonly text: string,
    readonly line: number,
  ) {}
}

/** A JSONL body → its non-blank lines, numbered from 1 as in the body. */
export function splitJsonl(body: string): JsonlLine[] {
  const out: JsonlLine[] = [];
  let n = 0;
  for (const text of body.split('\n')) {
    n++;
    if (text.trim() !== '') out.push(new JsonlLine(text.endsWith('\r') ? text.slice(0, -1) : text, n));
  }
  return out;
}

/**
 * A batch body (JSONL lines, or the elements of a JSON array) → input records, as the batch CLI's
 * readers make them: a JSONL line, or an array element written back as JSON, is parsed by the worker
 * (error records name the line); an array element that is not an object becomes an error record
 * naming its position.
 */
export function toRecords(items: readonly unknown[]): InputRecord[] {
  return items.map((item, i) => {
    if (item instanceof JsonlLine) return { id: `line-${item.line}`, source: { line: item.line }, payload: { kind: 'json', text: item.text } };
    const record = String(i + 1);
    const source = { record };
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      const got = item === null ? 'null' : Array.isArray(item) ? 'an array' : typeof item;
      return { id: `record-${record}`, source, payload: { kind: 'error', code: 'input-invalid', message: `record ${record}: expected a JSON object (an article), got ${got}` } };
    }
    // As JSON text, like a JSONL line: text crosses to the worker thread in one piece, where a deeply
    // nested object would overflow the structured clone (and fail every record of its chunk).
    try {
      return { id: `record-${record}`, source, payload: { kind: 'json', text: JSON.stringify(item) } };
    } catch {
      return { id: `record-${record}`, source, payload: { kind: 'error', code: 'input-invalid', message: `record ${record}: nested too deeply to read` } };
    }
  });
}

/** How a batch is cut into worker tasks. */
export interface BatchRun {
  pool: AnalysisPool;
  records: readonly InputRecord[];
  fields?: SummaryField[] | undefined;
  /** Records per worker task. */
  chunkSize: number;
  /** Called with the status of every output line. */
  onResult(status: Status): void;
}

/** The error lines of a chunk the pool gave up on: every record of it gets one, nothing is dropped. */
function failedChunk(records: readonly InputRecord[], err: unknown): RecordResult[] {
  const timedOut = err instanceof PoolError && (err.reason === 'run-timeout' || err.reason === 'queue-timeout');
  const message = err instanceof Error ? err.message : String(err);
  return records.map((r) => errorResult(r, timedOut ? 'time-limit' : 'internal-error', `not analysed: ${message}`));
}

/**
 * Runs a batch on the pool and returns its output as a stream of JSONL, one line per record, in
 * input order, while later chunks still run. The first chunk is admitted like any request (a full
 * queue rejects it, and the request gets 429 before anything is sent); the rest follow it without
 * queueing twice, at most one chunk per thread at a time, and only as fast as the client reads. A
 * chunk that runs out of time gives an error record for each of its records.
 */
export async function runBatchStream(run: BatchRun, signal: CancelSignal): Promise<Readable> {
  const { pool, records, chunkSize, fields } = run;
  const chunks: InputRecord[][] = [];
  for (let i = 0; i < records.length; i += chunkSize) chunks.push(records.slice(i, i + chunkSize));
  const submit = (i: number, force: boolean): Promise<RecordResult[]> =>
    pool.run<RecordResult[]>('batch', { records: chunks[i], ...(fields ? { fields } : {}) }, { force, signal }).catch((err: unknown) => {
      // Only admission is refused as a whole (429, before anything is sent); once admitted, a chunk
      // that fails becomes error records.
      if (err instanceof PoolError && err.reason === 'queue-full') throw err;
      return failedChunk(chunks[i]!, err);
    });
  const first = chunks.length > 0 ? await submit(0, false) : [];
  async function* lines(): AsyncGenerator<string> {
    const pending: Promise<RecordResult[]>[] = [Promise.resolve(first)];
    let next = 1;
    const launch = () => {
      if (next < chunks.length) pending.push(submit(next++, true));
    };
    for (let k = 1; k < pool.threads; k++) launch();
    while (pending.length > 0) {
      const results = await pending.shift()!;
      launch();
      let text = '';
      for (const r of results) {
        run.onResult(r.status);
        text += `${r.line}\n`;
      }
      yield text;
    }
  }
  return Readable.from(lines(), { objectMode: false });
}
