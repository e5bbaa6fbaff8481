import { remapFields, type FieldMap } from '../io/field-map.js';
import { extractHtmlArticle } from '../io/html-extract.js';
import type { InputRecord } from '../io/record.js';
import { idOf, type Pipeline } from '../pipeline/pipeline.js';
import type { SourceRef } from '../schema/input.js';
import type { MessageCode } from '../schema/message.js';
import type { Status, Summary } from '../schema/summary.js';
import { errorSummary } from '../summary/to-summary.js';
import { OPTION_NAMES, type InputLimits, type OptionNames } from '../io/limits.js';

/** The output of one record: its JSON line (no newline) and status. */
export interface RecordResult {
  line: string;
  status: Status;
}

function where(source: SourceRef): string {
  return source.line !== undefined ? `line ${source.line}: ` : '';
}

/** The error record of an input record, its message led by the line it came from ("line 3: …"). */
function fail(record: InputRecord, code: MessageCode, message: string, id = record.id): Summary {
  return errorSummary({ id, code, message: `${where(record.source)}${message}`, source: record.source });
}

/** The output line of a record that failed outside the pipeline (a crash, a worker that died). */
export function errorResult(record: InputRecord, code: MessageCode, message: string): RecordResult {
  const summary = errorSummary({ id: record.id, code, message, source: record.source });
  return { line: JSON.stringify(summary), status: summary.status };
}

function analyzeArticle(pipeline: Pipeline, record: InputRecord, article: Record<string, unknown>, setup: RecordSetup): Summary {
  const { limits } = setup;
  const id = idOf(article) ?? record.id;
  const body = typeof article.body === 'string' ? article.body : typeof article.text === 'string' ? article.text : null;
  if (body !== null) {
    const bytes = Buffer.byteLength(body);
    if (bytes > limits.maxArticleBytes) {
      return fail(record, 'article-too-large', `article body has ${bytes} bytes; the limit is ${limits.maxArticleBytes} (${(setup.names ?? OPTION_NAMES).maxArticleBytes})`, id);
    }
    if (body.trim() === '') return fail(record, 'article-empty', 'article body is empty', id);
  }
  const summary = pipeline.analyze({ ...article, id, source: record.source });
  // The pipeline's error records (invalid input, too large) name the line too; the first message of
  // an error record is its error.
  const first = summary.messages[0];
  if (summary.error && first && record.source.line !== undefined) {
    const message = `${where(record.source)}${summary.error.message}`;
    summary.error = { ...summary.error, message };
    summary.messages[0] = { ...first, message };
  }
  return summary;
}

function summarize(pipeline: Pipeline, record: InputRecord, setup: RecordSetup): Summary {
  const { map } = setup;
  const p = record.payload;
  switch (p.kind) {
    case 'error':
      return fail(record, p.code, p.message);
    case 'article':
      return analyzeArticle(pipeline, record, p.article, setup);
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(p.text);
      } catch (err) {
        return fail(record, 'input-invalid', `invalid JSON: ${(err as Error).message}`);
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return fail(record, 'input-invalid', `expected a JSON object (an article), got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
      }
      const article = value as Record<string, unknown>;
      return analyzeArticle(pipeline, record, map ? remapFields(article, map) : article, setup);
    }
    case 'html': {
      const page = extractHtmlArticle(p.html, p.url);
      if (page.body.trim() === '') return fail(record, 'article-empty', 'no article text found in the HTML page');
      const article: Record<string, unknown> = { id: record.id, title: page.title, body: page.body, url: page.url, publishedAt: page.publishedAt };
      if (page.author !== null) article.author = page.author;
      return analyzeArticle(pipeline, record, article, setup);
    }
  }
}

/**
 * Turns one input record into exactly one output line: a summary, or an error record naming the
 * reason and the source position. Never throws: an unexpected failure is an `internal-error` record.
 * `map` renames the fields of JSON articles (`--map`).
 */
function processRecord(pipeline: Pipeline, record: InputRecord, setup: RecordSetup): RecordResult {
  try {
    const summary = summarize(pipeline, record, setup);
    return { line: JSON.stringify(summary), status: summary.status };
  } catch (err) {
    return errorResult(record, 'internal-error', `unexpected failure: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** What processing needs besides the pipeline (plain data: it crosses the thread boundary). */
export interface RecordSetup {
  limits: InputLimits;
  /** The field map, applied to JSON articles (CSV rows are mapped by the reader). */
  map?: FieldMap;
  /** How messages name the options. */
  names?: OptionNames;
}

/** One result line per record, in order: the task of a worker thread and of the inline processor. */
export function processChunk(pipeline: Pipeline, records: readonly InputRecord[], setup: RecordSetup): RecordResult[] {
  return records.map((r) => processRecord(pipeline, r, setup));
}
