import type { MessageCode } from '../schema/message.js';

/** One physical line of a CSV file, decoded (or why it cannot be). */
export interface CsvLine {
  /** 1-based line number. */
  line: number;
  text: string;
  /** Bytes of the line (for the record size limit). */
  bytes: number;
  /** Blank lines just before this one (the line splitter counts them instead of yielding them). */
  blankBefore: number;
  /** Why the line cannot be read (invalid UTF-8, longer than the limit), if it cannot. */
  problem?: { code: MessageCode; reason: string };
}

/** What the parser found: a row of fields, or a broken record with its reason. */
export type CsvItem =
  | { kind: 'row'; line: number; fields: string[] }
  | {
      kind: 'broken';
      line: number;
      code: MessageCode;
      reason: string;
      /** The rest of the file is not read (a record too long to be a row swallowed it). */
      stop?: boolean;
    };

/** Options of {@link csvRecords}. */
export interface CsvOptions {
  delimiter: string;
  /** A quote in the middle of an unquoted field is an ordinary character (TSV), not an error. */
  relaxQuotes: boolean;
  /** A record larger than this is broken (typically an unclosed quote swallowing the file). */
  maxRecordBytes: number;
  /** How the size limit is named in messages. */
  limitName: string;
}

type Parsed =
  | { ok: true; fields: string[]; lines: CsvLine[] }
  | { ok: false; kind: 'quote' | 'open' | 'size' | 'line' | 'fields'; code: MessageCode; reason: string; lines: CsvLine[] };

/** Lines read ahead and given back: they are read again, before the rest of the stream. */
class LineSource {
  /** Lines given back, the next one last. */
  private readonly back: CsvLine[] = [];

  constructor(private readonly it: AsyncIterator<CsvLine>) {}

  async next(): Promise<CsvLine | undefined> {
    const line = this.back.pop();
    if (line) return line;
    const n = await this.it.next();
    return n.done ? undefined : n.value;
  }

  unread(lines: readonly CsvLine[]): void {
    for (let i = lines.length - 1; i >= 0; i--) this.back.push(lines[i]!);
  }
}

/**
 * Reads one record (RFC 4180: fields split by the delimiter, a field in quotes may hold delimiters,
 * doubled quotes and line breaks). Strict: a quote that closes a field must be followed by the
 * delimiter or the end of the line, and (unless `relaxQuotes`) a field that does not start with a
 * quote holds none. Undefined at the end of the input.
 */
async function readRecord(src: LineSource, options: CsvOptions): Promise<Parsed | undefined> {
  const first = await src.next();
  if (!first) return undefined;
  const lines = [first];
  const fail = (kind: Extract<Parsed, { ok: false }>['kind'], code: MessageCode, reason: string): Parsed => ({ ok: false, kind, code, reason, lines });
  if (first.problem) return fail('line', first.problem.code, first.problem.reason);
  const { delimiter, relaxQuotes, maxRecordBytes } = options;
  const fields: string[] = [];
  let field = '';
  let quoted = false; // the current field started with a quote
  let inQuotes = false;
  let size = first.bytes;
  let current = first;
  let text = first.text;
  let i = 0;
  // The next quote of the line at or after i (-1: none), found once per quote, not once per field.
  let quote = text.indexOf('"');
  for (;;) {
    if (i >= text.length) {
      if (!inQuotes) break;
      // A line break inside quotes belongs to the field: the record goes on on the next line.
      const next = await src.next();
      if (!next) return fail('open', 'input-invalid', `a quoted field opened on line ${first.line} is never closed (broken quote)`);
      lines.push(next);
      if (next.problem) return fail('line', next.problem.code, `${next.problem.reason}${onLine(next, first)}`);
      size += next.bytes + next.blankBefore + 1;
      if (size > maxRecordBytes) {
        return fail('size', 'line-too-long', `CSV record from line ${first.line} grows past ${maxRecordBytes} bytes (${options.limitName}; an unclosed quote?)`);
      }
      field += '\n'.repeat(next.blankBefore + 1);
      current = next;
      text = next.text;
      i = 0;
      quote = text.indexOf('"');
      continue;
    }
    if (quote >= 0 && quote < i) quote = text.indexOf('"', i);
    const c = text[i]!;
    if (inQuotes) {
      if (c !== '"') {
        // Up to the next quote at once.
        const end = quote < 0 ? text.length : quote;
        field += text.slice(i, end);
        i = end;
        continue;
      }
      if (text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      inQuotes = false;
      i += 1;
      if (i < text.length && text[i] !== delimiter) {
        return fail('quote', 'input-invalid', `broken quote${onLine(current, first)}: a quote inside a quoted field is not doubled ("")`);
      }
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      quoted = false;
      i += 1;
      continue;
    }
    if (c === '"' && field === '' && !quoted) {
      quoted = true;
      inQuotes = true;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (!relaxQuotes) return fail('quote', 'input-invalid', `broken quote${onLine(current, first)}: a quote in the middle of a field that does not start with one`);
      field += c;
      i += 1;
      continue;
    }
    // Up to the next delimiter or quote at once.
    let end = text.indexOf(delimiter, i);
    if (end < 0) end = text.length;
    if (quote >= 0 && quote < end) end = quote;
    field += text.slice(i, end);
    i = end;
  }
  fields.push(field);
  return { ok: true, fields, lines };
}

/** " on line 7" when the problem is on another line than the record's first (which messages name anyway). */
function onLine(at: CsvLine, first: CsvLine): string {
  return at.line === first.line ? '' : ` on line ${at.line}`;
}

/** "line 4" or "lines 4–9". */
function span(from: number, to: number): string {
  return from === to ? `line ${from}` : `lines ${from}–${to}`;
}

function lastLine(p: Parsed): number {
  return p.lines[p.lines.length - 1]!.line;
}

/**
 * The records of a CSV or TSV file, in order: the header first, then one item per row, each row or
 * broken record once. A broken record (a quote that breaks the rules, a quote never closed, a
 * record over the size limit, a wrong number of fields, an unreadable line) is one `broken` item
 * and reading goes on. Records only ever start at the start of a line. When a broken record spanned
 * several lines (an unclosed quote swallows the rows after it), those lines are read again and kept
 * when every record starting on them is a row; otherwise they were the broken field's own lines
 * and the span is one broken record, reading going on at the line where the break was found. So a
 * broken row costs itself, and a row is never made up from the middle of a line or from the lines
 * of a broken field, unless every one of those lines reads as a complete row by itself (which no
 * parser can tell from rows).
 */
export async function* csvRecords(lines: AsyncIterable<CsvLine>, options: CsvOptions): AsyncGenerator<CsvItem> {
  const src = new LineSource(lines[Symbol.asyncIterator]());
  let width: number | undefined;
  const check = (p: Parsed): Parsed => {
    if (!p.ok || width === undefined || p.fields.length === width) return p;
    return { ok: false, kind: 'fields', code: 'input-invalid', reason: `wrong number of fields: ${p.fields.length}, the header has ${width}`, lines: p.lines };
  };
  for (;;) {
    const raw = await readRecord(src, options);
    if (!raw) return;
    const record = check(raw);
    const line = record.lines[0]!.line;
    if (record.ok) {
      width ??= record.fields.length;
      yield { kind: 'row', line, fields: record.fields };
      continue;
    }
    if (width === undefined) {
      yield { kind: 'broken', line, code: record.code, reason: `the header cannot be read: ${record.reason}; the file is not read`, stop: true };
      return;
    }
    if (record.lines.length === 1) {
      yield { kind: 'broken', line, code: record.code, reason: record.reason };
      continue;
    }
    // The record swallowed lines line+1 … end: an unclosed quote swallows the rows after it. They
    // are read again, and kept only when every record that starts on them is a row.
    const end = lastLine(record);
    src.unread(record.lines.slice(1));
    const held: Array<{ line: number; fields: string[] }> = [];
    let failed: Parsed | undefined;
    for (;;) {
      const next = await readRecord(src, options);
      if (!next) break;
      const first = next.lines[0]!.line;
      if (first > end) {
        src.unread(next.lines);
        break;
      }
      const checked = check(next);
      if (!checked.ok) {
        failed = checked;
        break;
      }
      held.push({ line: first, fields: checked.fields });
    }
    if (!failed) {
      yield { kind: 'broken', line, code: record.code, reason: `${record.reason}; ${span(line + 1, end)} read again as rows` };
      for (const h of held) yield { kind: 'row', line: h.line, fields: h.fields };
      continue;
    }
    // Some of those lines are no rows: they belong to the broken field (its own paragraphs), and
    // the whole span is one broken record.
    if (record.kind === 'size') {
      // A field too long to be a row: the rest of the file may be inside it, and reading on would make rows of it.
      yield { kind: 'broken', line, code: record.code, reason: `${record.reason}; the rest of the file is skipped`, stop: true };
      return;
    }
    // The quote that ended the span on line `end` most likely opens a field of a row that starts
    // there: reading goes on with that line (a line that only ends a field cannot read as a row).
    const resume = record.kind === 'open' ? end + 1 : end;
    src.unread(failed.lines.slice(1));
    for (let l = await src.next(); l; l = await src.next()) {
      if (l.line >= resume) {
        src.unread([l]);
        break;
      }
    }
    yield { kind: 'broken', line, code: record.code, reason: `${record.reason} (${span(line, resume - 1)} skipped)` };
  }
}
