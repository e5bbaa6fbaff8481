/** How query results are printed: an aligned table for a terminal, or JSONL or CSV for programs. */
export const OUTPUT_FORMATS = ['table', 'jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

type Value = unknown;

/** A cell as text: numbers as JavaScript writes them, null as empty, objects as JSON. */
function text(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvField(value: Value): string {
  const t = text(value);
  return /[",\r\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
}

/** Widest a table cell gets before it is cut with "…" (JSONL and CSV are never cut). */
const MAX_CELL = 60;

function cell(value: Value): string {
  const t = text(value).replace(/\s+/g, ' ');
  return t.length > MAX_CELL ? `${t.slice(0, MAX_CELL - 1)}…` : t;
}

/** An aligned text table with a header row; numbers right-aligned. */
export function renderTable(columns: readonly string[], rows: readonly Record<string, Value>[]): string {
  const cells = rows.map((r) => columns.map((c) => cell(r[c])));
  const numeric = columns.map((c) => rows.length > 0 && rows.every((r) => r[c] === null || r[c] === undefined || typeof r[c] === 'number'));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** Rows in the format asked for. `columns` fixes the order (and the CSV header). */
export function renderRows(format: OutputFormat, columns: readonly string[], rows: readonly Record<string, Value>[]): string {
  if (format === 'jsonl') return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
  if (format === 'csv') return [columns.map(csvField).join(','), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(','))].join('\n') + '\n';
  return renderTable(columns, rows);
}
