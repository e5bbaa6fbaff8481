import bindings from '@duckdb/node-bindings';
import { DuckDBBooleanType, DuckDBDataChunk, DuckDBDoubleType, DuckDBIntegerType, DuckDBVarCharType, type DuckDBAppender, type DuckDBType } from '@duckdb/node-api';
import { ColumnBuilder, type BlockRows, type TableBlock } from './column-block.js';
import type { Cell, ColumnType, TableDef } from './tables.js';

/**
 * Rows into a DuckDB appender a data chunk (2,048 rows) at a time, the chunk's columns filled in
 * JavaScript (column-block.ts) and copied into DuckDB's vectors with one native call per column:
 * the appender's own `appendInteger`/`appendVarchar`/`endRow` take one native call per value
 * (~800 a summary), which was most of a load's JavaScript time.
 */

/** The DuckDB type of each column type (its name, `toString()`, is what a table is created with). */
export const DUCKDB_TYPES: Record<ColumnType, DuckDBType> = {
  text: DuckDBVarCharType.instance,
  key: DuckDBVarCharType.instance,
  int: DuckDBIntegerType.instance,
  double: DuckDBDoubleType.instance,
  bool: DuckDBBooleanType.instance,
};

/** What takes a table's rows and appends them to its appender a chunk at a time. */
export class ChunkAppender {
  private readonly chunk: DuckDBDataChunk;
  private readonly columns: ColumnBuilder[];
  private readonly capacity: number;
  private readonly validity: Uint32Array;
  private rows = 0;

  constructor(
    private readonly appender: DuckDBAppender,
    table: TableDef,
  ) {
    this.capacity = bindings.vector_size();
    this.chunk = DuckDBDataChunk.create(table.columns.map(([, type]) => DUCKDB_TYPES[type]));
    this.columns = table.columns.map(([, type]) => new ColumnBuilder(type, this.capacity));
    this.validity = new Uint32Array(Math.ceil(this.capacity / 64) * 2);
  }

  push(row: readonly Cell[]): void {
    const r = this.rows;
    const columns = this.columns;
    for (let c = 0; c < columns.length; c++) columns[c]!.set(r, row[c]);
    if (++this.rows === this.capacity) this.flush();
  }

  /**
   * Appends rows `from`…`to` of a block made elsewhere (by a thread that parsed the lines), their
   * first column (the article) mapped to the store's numbers.
   */
  pushBlock(block: TableBlock, from: number, to: number, how: BlockRows): void {
    const lists = block.columns.map(() => ({ nulls: 0, longs: 0 }));
    const fixed = how.fixed && new Set(how.fixed.map(([c]) => c));
    while (from < to) {
      const n = Math.min(to - from, this.capacity - this.rows);
      const at = this.rows;
      for (let c = 0; c < this.columns.length; c++) if (!fixed?.has(c)) this.columns[c]!.copy(block.columns[c]!, from, from + n, at, lists[c]!);
      const nos = new Int32Array(this.columns[0]!.bytes.buffer, at * 4, n);
      for (let i = 0; i < n; i++) nos[i] = how.articleNos[nos[i]!]!;
      for (const [c, value] of how.fixed ?? []) for (let i = at; i < at + n; i++) this.columns[c]!.set(i, value);
      from += n;
      this.rows += n;
      if (this.rows === this.capacity) this.flush();
    }
  }

  /** Appends the rows pushed since the last flush as one data chunk. */
  flush(): void {
    const n = this.rows;
    if (n === 0) return;
    const raw = this.chunk.chunk;
    for (let c = 0; c < this.columns.length; c++) {
      const column = this.columns[c]!;
      const vector = bindings.data_chunk_get_vector(raw, c);
      bindings.copy_data_to_vector(vector, 0, column.bytes.buffer as ArrayBuffer, 0, n * column.width);
      const nulls = column.nullRows;
      if (nulls.length > 0) {
        const validity = this.validity.fill(0xffffffff);
        for (let i = 0; i < nulls.length; i++) {
          const r = nulls.values[i]!;
          validity[r >>> 5]! &= ~(1 << (r & 31));
        }
        bindings.vector_ensure_validity_writable(vector);
        bindings.copy_data_to_vector_validity(vector, 0, validity.buffer as ArrayBuffer, 0, Math.ceil(n / 64) * 8);
      }
      const longs = column.longRows;
      const texts = column.longTexts;
      for (let i = 0; i < longs.length; i++) {
        const text = texts[i]!;
        if (typeof text === 'string') bindings.vector_assign_string_element(vector, longs.values[i]!, text);
        else bindings.vector_assign_string_element_len(vector, longs.values[i]!, text);
      }
      column.clear(n);
    }
    this.chunk.rowCount = n;
    this.appender.appendDataChunk(this.chunk);
    this.chunk.reset();
    this.rows = 0;
  }
}
