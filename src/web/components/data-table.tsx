import type { ComponentChild } from 'preact';
import { cellValue, download, toCsv, type Column } from '../lib/csv.js';

/** A column shown in a table: its CSV side, and optionally how its cell is drawn. */
export interface TableColumn<R> extends Column<R> {
  render?: (row: R) => ComponentChild;
  /** Right-aligned (numbers). */
  numeric?: boolean;
}

interface Props<R> {
  /** The table's caption, also the CSV button's label. */
  title: string;
  columns: readonly TableColumn<R>[];
  rows: readonly R[];
  /** The CSV file's name, without extension. */
  filename: string;
  /** What an empty table says. */
  empty?: string;
}

/** A data table with a caption and a button that downloads its rows as CSV. Scrolls sideways on a narrow screen. */
export function DataTable<R>({ title, columns, rows, filename, empty = 'Nothing here.' }: Props<R>) {
  const safeName = `${filename.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'warta'}.csv`;
  return (
    <section class="table-block" aria-label={title}>
      <div class="table-head">
        <h3>{title}</h3>
        <button type="button" class="csv" onClick={() => download(safeName, toCsv(columns, rows))} aria-label={`Download ${title} as CSV`} disabled={rows.length === 0}>
          CSV
        </button>
      </div>
      {rows.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        // Focusable so that a keyboard can scroll a wide table.
        <div class="table-wrap" tabIndex={0} role="region" aria-label={`${title} (scrollable)`}>
          <table>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th scope="col" class={c.numeric ? 'num' : undefined} key={c.key}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  {columns.map((c) => {
                    const value = cellValue(row, c);
                    return (
                      <td class={c.numeric ? 'num' : undefined} key={c.key}>
                        {c.render ? c.render(row) : value === null || value === undefined ? '' : String(value)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
