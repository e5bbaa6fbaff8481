import bindings from '@duckdb/node-bindings';
import { DuckDBBooleanType, DuckDBDataChunk, DuckDBDoubleType, DuckDBIntegerType, DuckDBVarCharType, type DuckDBAppender, type DuckDBType } from '@duckdb/node-api';
import type { Cell, ColumnType, TableDef } from './tables.js';

/**
 * Rows into a DuckDB appender a data chunk (2,048 rows) at a time, the chunk's columns filled in
 * JavaScript and copied into DuckDB's vectors with one native call per column: the appender's
 * own `appendInteger`/`appendVarchar`/`endRow` take one native call per value (~800 a summary),
 * which was most of a load's JavaScript time.
 *
 * A VARCHAR vector holds each value as DuckDB's 16-byte `string_t`: the length (4 bytes) and, for
 * a string of at most 12 bytes, the bytes themselves, zero-padded (DuckDB compares inlined strings
 * by all 16 bytes). Short ASCII texts (~¾ of a summary's) are written so; a longer or non-ASCII
 * text is handed to DuckDB (`vector_assign_string_element`), which copies it into the vector's
 * own heap. NULLs are cleared bits of the column's validity mask.
 */

/** Bytes of one `string_t`; the longest string it holds inline. */
const STRING_BYTES = 16;
const INLINE_MAX = 12;

const DUCKDB_TYPES: Record<ColumnType, DuckDBType> = {
  text: DuckDBVarCharType.instance,
  key: DuckDBVarCharType.instance,
  int: DuckDBIntegerType.instance,
  double: DuckDBDoubleType.instance,
  bool: DuckDBBooleanType.instance,
};

interface Column {
  /** The values as DuckDB lays them out in the vector. */
  readonly bytes: Uint8Array;
  /** Bytes a value takes in `bytes`. */
  readonly width: number;
  set(row: number, value: Cell): void;
  /** Validity bits, 1 = a value, as 64-bit words (two 32-bit halves each, little-endian). */
  readonly validity: Uint32Array;
  hasNull: boolean;
  /** VARCHAR: rows whose text DuckDB copies into the vector (not inlined), and their texts. */
  readonly longRows?: number[];
  readonly longTexts?: string[];
}

function newColumn(type: ColumnType, capacity: number): Column {
  const validity = new Uint32Array(Math.ceil(capacity / 64) * 2).fill(0xffffffff);
  switch (type) {
    case 'int': {
      const values = new Int32Array(capacity);
      return { bytes: new Uint8Array(values.buffer), width: 4, validity, hasNull: false, set: (r, v) => void (values[r] = v as number) };
    }
    case 'double': {
      const values = new Float64Array(capacity);
      return { bytes: new Uint8Array(values.buffer), width: 8, validity, hasNull: false, set: (r, v) => void (values[r] = v as number) };
    }
    case 'bool': {
      const values = new Uint8Array(capacity);
      return { bytes: values, width: 1, validity, hasNull: false, set: (r, v) => void (values[r] = v ? 1 : 0) };
    }
    case 'text':
    case 'key': {
      const bytes = new Uint8Array(capacity * STRING_BYTES);
      const lengths = new Uint32Array(bytes.buffer);
      const longRows: number[] = [];
      const longTexts: string[] = [];
      const column: Column = {
        bytes,
        width: STRING_BYTES,
        validity,
        hasNull: false,
        longRows,
        longTexts,
        set(r, v) {
          const s = v as string;
          const n = s.length;
          if (n <= INLINE_MAX) {
            const at = r * STRING_BYTES + 4;
            let i = 0;
            for (; i < n; i++) {
              const c = s.charCodeAt(i);
              if (c >= 0x80) break;
              bytes[at + i] = c;
            }
            if (i === n) {
              lengths[r * 4] = n;
              return;
            }
            bytes.fill(0, at, at + INLINE_MAX);
          }
          longRows.push(r);
          longTexts.push(s);
        },
      };
      return column;
    }
  }
}

/** What takes a table's rows and appends them to its appender a chunk at a time. */
export class ChunkAppender {
  private readonly chunk: DuckDBDataChunk;
  private readonly columns: Column[];
  private readonly capacity: number;
  private rows = 0;

  constructor(
    private readonly appender: DuckDBAppender,
    table: TableDef,
  ) {
    this.capacity = bindings.vector_size();
    this.chunk = DuckDBDataChunk.create(table.columns.map(([, type]) => DUCKDB_TYPES[type]));
    this.columns = table.columns.map(([, type]) => newColumn(type, this.capacity));
  }

  push(row: readonly Cell[]): void {
    const r = this.rows;
    const columns = this.columns;
    for (let c = 0; c < columns.length; c++) {
      const v = row[c];
      const column = columns[c]!;
      if (v === null || v === undefined) {
        column.validity[r >>> 5]! &= ~(1 << (r & 31));
        column.hasNull = true;
      } else column.set(r, v);
    }
    if (++this.rows === this.capacity) this.flush();
  }

  /** Appends the rows pushed since the last flush as one data chunk. */
  flush(): void {
    const n = this.rows;
    if (n === 0) return;
    const raw = this.chunk.chunk;
    for (let c = 0; c < this.columns.length; c++) {
      const column = this.columns[c]!;
      const vector = bindings.data_chunk_get_vector(raw, c);
      bindings.copy_data_to_vector(vector, 0, column.bytes.buffer as ArrayBuffer, column.bytes.byteOffset, n * column.width);
      if (column.hasNull) {
        bindings.vector_ensure_validity_writable(vector);
        bindings.copy_data_to_vector_validity(vector, 0, column.validity.buffer as ArrayBuffer, 0, Math.ceil(n / 64) * 8);
        column.validity.fill(0xffffffff);
        column.hasNull = false;
      }
      if (column.longRows) {
        const rows = column.longRows;
        const texts = column.longTexts!;
        for (let i = 0; i < rows.length; i++) bindings.vector_assign_string_element(vector, rows[i]!, texts[i]!);
        rows.length = 0;
        texts.length = 0;
        // Inlined strings need their unused bytes zero; the next chunk writes over this one's.
        column.bytes.fill(0, 0, n * STRING_BYTES);
      }
    }
    this.chunk.rowCount = n;
    this.appender.appendDataChunk(this.chunk);
    this.chunk.reset();
    this.rows = 0;
  }
}
