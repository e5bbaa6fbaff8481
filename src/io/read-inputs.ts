import type { InputFormat } from './format.js';
import { readHtmlFile } from './html-reader.js';
import { readJsonl } from './jsonl-reader.js';
import type { InputFile, Reader, ReaderContext } from './reader.js';
import { errorPayload, type InputRecord } from './record.js';
import { readTextFile } from './text-reader.js';
import type { UnusableInput } from './walk.js';
import { readCsv } from './csv-reader.js';
import { readWarc } from './warc-reader.js';
import { stemOf } from './format.js';

const READERS: Record<InputFormat, Reader> = {
  jsonl: readJsonl,
  csv: readCsv,
  tsv: readCsv,
  txt: readTextFile,
  html: readHtmlFile,
  warc: readWarc,
};

/**
 * All records of all inputs, in input order; an unusable input is one error record. The sequence
 * is deterministic for the same inputs, which is what sharding and resuming rely on.
 */
export async function* readInputs(inputs: AsyncIterable<InputFile | UnusableInput>, ctx: ReaderContext): AsyncGenerator<InputRecord> {
  for await (const input of inputs) {
    if ('reason' in input) {
      yield { id: stemOf(input.path), source: { file: input.path }, payload: errorPayload('input-unreadable', `${input.path}: ${input.reason}`) };
      continue;
    }
    yield* READERS[input.format](input, ctx);
  }
}
