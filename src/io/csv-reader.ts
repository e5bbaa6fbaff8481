import { contentChunks, describeIoError, rawChunks } from './bytes.js';
import { csvRecords, type CsvLine } from './csv-records.js';
import { decodeText } from './decode.js';
import { MAPPABLE_FIELDS, type FieldMap } from './field-map.js';
import { displayPath, stemOf } from './format.js';
import { OPTION_NAMES, type OptionNames } from './limits.js';
import { splitLines } from './lines.js';
import type { Reader, ReaderContext } from './reader.js';
import { errorPayload, type InputRecord } from './record.js';
import { utf8Chunks } from './utf16.js';

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

/** The decoded lines of a file, with the blank lines skipped before each counted. */
async function* csvLines(path: string, ctx: ReaderContext): AsyncGenerator<CsvLine> {
  let previous = 0;
  const limitName = (ctx.names ?? OPTION_NAMES).maxLineBytes;
  for await (const l of splitLines(utf8Chunks(contentChunks(rawChunks(path, ctx.onBytes))), ctx.limits.maxLineBytes, { skipBlank: true })) {
    const blankBefore = l.line - previous - 1;
    previous = l.line;
    if (l.tooLong) {
      const reason = `the line is longer than ${ctx.limits.maxLineBytes} bytes (${limitName}); skipped`;
      yield { line: l.line, text: '', bytes: 0, blankBefore, problem: { code: 'line-too-long', reason } };
      continue;
    }
    const decoded = decodeText(l.bytes);
    if (decoded.ok) yield { line: l.line, text: decoded.text, bytes: l.bytes.length, blankBefore };
    else yield { line: l.line, text: '', bytes: l.bytes.length, blankBefore, problem: { code: 'input-unreadable', reason: `the line is ${decoded.reason}` } };
  }
}

/**
 * CSV and TSV with a header row, in UTF-8 (or UTF-16 with its byte-order mark); `--map
 * field=column` names the columns (see {@link rowToArticle}). A broken record (a broken quote, a
 * quote never closed, a wrong number of fields, a record over the line limit) is one error
 * record and reading goes on: the rows a broken quote swallowed are read again (see
 * {@link csvRecords}), and no row is made up from the inside of a broken field.
 */
export const readCsv: Reader = async function* (input, ctx): AsyncGenerator<InputRecord> {
  const file = displayPath(input.path);
  const name = stemOf(input.path);
  const tsv = input.format === 'tsv';
  const names = ctx.names ?? OPTION_NAMES;
  let header: string[] | undefined;
  let headerProblem: string | undefined;
  let lastLine = 0;
  const options = { delimiter: tsv ? '\t' : ',', relaxQuotes: tsv, maxRecordBytes: ctx.limits.maxLineBytes, limitName: names.maxLineBytes };
  try {
    for await (const item of csvRecords(csvLines(input.path, ctx), options)) {
      lastLine = item.line;
      const source = { file, line: item.line };
      if (item.kind === 'broken') {
        yield { id: `${name}:${item.line}`, source, payload: errorPayload(item.code, `CSV record: ${item.reason}`) };
        continue;
      }
      if (!header) {
        // The header is checked once against the mapping, so every row can say what is wrong with it.
        header = item.fields;
        headerProblem = mappingProblem(header, ctx.map ?? {}, ctx.names);
        continue;
      }
      const row: Record<string, string> = {};
      header.forEach((column, i) => (row[column] = item.fields[i]!));
      const rowId = row[ctx.map?.id ?? 'id'];
      const id = rowId ? rowId : `${name}:${item.line}`;
      if (headerProblem) yield { id, source, payload: errorPayload('input-invalid', headerProblem) };
      else yield { id, source, payload: { kind: 'article', article: rowToArticle(row, ctx.map ?? {}) } };
    }
  } catch (err) {
    const line = lastLine + 1;
    yield { id: `${name}:${line}`, source: { file, line }, payload: errorPayload('input-unreadable', `cannot read CSV past line ${lastLine}: ${describeIoError(err)}`) };
  }
};
