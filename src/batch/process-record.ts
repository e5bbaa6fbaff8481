import { WartaInputError } from '../errors.js';
import { remapFields, type FieldMap } from '../io/field-map.js';
import { extractHtmlArticle } from '../io/html-extract.js';
import type { InputRecord } from '../io/record.js';
import type { Doc } from '../doc/doc.js';
import { idOf, type Pipeline } from '../pipeline/pipeline.js';
import type { SourceRef } from '../schema/input.js';
import type { MessageCode } from '../schema/message.js';
import type { Status, Summary } from '../schema/summary.js';
import { errorSummary } from '../summary/to-summary.js';
import { OPTION_NAMES, type InputLimits, type OptionNames } from '../io/limits.js';
import { encodeFacts, type EncodedFacts } from '../store/copy-rows.js';

/** The output of one record: its JSON line (no newline) and status. */
export interface RecordResult {
  line: string;
  status: Status;
  /**
   * With {@link RecordSetup.sentences}: the bounds of the summary's sentences as the segment stage
   * split its text, flat (start, end, start, end, …), so that a fact store need not split it again.
   * Absent when the pipeline has no segment stage, or the summary does not carry the Doc's text.
   */
  sentences?: number[];
  /**
   * With {@link RecordSetup.facts}: the summary's fact-store rows, encoded for PostgreSQL's COPY
   * (then `sentences`, which only build them, is left out). Absent when they could not be built: the
   * writer then parses the line.
   */
  facts?: EncodedFacts;
}

function where(source: SourceRef): string {
  return source.line !== undefined ? `line ${source.line}: ` : '';
}

/** The error record of an input record, its message led by the line it came from ("line 3: …"). */
function fail(record: InputRecord, code: MessageCode, message: string, id = record.id): Summary {
  return errorSummary({ id, code, message: `${where(record.source)}${message}`, source: record.source });
}

/** The article's own id when its payload carries one (a JSON line is parsed for it), else the record's. */
function articleIdOf(record: InputRecord, map: FieldMap | undefined): string {
  const p = record.payload;
  try {
    if (p.kind === 'article') return idOf(p.article) ?? record.id;
    if (p.kind === 'json') {
      const value: unknown = JSON.parse(p.text);
      return idOf(map && value && typeof value === 'object' ? remapFields(value as Record<string, unknown>, map) : value) ?? record.id;
    }
  } catch {
    // Not JSON: the reader's id ("file:line") names it.
  }
  return record.id;
}

/**
 * The output line of a record that failed outside the pipeline (a crash, a worker that died, a
 * budget overrun): an error record with the article's id when it has one, led by its line.
 */
export function errorResult(record: InputRecord, code: MessageCode, message: string, map?: FieldMap): RecordResult {
  const summary = fail(record, code, message, articleIdOf(record, map));
  return { line: JSON.stringify(summary), status: summary.status };
}

/** True when a pipeline's sentences are the built-in segment stage's (and no other stage's). */
const segmented = new WeakMap<Pipeline, boolean>();
function segmentsSentences(pipeline: Pipeline): boolean {
  let yes = segmented.get(pipeline);
  if (yes === undefined) {
    const providers = pipeline.stages.filter((s) => s.provides.includes('sentences'));
    const configured = pipeline.config.stages.find((s) => s.name === providers[0]?.name);
    yes = providers.length === 1 && configured !== undefined && (configured.factory ?? configured.name) === 'segment';
    segmented.set(pipeline, yes);
  }
  return yes;
}

/** The Doc a record's analysis ran on, when the caller asked for its sentences. */
interface Seen {
  doc?: Doc;
}

function analyzeArticle(pipeline: Pipeline, record: InputRecord, article: Record<string, unknown>, setup: RecordSetup, seen?: Seen): Summary {
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
  // The outlet a JSON article or a page names (source.outlet, og:site_name) travels with the record's source.
  const given = (article.source as { outlet?: unknown } | null | undefined)?.outlet ?? article.outlet;
  const outlet = typeof given === 'string' && given.trim() !== '' ? given : undefined;
  const input = { ...article, id, source: outlet === undefined ? record.source : { ...record.source, outlet } };
  const summary = seen ? pipeline.analyze(input, (doc) => (seen.doc = doc)) : pipeline.analyze(input);
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

function summarize(pipeline: Pipeline, record: InputRecord, setup: RecordSetup, seen?: Seen): Summary {
  const { map } = setup;
  const p = record.payload;
  switch (p.kind) {
    case 'error':
      return fail(record, p.code, p.message);
    case 'article':
      return analyzeArticle(pipeline, record, p.article, setup, seen);
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
      return analyzeArticle(pipeline, record, map ? remapFields(article, map) : article, setup, seen);
    }
    case 'html': {
      let page;
      try {
        page = extractHtmlArticle(p.html, p.url);
      } catch (err) {
        // A page too deep or too large for Readability is refused with its reason.
        if (err instanceof WartaInputError) return fail(record, 'input-unreadable', err.message);
        throw err;
      }
      if (page.body.trim() === '') return fail(record, 'article-empty', 'no article text found in the HTML page');
      const publishedAt = page.publishedAt ?? p.lastModified ?? null;
      const article: Record<string, unknown> = { id: record.id, title: page.title, body: page.body, url: page.url, publishedAt };
      if (page.author !== null) article.author = page.author;
      if (page.siteName !== null) article.source = { outlet: page.siteName };
      return analyzeArticle(pipeline, record, article, setup, seen);
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
    const seen: Seen | undefined = setup.sentences && segmentsSentences(pipeline) ? {} : undefined;
    const summary = summarize(pipeline, record, setup, seen);
    const result: RecordResult = { line: JSON.stringify(summary), status: summary.status };
    // The Doc's sentences are the summary's only when the summary carries the Doc's text.
    if (seen?.doc && seen.doc.text === summary.text && summary.text !== '') result.sentences = sentenceBounds(seen.doc);
    if (setup.facts) {
      try {
        result.facts = encodeFacts(summary, result.sentences ? { sentences: result.sentences } : {});
        delete result.sentences;
      } catch {
        // The writer builds them from the line instead.
      }
    }
    return result;
  } catch (err) {
    return errorResult(record, 'internal-error', `unexpected failure: ${err instanceof Error ? err.message : String(err)}`, setup.map);
  }
}

/** What processing needs besides the pipeline (plain data: it crosses the thread boundary). */
export interface RecordSetup {
  limits: InputLimits;
  /** The field map, applied to JSON articles (CSV rows are mapped by the reader). */
  map?: FieldMap;
  /** How messages name the options. */
  names?: OptionNames;
  /** Hand each result's sentence bounds along with it (see {@link RecordResult.sentences}). */
  sentences?: boolean;
  /** Hand each result's fact-store rows along with it, encoded for PostgreSQL (see {@link RecordResult.facts}). */
  facts?: boolean;
}

function sentenceBounds(doc: Doc): number[] {
  const out = new Array<number>(doc.sentences.length * 2);
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    out[2 * i] = s.start;
    out[2 * i + 1] = s.end;
  }
  return out;
}

/**
 * One result line per record, in order: the task of a worker thread and of the inline processor.
 * `onStart(i)` is called before record i (a worker tells the watchdog which record it is on).
 */
export function processChunk(pipeline: Pipeline, records: readonly InputRecord[], setup: RecordSetup, onStart?: (index: number) => void): RecordResult[] {
  return records.map((r, i) => {
    onStart?.(i);
    return processRecord(pipeline, r, setup);
  });
}
