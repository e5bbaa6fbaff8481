/** A column of a table and of its CSV: the field, its header, and how a cell is written. */
export interface Column<R> {
  key: string;
  label: string;
  /** The cell's value for the CSV (and the table, unless `render` says otherwise). */
  value?: (row: R) => string | number | boolean | null | undefined;
}

function field(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  // RFC 4180: quoted when it holds a comma, a quote or a line break.
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The cell value of a row for a column. */
export function cellValue<R>(row: R, column: Column<R>): unknown {
  return column.value ? column.value(row) : (row as Record<string, unknown>)[column.key];
}

/** Rows as CSV with a header line (CRLF line ends, as RFC 4180 and spreadsheets expect). */
export function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const lines = [columns.map((c) => field(c.key)).join(','), ...rows.map((r) => columns.map((c) => field(cellValue(r, c))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** Saves text as a file through the browser's download. */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
