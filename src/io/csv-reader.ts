import { OPTION_NAMES, type OptionNames } from './limits.js';
import type { CsvError } from 'csv-parse';
import { Readable } from 'node:stream';
import { contentChunks, describeIoError, rawChunks } from './bytes.js';
import { MAPPABLE_FIELDS, type FieldMap } from './field-map.js';
import { displayPath, stemOf } from './format.js';
import type { Reader } from './reader.js';
import { errorPayload, type InputRecord } from './record.js';

/** A parsed row or a skipped one, in file order. */
type Item = { kind: 'row'; row: Record<string, string>; endLine: number } | { kind: 'skip'; endLine: number; reason: string };

/** Builds an article from a CSV row: mapped columns first, then columns named like the field. */
export function rowToArticle(row: Record<string, string>, map: FieldMap): Record<string, unknown> {
  const article: Record<string, unknown> = {};
  for (const field of MAPPABLE_FIELDS) {
    const column = map[field] ?? field;
    const value = row[column];
    if (value !== undefined && value !== '') article[field] = value;
  }
  return article;
}

/** Why the header cannot give articles (a mapped column is missing, no body column), if it cannot. */
export function mappingProblem(header: readonly string[], map: FieldMap, names: OptionNames = OPTION_NAMES): string | undefined {
  const has = new Set(header);
  const missing = Object.entries(map).filter(([, column]) => !has.has(column!));
  const shown = header.slice(0, 12).join(', ');
  if (missing.length > 0) {
    const list = missing.map(([field, column]) => `"${column}" (${names.map} ${field}=${column})`).join(', ');
    return `CSV header has no column ${list}; the columns are: ${shown}`;
  }
  const body = map.body ?? 'body';
  const text = map.text ?? 'text';
  if (!has.has(body) && !has.has(text)) {
    return `CSV header has no "body" or "text" column: name the article text with ${names.map} body=COLUMN; the columns are: ${shown}`;
  }
  return undefined;
}

function skipReason(err: CsvError): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed: the rest of the file is inside it (broken quote)';
    case 'INVALID_OPENING_QUOTE':
      return `broken quote: ${err.message}`;
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return `wrong number of fields: ${err.message}`;
    default:
      return err.message;
  }
}

/**
 * CSV and TSV with a header row; `--map field=column` names the columns (see {@link rowToArticle}).
 * A row csv-parse rejects (broken quote, wrong field count) becomes an error record and parsing
 * goes on. A record growing past `--max-line-bytes` (typically an unclosed quote swallowing the
 * file) stops the file with one error record instead of buffering the rest of it.
 */
export const readCsv: Reader = async function* (input, ctx): AsyncGenerator<InputRecord> {
  const file = displayPath(input.path);
  const name = stemOf(input.path);
  const tsv = input.format === 'tsv';
  const queue: Item[] = [];
  let pendingBytes = 0;
  let headerProblem: string | undefined;
  // csv-parse loads on the first CSV file only.
  const { parse } = await import('csv-parse');
  const parser = parse({
    // Checks the header once against the mapping, so every row can say what is wrong with it.
    columns: (header: string[]) => {
      headerProblem = mappingProblem(header, ctx.map ?? {}, ctx.names);
      return header;
    },
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    delimiter: tsv ? '\t' : ',',
    relax_quotes: tsv,
    on_record: (record) => {
      pendingBytes = 0;
      return record;
    },
    on_skip: (err) => {
      pendingBytes = 0;
      if (err) queue.push({ kind: 'skip', endLine: Number(err.lines), reason: skipReason(err) });
    },
  });
  let overflow = false;
  const feed = (async function* () {
    for await (const chunk of contentChunks(rawChunks(input.path, ctx.onBytes))) {
      // Bytes fed since the parser last completed a record: past the limit, one record is
      // swallowing the file. (Checked per chunk, so memory stays within the limit plus a chunk.)
      if (pendingBytes > ctx.limits.maxLineBytes) {
        // Thrown, not returned: ending the input would make the parser report the open quote too.
        overflow = true;
        throw new Error('CSV record over --max-line-bytes');
      }
      pendingBytes += chunk.length;
      yield chunk;
    }
  })();
  const source = Readable.from(feed);
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);

  let prevEnd = 1; // the header line
  const emit = (item: Item): InputRecord => {
    const line = prevEnd + 1;
    prevEnd = item.endLine;
    const rowId = item.kind === 'row' ? item.row[ctx.map?.id ?? 'id'] : undefined;
    const id = rowId ? rowId : `${name}:${line}`;
    if (item.kind === 'skip') return { id, source: { file, line }, payload: errorPayload('input-invalid', `CSV record: ${item.reason}`) };
    if (headerProblem) return { id, source: { file, line }, payload: errorPayload('input-invalid', headerProblem) };
    return { id, source: { file, line }, payload: { kind: 'article', article: rowToArticle(item.row, ctx.map ?? {}) } };
  };
  try {
    for await (const out of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      // The parser runs ahead of this loop: yield the skips that lie before this row in the file.
      while (queue.length > 0 && queue[0]!.endLine < out.info.lines) yield emit(queue.shift()!);
      yield emit({ kind: 'row', row: out.record, endLine: out.info.lines });
    }
    while (queue.length > 0) yield emit(queue.shift()!);
  } catch (err) {
    while (queue.length > 0) yield emit(queue.shift()!);
    const line = prevEnd + 1;
    const payload = overflow
      ? errorPayload('line-too-long', `CSV record grows past ${ctx.limits.maxLineBytes} bytes (${(ctx.names ?? OPTION_NAMES).maxLineBytes}; an unclosed quote?); the rest of the file is skipped`)
      : errorPayload('input-unreadable', `cannot read CSV past line ${prevEnd}: ${describeIoError(err)}`);
    yield { id: `${name}:${line}`, source: { file, line }, payload };
  }
};
