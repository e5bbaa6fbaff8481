/**
 * A load's worker thread: turns lines of `warta analyze` output into the store's rows, off the
 * thread that writes them (see `loadFiles`). It receives a batch of lines as one buffer and answers,
 * line by line in order, a prepared summary, a broken line's message, or nothing (a blank line).
 */
import { parentPort } from 'node:worker_threads';
import { decodeText } from '../io/decode.js';
import { parseSummaryLine, prepareSummary, type PreparedSummary } from './writer.js';

/** A batch of lines: their bytes one after another, each line's end offset and its line number. */
export interface LineBatch {
  seq: number;
  bytes: Uint8Array;
  ends: number[];
  validate: boolean;
}

/** One line's outcome. */
export type LineResult = { prepared: PreparedSummary } | { broken: string } | null;

export interface BatchResult {
  seq: number;
  results: LineResult[];
}

/** The outcome of one line's bytes (what the writer's `push` would make of it, plus decoding). */
export function prepareLine(bytes: Uint8Array, validate: boolean, loadedAt: string): LineResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { broken: `the line is ${decoded.reason}` };
  if (decoded.text.trim() === '') return null;
  const r = parseSummaryLine(decoded.text, validate);
  return 'broken' in r ? r : { prepared: prepareSummary(r.summary, loadedAt) };
}

parentPort?.on('message', (batch: LineBatch) => {
  const loadedAt = new Date().toISOString();
  const results: LineResult[] = [];
  let start = 0;
  for (const end of batch.ends) {
    results.push(prepareLine(batch.bytes.subarray(start, end), batch.validate, loadedAt));
    start = end;
  }
  parentPort!.postMessage({ seq: batch.seq, results } satisfies BatchResult);
});
