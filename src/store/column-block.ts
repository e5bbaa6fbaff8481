import type { Cell, ColumnType, TableDef } from './tables.js';

/**
 * Rows laid out as DuckDB's vectors hold them, column by column, in plain typed arrays: what the
 * DuckDB appender is fed (`duckdb-chunks.ts`), and what the threads that parse a load's lines hand
 * to the writing thread (their buffers are transferred, not copied).
 *
 * A VARCHAR column holds each value as DuckDB's 16-byte `string_t`: the length (4 bytes) and, for
 * a string of at most 12 bytes, the bytes themselves, zero-padded (DuckDB compares inlined strings
 * by all 16 bytes). Short ASCII texts (~¾ of a summary's) are written so; a longer or non-ASCII
 * text is kept aside (`longRows`) for DuckDB to copy into its vector's own heap: a finished block
 * holds them as UTF-8, one after another (`longBytes`, `longEnds`), so that a parsing thread hands
 * them over in a transferred buffer, not as strings the loading thread would copy and collect.
 * NULLs are listed by row (`nullRows`).
 */

/** Bytes of one `string_t`; the longest string it holds inline. */
export const STRING_BYTES = 16;
const INLINE_MAX = 12;

/** Bytes a value of each column type takes in a vector. */
const WIDTH: Record<ColumnType, number> = { text: STRING_BYTES, key: STRING_BYTES, int: 4, double: 8, bool: 1 };

/** One column of a block of rows, finished. Row lists are in increasing order. */
export interface ColumnData {
  /** The values as DuckDB lays them out (NULLs, long texts: zero). */
  readonly bytes: Uint8Array;
  readonly nullRows: Int32Array;
  /** VARCHAR: the rows whose text is not inlined, and their texts as UTF-8, the i-th ending at `longEnds[i]`. */
  readonly longRows: Int32Array;
  readonly longBytes: Uint8Array;
  readonly longEnds: Int32Array;
}

/** A table's rows, finished. */
export interface TableBlock {
  readonly rows: number;
  readonly columns: readonly ColumnData[];
}

/**
 * Writes a value into `bytes` at `row` when it can be stored there as is; false for a text to be
 * handed to DuckDB (longer than 12 bytes, or not ASCII).
 */
function writeValue(type: ColumnType, bytes: Uint8Array, view: DataView, row: number, value: Cell): boolean {
  switch (type) {
    case 'int':
      view.setInt32(row * 4, value as number, true);
      return true;
    case 'double':
      view.setFloat64(row * 8, value as number, true);
      return true;
    case 'bool':
      bytes[row] = value ? 1 : 0;
      return true;
    default: {
      const s = value as string;
      const n = s.length;
      if (n > INLINE_MAX) return false;
      const at = row * STRING_BYTES + 4;
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) {
          bytes.fill(0, at, at + i);
          return false;
        }
        bytes[at + i] = c;
      }
      view.setUint32(row * STRING_BYTES, n, true);
      return true;
    }
  }
}

const encoder = new TextEncoder();

/** Texts as UTF-8 one after another, the i-th ending at `ends[i]` (bytes are taken as they are). */
function utf8Run(texts: readonly (string | Uint8Array)[]): { bytes: Uint8Array; ends: Int32Array } {
  let most = 0;
  for (const t of texts) most += typeof t === 'string' ? t.length * 3 : t.length;
  const out = new Uint8Array(most);
  const ends = new Int32Array(texts.length);
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    if (typeof t === 'string') at += encoder.encodeInto(t, out.subarray(at)).written;
    else {
      out.set(t, at);
      at += t.length;
    }
    ends[i] = at;
  }
  return { bytes: out.slice(0, at), ends };
}

/** The entries of an ascending row list, from index `at` on, whose rows lie in `from`…`to` (`to` excluded): [first, end). */
function listedWithin(rows: Int32Array, at: number, from: number, to: number): [first: number, end: number] {
  let first = at;
  while (first < rows.length && rows[first]! < from) first++;
  let end = first;
  while (end < rows.length && rows[end]! < to) end++;
  return [first, end];
}

/** Numbers the column builders grow their row lists with. */
class IntList {
  values = new Int32Array(64);
  length = 0;
  push(v: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = v;
  }
  take(): Int32Array {
    const out = this.values.slice(0, this.length);
    this.length = 0;
    return out;
  }
  clear(): void {
    this.length = 0;
  }
}

/** One column being filled, in a buffer of a fixed number of rows (`capacity`) or a growing one. */
export class ColumnBuilder {
  bytes: Uint8Array;
  private view: DataView;
  readonly width: number;
  readonly nullRows = new IntList();
  readonly longRows = new IntList();
  /** The texts of `longRows`: strings set here, or UTF-8 bytes copied from a finished column. */
  readonly longTexts: (string | Uint8Array)[] = [];

  constructor(
    readonly type: ColumnType,
    capacity: number,
  ) {
    this.width = WIDTH[type];
    this.bytes = new Uint8Array(capacity * this.width);
    this.view = new DataView(this.bytes.buffer);
  }

  /** Room for `rows` rows (a growing column doubles its buffer). */
  reserve(rows: number): void {
    if (rows * this.width <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(rows, (this.bytes.length / this.width) * 2) * this.width);
    grown.set(this.bytes);
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }

  set(row: number, value: Cell | undefined): void {
    if (value === null || value === undefined) this.nullRows.push(row);
    else if (!writeValue(this.type, this.bytes, this.view, row, value)) {
      this.longRows.push(row);
      this.longTexts.push(value as string);
    }
  }

  /**
   * Copies rows `from`…`to` of a finished column to `row` onwards. `lists` says where in the
   * source's row lists the last copy stopped (copies of one block go forward), and is moved on.
   */
  copy(source: ColumnData, from: number, to: number, row: number, lists: { nulls: number; longs: number }): void {
    const w = this.width;
    this.bytes.set(source.bytes.subarray(from * w, to * w), row * w);
    const shift = row - from;
    const nulls = source.nullRows;
    const [n0, n1] = listedWithin(nulls, lists.nulls, from, to);
    for (let i = n0; i < n1; i++) this.nullRows.push(nulls[i]! + shift);
    lists.nulls = n1;
    const longs = source.longRows;
    const ends = source.longEnds;
    const [l0, l1] = listedWithin(longs, lists.longs, from, to);
    for (let j = l0; j < l1; j++) {
      this.longRows.push(longs[j]! + shift);
      this.longTexts.push(source.longBytes.subarray(j === 0 ? 0 : ends[j - 1]!, ends[j]!));
    }
    lists.longs = l1;
  }

  /** The rows so far (`rows` of them) as a finished column; the builder is empty afterwards. */
  finish(rows: number): ColumnData {
    const { bytes: longBytes, ends: longEnds } = utf8Run(this.longTexts);
    this.longTexts.length = 0;
    const data: ColumnData = {
      bytes: this.bytes.slice(0, rows * this.width),
      nullRows: this.nullRows.take(),
      longRows: this.longRows.take(),
      longBytes,
      longEnds,
    };
    this.bytes = new Uint8Array(this.bytes.length);
    this.view = new DataView(this.bytes.buffer);
    return data;
  }

  /** Empties a fixed buffer for its next rows (inlined texts need their unused bytes zero). */
  clear(rows: number): void {
    if (this.width === STRING_BYTES) this.bytes.fill(0, 0, rows * STRING_BYTES);
    this.nullRows.clear();
    this.longRows.clear();
    this.longTexts.length = 0;
  }
}

/** Rows of one table, appended one at a time into growing columns. */
export class TableBlockBuilder {
  private readonly columns: ColumnBuilder[];
  rows = 0;

  constructor(table: TableDef) {
    this.columns = table.columns.map(([, type]) => new ColumnBuilder(type, 256));
  }

  push(row: readonly Cell[]): void {
    const r = this.rows++;
    const columns = this.columns;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      column.reserve(r + 1);
      column.set(r, row[c]);
    }
  }

  finish(): TableBlock {
    const block = { rows: this.rows, columns: this.columns.map((c) => c.finish(this.rows)) };
    this.rows = 0;
    return block;
  }
}

/** How the rows of a block are written: their article numbers, and values set for all of them. */
export interface BlockRows {
  /** The first column holds an index into this: the store's number of each row's article. */
  readonly articleNos: Int32Array;
  /** Columns whose value is the same for every row (`articles.loaded_at`), by column index. */
  readonly fixed?: readonly (readonly [column: number, value: Cell])[];
}

/** The buffers of a block, for `postMessage`'s transfer list. */
export function blockBuffers(tables: Iterable<TableBlock>): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const t of tables) {
    for (const c of t.columns) out.push(c.bytes.buffer as ArrayBuffer, c.nullRows.buffer as ArrayBuffer, c.longRows.buffer as ArrayBuffer, c.longBytes.buffer as ArrayBuffer, c.longEnds.buffer as ArrayBuffer);
  }
  return out;
}
