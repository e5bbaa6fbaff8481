import type { Summary } from '../schema/summary.js';
import { addFactRows, contentHash, emptyRows, type KnownOfSummary } from './rows.js';
import { ARTICLES, FACT_TABLES, type Cell, type FactTableName } from './tables.js';

/** Characters that COPY's text format escapes (NUL, which PostgreSQL text cannot hold, is dropped). */
const COPY_SPECIAL = /[\\\n\r\t\0]/;
const COPY_SPECIALS = new RegExp(COPY_SPECIAL.source, 'g');
const copyEscape = (c: string): string => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : '');

/**
 * One value in PostgreSQL COPY's text format. Most texts hold nothing to escape: a test first
 * spares them the replace (which allocates), the larger part of encoding a row. A number that JSON
 * cannot carry (NaN, ±Infinity) is NULL, as it is in a summary that went through its JSON line.
 */
export function copyText(value: Cell | undefined): string {
  if (typeof value === 'string') return COPY_SPECIAL.test(value) ? value.replace(COPY_SPECIALS, copyEscape) : value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '\\N';
  if (value === null || value === undefined) return '\\N';
  return value ? 't' : 'f';
}

/**
 * One summary's fact rows made ready for PostgreSQL's COPY where it was analysed (a queue worker's
 * thread), so that the thread that writes them need not parse its JSON line again: everything but
 * the store's number for the article and the time of the load, which the write fills in.
 */
export interface EncodedFacts {
  id: string;
  /** What identifies the analysis (see the fact writer): the content hash, config, version, status. */
  hash: string;
  config: string | null;
  version: string;
  status: Summary['status'];
  /**
   * The `articles` row in COPY text, but for its `article_no` and `loaded_at`: the cells between the
   * two (each after a tab, so it starts with one), and the cells after `loaded_at` (each after a
   * tab) with the newline. See {@link articleLine}.
   */
  article: [before: string, after: string];
  /**
   * Per other fact table, its rows in COPY text without their first cell (`article_no`): each line
   * starts with the tab after it and ends with a newline; '' when the table has no row.
   */
  lines: Partial<Record<FactTableName, string>>;
}

/** The position of `loaded_at` in an `articles` row. */
const LOADED_AT = ARTICLES.columns.findIndex(([name]) => name === 'loaded_at');

/** The fact rows of one summary, encoded (see {@link EncodedFacts}). */
export function encodeFacts(summary: Summary, known: KnownOfSummary = {}): EncodedFacts {
  const rows = emptyRows();
  const hash = known.hash ?? contentHash(summary);
  addFactRows(rows, summary, 0, '', { ...known, hash });
  const row = rows.articles[0]!;
  let before = '';
  for (let i = 1; i < LOADED_AT; i++) before += '\t' + copyText(row[i]);
  let after = '';
  for (let i = LOADED_AT + 1; i < row.length; i++) after += '\t' + copyText(row[i]);
  const article: EncodedFacts['article'] = [before, after + '\n'];
  const lines: EncodedFacts['lines'] = {};
  for (const t of FACT_TABLES) {
    if (t === ARTICLES) continue;
    const table = rows[t.name];
    if (table.length === 0) continue;
    const out: string[] = [];
    for (const row of table) {
      let line = '';
      for (let i = 1; i < row.length; i++) line += '\t' + copyText(row[i]);
      out.push(line);
    }
    out.push('');
    lines[t.name] = out.join('\n');
  }
  return { id: summary.id, hash, config: summary.warta.config ?? null, version: summary.warta.version, status: summary.status, article, lines };
}

/** The COPY line of {@link EncodedFacts.article} with the article's number and the time of the load (an ISO time: nothing to escape). */
export function articleLine(article: EncodedFacts['article'], articleNo: number, loadedAt: string): string {
  return `${articleNo}${article[0]}\t${loadedAt}${article[1]}`;
}

/** The COPY lines of {@link EncodedFacts.lines} with the article's number as their first cell. */
export function numberLines(lines: string, articleNo: number): string {
  // A newline followed by a tab is where a line ends and the next one's second cell begins: COPY
  // text escapes the newlines and tabs within values.
  const no = String(articleNo);
  return no + lines.replaceAll('\n\t', `\n${no}\t`);
}
