import { TableBlockBuilder, type TableBlock } from './column-block.js';
import { addFactRows, type FactRowSink } from './rows.js';
import { FACT_TABLES, type FactTableName } from './tables.js';
import { analysisOf, lineText, parseSummaryLine, type Analysis } from './summary-line.js';

/**
 * Lines of a load, for a parsing thread: their bytes one after another, `ends[i]` where the i-th
 * ends (sent as bytes, the loading thread neither decodes them nor keeps their texts). `seq`
 * numbers the requests.
 */
export interface ParseRequest {
  readonly seq: number;
  readonly bytes: Uint8Array;
  readonly ends: Int32Array;
  /** Lay out the summaries' rows too (else only their ids and analyses are read). */
  readonly rows: boolean;
}

/** One line parsed: its article's id and analysis, why it is no summary, or nothing (a blank line). */
export type ParsedLine = { readonly id: string; readonly analysis: Analysis } | { readonly broken: string } | { readonly blank: true };

/** The i-th line of a request, as bytes. */
export function lineBytes(request: Pick<ParseRequest, 'bytes' | 'ends'>, i: number): Uint8Array {
  return request.bytes.subarray(i === 0 ? 0 : request.ends[i - 1]!, request.ends[i]!);
}

/**
 * The lines of a request parsed: one result per line, and, when asked for, the rows of its
 * summaries, the k-th summary's rows numbered k in their first column (the article), with
 * `starts[table][k]` its first row.
 */
export interface ParsedLines {
  readonly seq: number;
  readonly lines: readonly ParsedLine[];
  readonly rows?: { readonly tables: Record<FactTableName, TableBlock>; readonly starts: Record<FactTableName, Int32Array> };
}

/** The thread's builders, made on its first request and emptied by each. */
let builders: Record<FactTableName, TableBlockBuilder> | undefined;

/**
 * Reads lines as summaries (checked against the schema unless `validate` is false) and lays out
 * their rows as `FactWriter` would write them, with `loaded_at` left for the writer to set.
 */
export function parseLines(request: ParseRequest, validate: boolean): ParsedLines {
  builders ??= Object.fromEntries(FACT_TABLES.map((t) => [t.name, new TableBlockBuilder(t)])) as Record<FactTableName, TableBlockBuilder>;
  const b = builders;
  const starts = Object.fromEntries(FACT_TABLES.map((t) => [t.name, [] as number[]])) as Record<FactTableName, number[]>;
  const lines: ParsedLine[] = [];
  let k = 0;
  for (let i = 0; i < request.ends.length; i++) {
    const read = lineText(lineBytes(request, i));
    if (!('text' in read)) {
      lines.push(read);
      continue;
    }
    const r = parseSummaryLine(read.text, validate);
    if ('broken' in r) {
      lines.push({ broken: r.broken });
      continue;
    }
    const analysis = analysisOf(r.summary);
    if (request.rows) {
      for (const t of FACT_TABLES) starts[t.name].push(b[t.name].rows);
      addFactRows(b as FactRowSink, r.summary, k++, null, { hash: analysis.hash });
    }
    lines.push({ id: r.summary.id, analysis });
  }
  if (!request.rows) return { seq: request.seq, lines };
  const tables = {} as Record<FactTableName, TableBlock>;
  const startRows = {} as Record<FactTableName, Int32Array>;
  for (const t of FACT_TABLES) {
    starts[t.name].push(b[t.name].rows);
    startRows[t.name] = Int32Array.from(starts[t.name]);
    tables[t.name] = b[t.name].finish();
  }
  return { seq: request.seq, lines, rows: { tables, starts: startRows } };
}
