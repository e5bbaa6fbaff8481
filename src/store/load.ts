import { contentChunks, describeIoError, rawChunks } from '../io/bytes.js';
import { decodeText } from '../io/decode.js';
import { displayPath } from '../io/format.js';
import { splitLines, type Line } from '../io/lines.js';
import type { LoadError, LoadStats } from '../schema/facts.js';
import type { FactStore } from './store.js';
import type { FactWriterOptions } from './writer.js';

/** Options of {@link loadFiles}. */
export interface LoadOptions extends FactWriterOptions {
  /** Lines longer than this are recorded as broken, without being buffered. Default 256 MiB. */
  maxLineBytes?: number;
  /** Called after each batch is written, with the counts so far. */
  onProgress?: (stats: LoadStats) => void;
}

/** Default longest line: a summary of the largest article `warta analyze` accepts fits many times. */
export const DEFAULT_LOAD_LINE_BYTES = 256 * 1024 * 1024;

/**
 * Loads `warta analyze` output (JSONL, gzipped or not; `-` for stdin) into a store. Every line is
 * a summary or an error record; a line that is neither (invalid JSON, another shape, too long, not
 * UTF-8) and a file that cannot be read are recorded in `load_errors` and counted as `broken`, and
 * the load goes on. Loading the same output twice stores nothing twice.
 */
export async function loadFiles(store: FactStore, inputs: readonly string[], options: LoadOptions = {}): Promise<LoadStats & { brokenLines: LoadError[] }> {
  const writer = store.writer(options);
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_LOAD_LINE_BYTES;
  const flush = async () => {
    await writer.flush();
    options.onProgress?.({ ...writer.stats });
  };
  for (const input of inputs) {
    const file = input === '-' ? '-' : displayPath(input);
    const lines = splitLines(contentChunks(rawChunks(input)), maxLineBytes);
    let lastLine = 0;
    for (;;) {
      // Only reading is guarded here: a store that fails to write stops the load with its error.
      let next: IteratorResult<Line>;
      try {
        next = await lines.next();
      } catch (err) {
        const reason = describeIoError(err);
        writer.addBroken({ file, line: lastLine + 1 }, lastLine === 0 ? `cannot read ${file}: ${reason}` : `cannot read past line ${lastLine}: ${reason}`);
        break;
      }
      if (next.done) break;
      const l = next.value;
      lastLine = l.line;
      const source = { file, line: l.line };
      if (l.tooLong) writer.addBroken(source, `the line is longer than ${maxLineBytes} bytes`);
      else if (l.bytes.length > 0) {
        const decoded = decodeText(l.bytes);
        if (!decoded.ok) writer.addBroken(source, `the line is ${decoded.reason}`);
        else if (decoded.text.trim() !== '') writer.push(decoded.text, source);
      }
      if (writer.needsFlush) {
        await writer.flushSoon();
        options.onProgress?.({ ...writer.stats });
      }
    }
  }
  await flush();
  return { ...writer.stats, brokenLines: writer.brokenLines };
}
